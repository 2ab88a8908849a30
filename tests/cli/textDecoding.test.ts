import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import fc from "fast-check";
import iconv from "iconv-lite";
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import { decodeText } from "../../src/cli/textDecoding";
import { checkReportSchema } from "../../src/cli/reportSchemas";
import { CORRECT_TABLE_CSV, phuluc, requireBuiltCommand } from "../support/phulucCommand";
import { utf16le, windows1258 } from "./encodings";

const VIETNAMESE =
  "Nhiệm vụ cải cách hành chính: Đảng ủy, Ủy ban; Tư pháp – Hộ tịch; ưu tiên ổn định; " +
  "Quý III năm 2025; kiểm tra, rà soát, đánh giá; Bằng chữ: Một triệu tám trăm nghìn đồng.";

describe("decodeText", () => {
  test.each([
    ["UTF-8 with its mark", Buffer.from(`\ufeff${VIETNAMESE}`), "UTF-8", false],
    ["UTF-8 without it", Buffer.from(VIETNAMESE), "UTF-8", false],
    ["UTF-8 in NFD", Buffer.from(VIETNAMESE.normalize("NFD")), "UTF-8", false],
    ["UTF-16 LE with its mark", utf16le(VIETNAMESE), "UTF-16 LE", false],
    ["UTF-16 LE without it", utf16le(VIETNAMESE, false), "UTF-16 LE", true],
    [
      "UTF-16 BE with its mark",
      iconv.encode(VIETNAMESE, "utf16-be", { addBOM: true }),
      "UTF-16 BE",
      false,
    ],
    ["Windows-1258", windows1258(VIETNAMESE), "Windows-1258", true],
    [
      "Windows-1258, every tone a combining mark",
      windows1258(VIETNAMESE, false),
      "Windows-1258",
      true,
    ],
  ])("%s: the text in NFC", async (_, bytes, encoding, guessed) => {
    const decoded = await decodeText(bytes);
    expect(decoded).toEqual({ text: VIETNAMESE, encoding, guessed });
    expect(decoded.text).toBe(decoded.text.normalize("NFC"));
  });

  test("Western text in Windows-1252 is not taken for Vietnamese", async () => {
    const western = "Città, però, così; Þórr; Ðá; Ìsola — 10 €";
    expect(await decodeText(iconv.encode(western, "windows-1252"))).toEqual({
      text: western,
      encoding: "Windows-1252",
      guessed: true,
    });
  });

  test("ASCII is UTF-8 and no guess", async () => {
    expect(await decodeText(Buffer.from("TT,Nhiem vu\n1,Ke hoach"))).toEqual({
      text: "TT,Nhiem vu\n1,Ke hoach",
      encoding: "UTF-8",
      guessed: false,
    });
  });

  test("any Vietnamese text in Windows-1258 comes back whole", async () => {
    const syllables = VIETNAMESE.split(/[\s,.;:–]+/).filter(Boolean);
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom(...syllables), { minLength: 1, maxLength: 30 }),
        fc.boolean(),
        async (words, precomposed) => {
          const text = words.join(" ");
          const decoded = await decodeText(windows1258(text, precomposed));
          // A text of ASCII words only is valid UTF-8: read as such, with nothing to guess.
          const ascii = [...text].every((letter) => letter.charCodeAt(0) < 0x80);
          expect(decoded.text).toBe(text);
          expect(decoded.encoding).toBe(ascii ? "UTF-8" : "Windows-1258");
        }
      )
    );
  });
});

describe("phuluc check on CSV and Unicode Text as Excel saves them", () => {
  const folder = mkdtempSync(path.join(tmpdir(), "phuluc-encodings-"));
  /** The correct table, with Kinh phí of task II.1 written in words: one error, which quotes it. */
  const TABLE = CORRECT_TABLE_CSV.replace(
    'Sổ theo dõi,Thường xuyên,"300.000 đ"',
    "Sổ theo dõi,Thường xuyên,Khoảng ba trăm nghìn đồng"
  );
  const TAB_TABLE = TABLE.replace(/"/g, "").replace(/,/g, "\t");
  const QUOTED = "Kinh phí “Khoảng ba trăm nghìn đồng” không đọc được: không phải là một số tiền.";
  const guessedAs = (encoding: string) => ({
    rule: "file.encoding",
    severity: "info",
    cell: "A1",
    message: `Tệp không ghi bảng mã; đã đọc theo ${encoding}. Nếu chữ tiếng Việt hiện sai, bảng mã đoán chưa đúng.`,
    hint: "Trong Excel, lưu lại bằng Tệp → Lưu thành → “CSV UTF-8 (Comma delimited)” để bảng mã được ghi rõ.",
  });

  beforeAll(() => requireBuiltCommand());
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  test.each([
    ["UTF-8 with its mark", "bang.csv", Buffer.from(`\ufeff${TABLE}`), null],
    ["UTF-8", "bang.csv", Buffer.from(TABLE), null],
    ["Windows-1258", "bang.csv", windows1258(TABLE), "Windows-1258"],
    ["Windows-1258, tones as marks", "bang.csv", windows1258(TABLE, false), "Windows-1258"],
    ["Unicode Text (UTF-16 LE)", "bang.txt", utf16le(TAB_TABLE), null],
    ["UTF-16 LE without its mark", "bang.tsv", utf16le(TAB_TABLE, false), "UTF-16 LE"],
  ])("%s: findings in plain Vietnamese", (_, name, bytes, guessed) => {
    const file = path.join(folder, name);
    writeFileSync(file, bytes);
    const run = phuluc("check", file, "--format", "json");
    expect(run.stderr).toBe("");
    expect(run.code).toBe(1);
    const report = checkReportSchema.parse(JSON.parse(run.stdout));
    const findings = report.findings.map(({ rule, severity, cell, message, hint }) => ({
      rule,
      severity,
      cell,
      message,
      hint,
    }));
    expect(findings).toEqual([
      ...(guessed ? [guessedAs(guessed)] : []),
      {
        rule: "budget.format",
        severity: "error",
        cell: "G6",
        message: QUOTED,
        hint: "Nhập kinh phí bằng số (ví dụ 12.900.000), ô định dạng số #,##0.",
      },
    ]);
  });

  test("Western text in Windows-1252 is read as such, and said to be a guess", () => {
    const file = path.join(folder, "tay-au.csv");
    // Vietnamese does not fit in Windows-1252: the table is written without accents.
    const western = TABLE.normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/ đ"/g, '"')
      .replace(/đ/g, "d")
      .replace(/Đ/g, "D")
      .replace("Khoang ba tram nghin dong", '"Città, però 300"');
    writeFileSync(file, iconv.encode(western, "windows-1252"));
    const report = checkReportSchema.parse(
      JSON.parse(phuluc("check", file, "--format", "json").stdout)
    );
    expect(report.findings.map(({ rule, message }) => [rule, message])).toEqual([
      ["file.encoding", guessedAs("Windows-1252").message],
      ["budget.format", "Kinh phí “Città, però 300” không đọc được: không phải là một số tiền."],
    ]);
  });
});
