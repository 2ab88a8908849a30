import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { spawnSync } from "child_process";
import { once } from "events";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "fs";
import ExcelJS from "exceljs";
import { tmpdir } from "os";
import path from "path";
import { findingsCsv } from "../../src/cli/findingsOutput";
import { checkReportSchema } from "../../src/cli/reportSchemas";
import { Finding } from "../../src/domain/finding";
import { findingColumns, findingsOrder } from "../../src/sheet/findingsSheet";
import { findingsText } from "../../src/sheet/sheetText";
import {
  CORRECT_TABLE_CSV,
  phuluc,
  phulucWith,
  requireBuiltCommand,
  ROOT,
  SAMPLE_XLSX,
  startPhuluc,
} from "../support/phulucCommand";

const folder = mkdtempSync(path.join(tmpdir(), "phuluc-check-output-"));
const holdWrite = path.join(__dirname, "fixtures", "holdWrite.js");
const listLoads = path.join(__dirname, "fixtures", "listLoads.js");

beforeAll(() => requireBuiltCommand());
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** A fresh folder under the test's own. */
function place(name: string): string {
  return mkdtempSync(path.join(folder, `${name}-`));
}

function checkJson(...args: string[]) {
  const run = phuluc("check", ...args, "--format", "json");
  return { ...run, report: checkReportSchema.parse(JSON.parse(run.stdout)) };
}

/** Fields of a .csv where every field is quoted (a field that is not fails the test). */
function parseQuotedCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    expect(text[i]).toBe('"');
    let field = "";
    for (i++; ; i++) {
      if (text[i] === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (text[i] === '"') break;
      else field += text[i];
    }
    row.push(field);
    i++;
    if (text[i] === ",") i++;
    else {
      expect(text.slice(i, i + 2)).toBe("\r\n");
      i += 2;
      rows.push(row);
      row = [];
    }
  }
  return rows;
}

/** The days the run may have taken place on (it may cross midnight). */
function runDays(before: Date): string[] {
  return [...new Set([findingsText.date(before), findingsText.date(new Date())])];
}

const SIX_COLUMNS = ["Mức độ", "Ô", "TT", "Quy tắc", "Nội dung", "Gợi ý sửa"];

describe("phuluc check --output RESULT.csv", () => {
  test("the report prints as usual, the exit code is the check's, the .csv holds the findings", () => {
    const dir = place("csv");
    const result = path.join(dir, "KET-QUA.csv");
    const plain = phuluc("check", SAMPLE_XLSX);
    const run = phuluc("check", SAMPLE_XLSX, "--output", result);
    expect(run.code).toBe(1);
    expect(plain.code).toBe(1);
    expect(run.stdout).toBe(plain.stdout);
    expect(run.stderr).toBe(`phuluc: đã ghi kết quả kiểm tra vào ${result}.\n`);
    expect(readdirSync(dir)).toEqual(["KET-QUA.csv"]);

    const bytes = readFileSync(result);
    // UTF-8 with a BOM, so that Excel on Vietnamese Windows reads it as UTF-8.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseQuotedCsv(bytes.toString("utf8").slice(1));
    expect(rows[0]).toEqual(SIX_COLUMNS);

    const { report } = checkJson(SAMPLE_XLSX);
    const findings = report.findings as Finding[];
    expect(rows.slice(1)).toEqual(findingsOrder(findings).map(findingColumns));
    expect(rows).toHaveLength(1 + findings.length);
    // Errors first (the sample's five), then warnings, then notes.
    const severities = rows.slice(1).map((row) => row[0]);
    expect(severities.slice(0, 5)).toEqual(["Lỗi", "Lỗi", "Lỗi", "Lỗi", "Lỗi"]);
    expect(severities.indexOf("Lỗi", 5)).toBe(-1);
    expect(severities.lastIndexOf("Cảnh báo")).toBeLessThan(severities.indexOf("Ghi chú"));
    expect(rows[1].slice(0, 4)).toEqual(["Lỗi", "G7", "1", "subtotal.mismatch"]);
    expect(rows[1][4]).toContain("12.900.000");
  });

  test("a field Excel would run as a formula is kept as text with a leading apostrophe", () => {
    const dir = place("csv-formula");
    const input = path.join(dir, "bang.csv");
    writeFileSync(
      input,
      [
        "STT,Nội dung,Cơ quan chủ trì,Cơ quan phối hợp,Sản phẩm,Thời hạn,Kinh phí (đồng)",
        '1,Ban hành kế hoạch CCHC,Văn phòng,Các ban ngành,Kế hoạch,Quý I/2025,"500.000"',
        '"=1+1",- Niêm yết TTHC,Bộ phận một cửa,,Sổ theo dõi,Thường xuyên,"300.000"',
        '-3,Kiểm tra,Văn phòng,,Báo cáo,Quý III/2025,"200.000"',
        ',Tổng cộng,,,,,"1.000.000"',
      ].join("\n")
    );
    const result = path.join(dir, "ket-qua.csv");
    const run = phuluc("check", input, "-o", result);
    expect(run.code).toBe(1);
    const rows = parseQuotedCsv(readFileSync(result, "utf8").slice(1));
    const numbers = rows.slice(1).map((row) => row[2]);
    expect(numbers).toEqual(expect.arrayContaining(["'=1+1", "'-3"]));
    expect(rows.flat().filter((field) => /^[=+\-@]/.test(field))).toEqual([]);
    // The same rule, directly: a lone "-" is no formula and stays as it is.
    const one = (number: string, hint: string): Finding => ({
      rule: "tt.format",
      severity: "error",
      row: 2,
      cell: "A2",
      number,
      message: "@ đầu dòng",
      expected: null,
      actual: null,
      hint,
    });
    expect(findingsCsv([one("-", "+84 là số điện thoại")])).toBe(
      '\uFEFF"Mức độ","Ô","TT","Quy tắc","Nội dung","Gợi ý sửa"\r\n' +
        `"Lỗi","A2","-","tt.format","'@ đầu dòng","'+84 là số điện thoại"\r\n`
    );
    expect(findingsCsv([one('Mục "A"', "")])).toContain(`"Mục ""A"""`);
  });

  test("a correct table: exit 0, the .csv has the header alone", () => {
    const dir = place("csv-clean");
    const input = path.join(dir, "dung.csv");
    writeFileSync(input, CORRECT_TABLE_CSV);
    const result = path.join(dir, "ket-qua.CSV");
    const run = phuluc("check", input, `--output=${result}`);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Không phát hiện lỗi nào.");
    expect(readFileSync(result, "utf8")).toBe(
      `\uFEFF${SIX_COLUMNS.map((name) => `"${name}"`).join(",")}\r\n`
    );
  });
});

