import { Finding } from "../finding";
import { defineRule } from "./support/rule";

/**
 * file.encoding: a text file that does not say its encoding, read in the one guessed. Found by the
 * front end that decodes the file (the command line's text decoder), before there is a grid; noted at A1.
 */
export const fileEncoding = defineRule({
  id: "file.encoding",
  stage: "file",
  severity: "info",
  field: "cell",
  description:
    "Tệp chữ không ghi bảng mã thì được đọc theo bảng mã đoán ra, có ghi chú nêu bảng mã đó ở ô A1.",
  messages: {
    guessed: (encoding: string) =>
      `Tệp không ghi bảng mã; đã đọc theo ${encoding}. Nếu chữ tiếng Việt hiện sai, bảng mã đoán chưa đúng.`,
    guessedHint:
      "Trong Excel, lưu lại bằng Tệp → Lưu thành → “CSV UTF-8 (Comma delimited)” để bảng mã được ghi rõ.",
  },
});

/** The note for a file read in a guessed encoding ("Windows-1258"), at A1. */
export function encodingNotice(encoding: string): Finding {
  return fileEncoding.finding(
    { row: 1, cell: "A1" },
    { message: fileEncoding.messages.guessed(encoding), hint: fileEncoding.messages.guessedHint }
  );
}
