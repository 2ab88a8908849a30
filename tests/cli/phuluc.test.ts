import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import ExcelJS from "exceljs";
import {
  closeSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "fs";
import { tmpdir } from "os";
import path from "path";
import {
  CORRECT_TABLE_CSV,
  phuluc,
  phulucPiped,
  phulucWith,
  requireBuiltCommand,
  ROOT,
  SAMPLE_XLSX,
} from "../support/phulucCommand";
import { checkReportSchema, errorReportSchema } from "../../src/cli/reportSchemas";

const sample = SAMPLE_XLSX;
const folder = mkdtempSync(path.join(tmpdir(), "phuluc-cli-"));

/** A line of a stack trace, as Node prints it: none may reach a person who did not ask. */
const STACK_LINE = /^\s+at /m;

/** The rows of CORRECT_TABLE_CSV as cells (its quoted fields hold no commas). */
const CORRECT_ROWS = CORRECT_TABLE_CSV.split("\n").map((line) =>
  line.split(",").map((cell) => cell.replace(/"/g, ""))
);

/** An appendix whose total is wrong: checking it finds an error. */
const WRONG_TOTAL_ROWS = CORRECT_ROWS.map((cells) =>
  cells[1] === "Tổng cộng" ? [...cells.slice(0, 6), "9.999.999"] : cells
);

async function writeWorkbook(
  file: string,
  sheets: { name: string; rows: string[][]; hidden?: boolean }[]
) {
  const workbook = new ExcelJS.Workbook();
  for (const { name, rows, hidden } of sheets) {
    const sheet = workbook.addWorksheet(name, hidden ? { state: "hidden" } : {});
    rows.forEach((cells) => sheet.addRow(cells));
  }
  await workbook.xlsx.writeFile(file);
}

beforeAll(() => {
  requireBuiltCommand();
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("phuluc check", () => {
  test("JSON output follows the contract and exits 1 when the appendix has errors", () => {
    const run = phuluc("check", sample, "--format", "json");
    expect(run.code).toBe(1);
    const report = checkReportSchema.parse(JSON.parse(run.stdout));
    expect(report.file).toBe(sample);
    expect(report.sheet).toBe("Phụ lục");
    expect(report.summary).toEqual({
      errors: report.findings.filter((f) => f.severity === "error").length,
      warnings: 0,
      infos: report.findings.filter((f) => f.severity === "info").length,
    });
    expect(report.findings.filter((f) => f.severity === "error").map((f) => f.rule)).toEqual([
      "subtotal.mismatch",
      "tt.format",
      "tt.duplicate",
      "subtotal.mismatch",
      "tt.duplicate",
    ]);
  });

  test("text output lists findings grouped by severity, errors first", () => {
    const run = phuluc("check", sample);
    expect(run.code).toBe(1);
    const errorsAt = run.stdout.indexOf("LỖI (5)");
    const notesAt = run.stdout.indexOf("GHI CHÚ (");
    expect(errorsAt).toBeGreaterThan(0);
    expect(notesAt).toBeGreaterThan(errorsAt);
    expect(run.stdout).toContain("5 lỗi, 0 cảnh báo");
    expect(run.stdout).toContain("Số thứ tự 5.1.2 trùng với dòng");
  });

  test("a correct table exits 0 (Roman sections, CSV, amounts with đ)", () => {
    const file = path.join(folder, "dung.csv");
    writeFileSync(file, CORRECT_TABLE_CSV);
    const run = phuluc("check", file, "--format", "json");
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(checkReportSchema.parse(JSON.parse(run.stdout)).summary).toEqual({
      errors: 0,
      warnings: 0,
      infos: 0,
    });
  });

  test("--sheet picks the sheet by name; an unknown name lists the sheets", async () => {
    const file = path.join(folder, "hai-trang.xlsx");
    await writeWorkbook(file, [
      { name: "Ghi chú", rows: [["Không phải phụ lục"]] },
      { name: "PL kèm KH", rows: CORRECT_ROWS },
    ]);
    expect(phuluc("check", file).code).toBe(0);
    expect(phuluc("check", file, "--sheet", "PL kèm KH").code).toBe(0);
    const wrong = phuluc("check", file, "--sheet", "Ghi chú");
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain("trang “Ghi chú” không có bảng phụ lục");
    const missing = phuluc("check", file, "--sheet", "Không có");
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("“Ghi chú”, “PL kèm KH”");
  });

  test("without --sheet, hidden sheets are passed over; --sheet may still name one", async () => {
    const file = path.join(folder, "trang-an.xlsx");
    await writeWorkbook(file, [
      { name: "PL năm trước", rows: WRONG_TOTAL_ROWS, hidden: true },
      { name: "Ghi chú", rows: [["Không phải phụ lục"]] },
      { name: "PL năm nay", rows: CORRECT_ROWS },
    ]);
    const chosen = phuluc("check", file, "--format", "json");
    expect(chosen.code).toBe(0);
    expect(checkReportSchema.parse(JSON.parse(chosen.stdout)).sheet).toBe("PL năm nay");

    const named = phuluc("check", file, "--sheet", "PL năm trước", "--format", "json");
    expect(named.code).toBe(1);
    const report = checkReportSchema.parse(JSON.parse(named.stdout));
    expect(report.sheet).toBe("PL năm trước");
    expect(report.findings.map((finding) => finding.rule)).toEqual(["total.mismatch"]);
  });

  test("an appendix only on a hidden sheet is not taken, and the message says where it is", async () => {
    const file = path.join(folder, "chi-trang-an.xlsx");
    await writeWorkbook(file, [
      { name: "Ghi chú", rows: [["Không phải phụ lục"]] },
      { name: "PL ẩn", rows: CORRECT_ROWS, hidden: true },
    ]);
    const run = phuluc("check", file, "--format", "json");
    expect(run.code).toBe(2);
    const { error } = errorReportSchema.parse(JSON.parse(run.stdout));
    expect(error.code).toBe("no-appendix");
    expect(error.message).toContain("các trang ẩn (“PL ẩn”) không được xét");
    expect(phuluc("check", file, "--sheet", "PL ẩn").code).toBe(0);
  });

  test.each([
    ["a missing file", "khong-co.xlsx", null, [], "not-found", "tệp không tồn tại."],
    ["a folder", "thu-muc.csv", "folder", [], "not-found", "đây là một thư mục, không phải tệp."],
    [
      "a text file named .xlsx",
      "gia.xlsx",
      "TT,Nhiệm vụ",
      [],
      "not-a-workbook",
      "tệp không phải là bảng tính .xlsx (có thể là .xls cũ hoặc tệp khác bị đổi đuôi).",
    ],
    [
      "a damaged workbook",
      "hong.xlsx",
      "PK\u0003\u0004 broken",
      [],
      "damaged",
      "tệp .xlsx bị hỏng hoặc không đúng cấu trúc.",
    ],
    [
      "a table with no appendix header",
      "khac.csv",
      "a,b,c\n1,2,3",
      [],
      "no-appendix",
      "không tìm thấy bảng phụ lục (dòng tiêu đề có các cột TT, Nhiệm vụ, Kinh phí…) trong tệp.",
    ],
    [
      "a sheet name the file does not have",
      "mot-trang.csv",
      CORRECT_TABLE_CSV,
      ["--sheet", "Phụ lục"],
      "no-sheet",
      "không có trang “Phụ lục”; các trang có: “mot-trang”.",
    ],
    [
      "an unsupported type",
      "bang.xls",
      "x",
      [],
      "unsupported",
      "loại tệp “.xls” không được hỗ trợ (dùng .xlsx, .csv hoặc .tsv).",
    ],
  ])(
    "%s exits 2 naming the file; with --format json, stdout holds the code",
    (_, name, content, options, code, why) => {
      const file = path.join(folder, name);
      if (content === "folder") mkdirSync(file, { recursive: true });
      else if (content !== null) writeFileSync(file, content);
      const text = phuluc("check", file, ...options);
      expect(text.code).toBe(2);
      expect(text.stdout).toBe("");
      expect(text.stderr).toBe(`phuluc: không đọc được “${file}”: ${why}\n`);

      const json = phuluc("check", file, ...options, "--format", "json");
      expect(json.code).toBe(2);
      expect(json.stderr).toBe(text.stderr);
      expect(errorReportSchema.parse(JSON.parse(json.stdout))).toEqual({
        file,
        error: { code, message: why },
      });
    }
  );

  test.each([
    [["check"], "thiếu tên tệp"],
    [["check", sample, "--format", "xml"], "định dạng “xml”"],
    [["check", sample, "--sheet"], "cần một giá trị"],
    [["check", sample, "--verbose"], "tùy chọn “--verbose”"],
    [["check", sample, "b.xlsx"], "thừa tham số “b.xlsx”: check nhận một tệp."],
    [["check", sample, "--force"], "--force chỉ dùng cùng --output"],
    [["check", sample, "--sheet", "--force"], "tùy chọn --sheet cần một giá trị."],
    [["check", sample, "--force=yes", "-o", "x.csv"], "tùy chọn “--force=yes” không có."],
    [["kiemtra", sample], "lệnh “kiemtra”"],
  ])("wrong arguments %j exit 2 with usage", (args, why) => {
    const run = phuluc(...args);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(why);
    expect(run.stderr).toContain("Cách dùng:");
  });

  test.each([
    [["check", "--format", "json"], "", "thiếu tên tệp cần kiểm tra."],
    [
      ["check", sample, "extra.xlsx", "--format", "json"],
      sample,
      "thừa tham số “extra.xlsx”: check nhận một tệp.",
    ],
    [["check", sample, "--format=json", "--sheet"], sample, "tùy chọn --sheet cần một giá trị."],
  ])("a call check cannot take, with --format json %j, still prints JSON", (args, file, why) => {
    const run = phuluc(...args);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("Cách dùng:");
    expect(errorReportSchema.parse(JSON.parse(run.stdout))).toEqual({
      file,
      error: { code: "unsupported", message: why },
    });
  });
});

describe("what reaches the terminal when things go wrong", () => {
  /** 130,000 tasks without a lead (a warning each) under a wrong total (an error). */
  const manyFindings = path.join(folder, "nhieu-loi.csv");
  const TASKS = 130_000;
  beforeAll(() => {
    const lines = ["TT,Nhiệm vụ,Chủ trì,Phối hợp,Sản phẩm,Thời gian,Kinh phí"];
    for (let i = 1; i <= TASKS; i++) lines.push(`${i},Nhiệm vụ số ${i},,,Báo cáo,Quý I/2025,1`);
    lines.push(",Tổng cộng,,,,,1");
    writeFileSync(manyFindings, lines.join("\n"));
  });

  test("130,000 findings are printed in full, as text and as JSON, within 500 MiB", () => {
    const peakMemory = path.join(ROOT, "scripts", "reportPeakMemory.js");
    const text = phulucWith({ preload: peakMemory }, "check", manyFindings);
    expect(text.code).toBe(1);
    expect(text.stderr).not.toMatch(STACK_LINE);
    expect(text.stdout).toContain(`CẢNH BÁO (${TASKS})`);
    expect(text.stdout.match(/chưa có bộ phận chủ trì/g)?.length).toBe(TASKS);
    expect(text.stdout.endsWith("cột chủ trì.\n")).toBe(true);
    const peakKiB = Number(/peak-rss-kib=(\d+)/.exec(text.stderr)?.[1]);
    expect(peakKiB).toBeGreaterThan(0);
    expect(peakKiB).toBeLessThan(500 * 1024);

    const json = phuluc("check", manyFindings, "--format", "json");
    expect(json.code).toBe(1);
    const report = checkReportSchema.parse(JSON.parse(json.stdout));
    expect(report.summary).toEqual({ errors: 1, warnings: TASKS, infos: 0 });
    expect(report.findings).toHaveLength(TASKS + 1);
  }, 60_000);

  test.each([
    ["head -c 1", "text", []],
    ["head -c 1", "JSON", ["--format", "json"]],
    ["head -1", "the sample's text", null],
  ])(
    "stdout closed early (%s, %s): no word on stderr, the check's own exit code",
    (reader, _, options) => {
      const run =
        options === null
          ? phulucPiped(reader, "check", sample)
          : phulucPiped(reader, "check", manyFindings, ...options);
      expect(run.stderr).toBe("");
      expect(run.code).toBe(1);
    },
    60_000
  );

  test("a full disk under stdout is said in Vietnamese, exit 2", () => {
    const full = openSync("/dev/full", "w");
    try {
      const run = phulucWith({ stdout: full }, "check", sample);
      expect(run.code).toBe(2);
      expect(run.stderr).toBe("phuluc: không ghi được kết quả: ổ đĩa đã đầy.\n");
    } finally {
      closeSync(full);
    }
  });

  test("an error phuluc did not expect: one Vietnamese line; the stack only with PHULUC_DEBUG=1", () => {
    const preload = path.join(__dirname, "fixtures", "failingRead.js");
    const file = path.join(folder, "bat-ngo.csv");
    writeFileSync(file, CORRECT_TABLE_CSV);
    const quiet = phulucWith({ preload }, "check", file);
    expect(quiet.code).toBe(2);
    expect(quiet.stdout).toBe("");
    expect(quiet.stderr).toBe(
      "phuluc: lỗi nội bộ của phuluc (không phải do tệp). Chạy lại với PHULUC_DEBUG=1 để xem " +
        "chi tiết và gửi kèm khi báo lỗi.\n"
    );

    const debug = phulucWith({ preload, env: { PHULUC_DEBUG: "1" } }, "check", file);
    expect(debug.code).toBe(2);
    expect(debug.stderr.startsWith(quiet.stderr)).toBe(true);
    expect(debug.stderr).toContain("TypeError: Cannot read properties of null");
    expect(debug.stderr).toMatch(STACK_LINE);

    // The same holds for `new`, which reads its source the same way.
    const made = phulucWith({ preload }, "new", "--from", file, "-o", path.join(folder, "x.xlsx"));
    expect(made.code).toBe(2);
    expect(made.stderr).toBe(quiet.stderr);
  });

  test("the usage text tells of PHULUC_DEBUG and of every option of each command", () => {
    const run = phuluc("--help");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("PHULUC_DEBUG=1");
    const sections = run.stdout.split(/\n(?=check:|new:)/);
    const [check, made] = [sections[1], sections[2]];
    for (const option of ["--sheet", "--format", "-o, --output", "--force"])
      expect(check).toMatch(new RegExp(`^  ${option} `, "m"));
    for (const option of [
      "--from",
      "--sheet",
      "-o, --output",
      "--title",
      "--year",
      "--plan-number",
      "--issuer",
      "--force",
    ])
      expect(made).toMatch(new RegExp(`^  ${option} `, "m"));
    expect(readFileSync(path.join(ROOT, "README.md"), "utf8")).toContain("PHULUC_DEBUG=1");
  });
});