describe("phuluc check --output RESULT.xlsx", () => {
  test("the same findings on the sheet “Kết quả kiểm tra”, ready to print", async () => {
    const dir = place("xlsx");
    const result = path.join(dir, "KET-QUA.xlsx");
    const before = new Date();
    const json = checkJson(SAMPLE_XLSX);
    const run = checkJson(SAMPLE_XLSX, "--output", result);
    expect(run.code).toBe(1);
    // stdout is the JSON report, the same as without --output.
    expect(run.stdout).toBe(json.stdout);
    expect(run.stderr).toBe(`phuluc: đã ghi kết quả kiểm tra vào ${result}.\n`);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(result);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Kết quả kiểm tra"]);
    const sheet = workbook.worksheets[0];
    const text = (row: number) =>
      Array.from({ length: 6 }, (_, i) => {
        const value = sheet.getCell(row, i + 1).value;
        return value === null ? "" : String(value);
      });
    expect(
      runDays(before).map((day) => findingsText.title("Phụ lục", "thuong-lo-2020.xlsx", day))
    ).toContain(sheet.getCell("A1").value);
    const { errors, warnings, infos } = json.report.summary;
    expect(sheet.getCell("A2").value).toBe(
      `${errors} lỗi, ${warnings} cảnh báo, ${infos} ghi chú.`
    );
    expect(text(4)).toEqual(SIX_COLUMNS);
    const expected = findingsOrder(json.report.findings as Finding[]).map(findingColumns);
    expect(Array.from({ length: expected.length }, (_, i) => text(5 + i))).toEqual(expected);
    expect(sheet.rowCount).toBe(4 + expected.length);

    // Plain text everywhere: no formula, no link into a file the result travels without.
    sheet.eachRow((row) =>
      row.eachCell((cell) => expect(typeof cell.value === "object" && cell.value).toBeFalsy())
    );
    for (let column = 1; column <= 6; column++) {
      expect(sheet.getCell(5, column).numFmt).toBe("@");
      expect(sheet.getColumn(column).numFmt).toBe("@");
    }
    expect(sheet.getCell("A5").font).toMatchObject({ name: "Times New Roman", bold: true });
    expect(sheet.getCell("E5").alignment).toMatchObject({ wrapText: true });
    expect(sheet.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: "4:4",
    });
  });

  test("a text file is named as the file alone in the title; the exit code stays 0 when clean", async () => {
    const dir = place("xlsx-clean");
    const input = path.join(dir, "dung.csv");
    writeFileSync(input, CORRECT_TABLE_CSV);
    const result = path.join(dir, "ket-qua.XLSX");
    const before = new Date();
    const run = phuluc("check", input, "-o", result);
    expect(run.code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(result);
    const sheet = workbook.worksheets[0];
    expect(runDays(before).map((day) => findingsText.title(null, "dung.csv", day))).toContain(
      sheet.getCell("A1").value
    );
    expect(sheet.getCell("A2").value).toBe("Không có lỗi, cảnh báo hay ghi chú nào.");
    expect(sheet.rowCount).toBe(4);
  });
});

