import { decodeText } from "../../../src/cli/textDecoding";
import { checkAppendix } from "../../../src/domain/checkAppendix";
import { encodingNotice } from "../../../src/domain/checks/fileEncoding";
import { readDelimited } from "../../../src/domain/delimitedText";
import { Finding } from "../../../src/domain/finding";
import { readAppendix } from "../../../src/domain/readAppendix";
import { utf16le, windows1258 } from "../../cli/encodings";
import { group, tableText, task, total } from "../../support/table";
import { testRule } from "../support/ruleTester";

const TABLE = tableText([
  group("1", "Công tác chỉ đạo điều hành", "1.000.000"),
  task("1.1", "Ban hành kế hoạch cải cách hành chính", "1.000.000"),
  total("1.000.000"),
]);

/**
 * What the command line does with a text file: decode it, note a guessed encoding, check the table. The
 * note is the rule's own (encodingNotice), which the command line's loadSheet says in the same words.
 */
const fileOf = (bytes: Buffer) => async (): Promise<Finding[]> => {
  const decoded = await decodeText(bytes);
  const notices = decoded.guessed ? [encodingNotice(decoded.encoding)] : [];
  return [...notices, ...checkAppendix(readAppendix(readDelimited(decoded.text, "\t")))];
};

testRule("file.encoding", {
  valid: [
    { name: "UTF-8 with its mark", run: fileOf(Buffer.from(`\ufeff${TABLE}`)) },
    { name: "Unicode Text with its mark", run: fileOf(utf16le(TABLE)) },
  ],
  invalid: [
    {
      name: "Windows-1258, which a file cannot say: noted at A1",
      run: fileOf(windows1258(TABLE)),
      findings: [
        {
          cell: "A1",
          row: 1,
          message:
            "Tệp không ghi bảng mã; đã đọc theo Windows-1258. Nếu chữ tiếng Việt hiện sai, bảng mã đoán chưa đúng.",
        },
      ],
    },
  ],
});