describe("phuluc check --output: what it refuses, and what it never leaves behind", () => {
  const OLD = "danh sách lỗi gửi lãnh đạo hôm qua";

  test.each([
    [["-o", "ket-qua.pdf"], "tệp kết quả “ket-qua.pdf” phải có đuôi .xlsx (bảng tính) hoặc .csv"],
    [["-o", "ket-qua"], "tệp kết quả “ket-qua” phải có đuôi .xlsx"],
    [["--output"], "tùy chọn --output cần một giá trị"],
    [["--force"], "--force chỉ dùng cùng --output (-o)."],
  ])("%j: exit 2 with the usage, nothing checked or written", (args, why) => {
    const dir = place("args");
    const run = phulucWith({}, "check", SAMPLE_XLSX, ...args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain(why);
    expect(run.stderr).toContain("[-o KẾT-QUẢ.xlsx|KẾT-QUẢ.csv [--force]]");
    expect(readdirSync(dir)).toEqual([]);
    expect(existsSync(path.join(ROOT, "ket-qua.pdf"))).toBe(false);
  });

  test("an existing file is kept unless --force; the report still prints, exit 2", () => {
    const dir = place("exists");
    const result = path.join(dir, "KET-QUA.csv");
    writeFileSync(result, OLD);
    const refused = phuluc("check", SAMPLE_XLSX, "-o", result);
    expect(refused.code).toBe(2);
    expect(refused.stdout).toContain("Kiểm tra phụ lục:");
    expect(refused.stderr).toBe(
      `phuluc: tệp “${result}” đã có, không ghi đè. Chọn tên khác, hoặc thêm --force để thay tệp đó.\n`
    );
    expect(readFileSync(result, "utf8")).toBe(OLD);
    expect(readdirSync(dir)).toEqual(["KET-QUA.csv"]);

    const forced = phuluc("check", SAMPLE_XLSX, "-o", result, "--force");
    expect(forced.code).toBe(1);
    expect(readFileSync(result, "utf8")).toMatch(/^\uFEFF"Mức độ"/);
    expect(readdirSync(dir)).toEqual(["KET-QUA.csv"]);
  });

  test("never over the file checked, even with --force", () => {
    const dir = place("same");
    const input = path.join(dir, "bang.csv");
    writeFileSync(input, CORRECT_TABLE_CSV);
    for (const output of [input, path.join(dir, ".", "bang.csv")]) {
      const run = phuluc("check", input, "-o", output, "--force");
      expect(run.code).toBe(2);
      expect(run.stderr).toContain("đó chính là tệp đang kiểm tra");
      expect(readFileSync(input, "utf8")).toBe(CORRECT_TABLE_CSV);
    }
  });

  test("an unwritable path: a folder that does not exist, a folder by the name; exit 2, said in Vietnamese", () => {
    const dir = place("nowhere");
    const missing = path.join(dir, "khong-co", "ket-qua.xlsx");
    const run = phuluc("check", SAMPLE_XLSX, "-o", missing);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `phuluc: không ghi được “${missing}”: thư mục chứa tệp không tồn tại.\n`
    );
    const underFile = path.join(SAMPLE_XLSX, "ket-qua.csv");
    expect(phuluc("check", SAMPLE_XLSX, "-o", underFile).stderr).toContain(
      "thư mục chứa tệp không tồn tại"
    );

    const folderNamed = path.join(dir, "thu-muc.csv");
    mkdirSync(folderNamed);
    for (const force of [[], ["--force"]]) {
      const named = phuluc("check", SAMPLE_XLSX, "-o", folderNamed, ...force);
      expect(named.code).toBe(2);
      expect(named.stderr).toBe(
        `phuluc: không ghi được “${folderNamed}”: “${folderNamed}” là một thư mục, không phải tệp; ` +
          `ghi tên tệp sau --output, ví dụ ${folderNamed}/KET-QUA.xlsx.\n`
      );
      expect(readdirSync(folderNamed)).toEqual([]);
    }
    expect(readdirSync(dir)).toEqual(["thu-muc.csv"]);
  });

  test("an input that cannot be read: exit 2 and no result file", () => {
    const dir = place("unread");
    const result = path.join(dir, "ket-qua.csv");
    const run = phuluc("check", path.join(dir, "khong-co.xlsx"), "-o", result);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("tệp không tồn tại");
    expect(readdirSync(dir)).toEqual([]);
  });

  test.each(["ket-qua.csv", "ket-qua.xlsx"])(
    "%s: Ctrl+C while writing leaves the old file as it was and no temporary file",
    async (name) => {
      const dir = place("signal");
      const result = path.join(dir, name);
      writeFileSync(result, OLD);
      const child = startPhuluc(
        { preload: holdWrite },
        "check",
        SAMPLE_XLSX,
        "-o",
        result,
        "--force"
      );
      let stderr = "";
      child.stderr?.setEncoding("utf8");
      child.stderr?.on("data", (text: string) => (stderr += text));
      child.stdout?.resume();
      while (!stderr.includes("held")) await once(child.stderr!, "data");
      const during = readdirSync(dir).filter((file) => file !== name);
      expect(during).toHaveLength(1);
      expect(during[0]).toMatch(/^\..+\.tmp$/);

      child.kill("SIGINT");
      const [code] = await once(child, "exit");
      expect(code).toBe(130);
      expect(stderr).toContain(`phuluc: đã dừng; “${result}” không bị thay đổi.`);
      expect(readdirSync(dir)).toEqual([name]);
      expect(readFileSync(result, "utf8")).toBe(OLD);
    },
    30_000
  );

  describe("on a read-only disk and on a full one (tmpfs)", () => {
    const readOnly = path.join(folder, "chi-doc");
    const full = path.join(folder, "day");
    const mounted: string[] = [];
    let why = "";
    beforeAll(() => {
      for (const [dir, options] of [
        [readOnly, "ro,size=64k"],
        [full, "size=4k"],
      ]) {
        mkdirSync(dir);
        const mount = spawnSync("mount", ["-t", "tmpfs", "-o", options, "tmpfs", dir], {
          encoding: "utf8",
        });
        if (mount.status === 0) mounted.push(dir);
        else why = mount.error?.message ?? mount.stderr;
      }
    });
    afterAll(() => mounted.forEach((dir) => spawnSync("umount", [dir])));

    test("read-only: exit 2, no right to write there", () => {
      if (!mounted.includes(readOnly)) {
        // Mounting needs root (CAP_SYS_ADMIN); without it this case cannot be made.
        console.warn(`skipped: cannot mount a tmpfs at ${readOnly}: ${why}`);
        return;
      }
      const result = path.join(readOnly, "ket-qua.xlsx");
      const run = phuluc("check", SAMPLE_XLSX, "-o", result);
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(`phuluc: không ghi được “${result}”: không có quyền ghi vào đó.\n`);
      expect(readdirSync(readOnly)).toEqual([]);
    });

    test("full: exit 2, the disk is full, no partial file", () => {
      if (!mounted.includes(full)) {
        console.warn(`skipped: cannot mount a tmpfs at ${full}: ${why}`);
        return;
      }
      const result = path.join(full, "ket-qua.xlsx");
      const run = phuluc("check", SAMPLE_XLSX, "-o", result);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain("ổ đĩa đã đầy");
      expect(readdirSync(full)).toEqual([]);
    });
  });
});

describe("start-up: --output loads its writer only when it needs it", () => {
  function loads(...args: string[]) {
    const run = phulucWith({ preload: listLoads }, ...args);
    const chunks = (/loaded=(.*)/.exec(run.stderr)?.[1] ?? "").split(",").filter(Boolean);
    const text = chunks.map((chunk) => readFileSync(path.join(ROOT, "build", chunk), "utf8"));
    return {
      code: run.code,
      chunks,
      // A marker of the .xlsx writer's own code: the page breaks of a worksheet part.
      writer: text.some((code) => code.includes("manualBreakCount")),
    };
  }

  test("check alone loads no output code; .csv loads it without the .xlsx writer; .xlsx with it", () => {
    const dir = place("startup");
    const alone = loads("check", SAMPLE_XLSX);
    expect(alone.chunks).not.toContain("check-output.js");
    expect(alone.writer).toBe(false);

    const csv = loads("check", SAMPLE_XLSX, "-o", path.join(dir, "a.csv"));
    expect(csv.code).toBe(1);
    expect(csv.chunks).toContain("check-output.js");
    expect(csv.writer).toBe(false);

    const xlsx = loads("check", SAMPLE_XLSX, "-o", path.join(dir, "a.xlsx"));
    expect(xlsx.code).toBe(1);
    expect(xlsx.writer).toBe(true);
  });
});
