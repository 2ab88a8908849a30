import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import { errorReportSchema, periodReportSchema } from "../../src/cli/reportSchemas";
import { cellText } from "../../src/domain/grid";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import {
  phuluc,
  phulucWith,
  requireBuiltCommand,
  ROOT,
  SAMPLE_XLSX,
} from "../support/phulucCommand";

const folder = mkdtempSync(path.join(tmpdir(), "phuluc-report-"));
const listLoads = path.join(__dirname, "fixtures", "listLoads.js");

beforeAll(() => requireBuiltCommand());
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** A fresh folder under the test's own. */
function place(name: string): string {
  return mkdtempSync(path.join(folder, `${name}-`));
}

function reportJson(...args: string[]) {
  const run = phuluc("report", ...args, "--format", "json");
  return { ...run, report: periodReportSchema.parse(JSON.parse(run.stdout)) };
}

/**
 * A 2025 plan as a .csv with the tracking columns filled (no title, so no year of its own). Sheet rows:
 * 1 header, 2 section I, 3 I.1, 4 I.2, 5 section II, 6 II.1, 7 II.2, 8 total.
 */
const TRACKED_CSV = [
  "TT,Nhiệm vụ,Chủ trì,Phối hợp,Sản phẩm,Thời gian thực hiện,Kinh phí (đồng),Tiến độ,Ngày hoàn thành,Kinh phí đã sử dụng (đồng),Kết quả",
  'I,CÔNG TÁC CHỈ ĐẠO,,,,,"1.500.000",,,,',
  '1,Ban hành kế hoạch CCHC,Văn phòng – Thống kê,Các ban ngành,Kế hoạch,Trước 15/01/2025,"500.000",Đã hoàn thành,20/01/2025,"400.000",Đã ban hành',
  '2,Kiểm tra công tác CCHC,Văn phòng – Thống kê,Các ban ngành,Báo cáo,Quý III/2025,"1.000.000",,,,',
  'II,CẢI CÁCH TTHC,,,,,"300.000",,,,',
  '1,Niêm yết TTHC,Bộ phận một cửa,,Sổ theo dõi,Tháng 2 năm 2025,"300.000",Đang thực hiện,,"100.000",',
  "2,Trả lời kiến nghị về TTHC,Bộ phận một cửa,,Văn bản,Khi có yêu cầu,,,,,",
  ',Tổng cộng,,,,,"1.800.000",,,,',
].join("\n");

function trackedCsv(): string {
  const file = path.join(place("tracked"), "ke-hoach-2025.csv");
  writeFileSync(file, TRACKED_CSV);
  return file;
}

describe("phuluc report: calls it cannot take", () => {
  test.each([
    ["no period", ["report", SAMPLE_XLSX], "thiếu kỳ báo cáo: thêm --period q1|h1|q3|9m|year."],
    [
      "a period not among the five",
      ["report", SAMPLE_XLSX, "--period", "q2"],
      "kỳ báo cáo “q2” không có; dùng một trong q1, h1, q3, 9m, year.",
    ],
    [
      "a year not of four digits",
      ["report", SAMPLE_XLSX, "--period", "q1", "--year", "20"],
      "năm “20” không hợp lệ",
    ],
    [
      "an as-of day the calendar has not",
      ["report", SAMPLE_XLSX, "--period", "q1", "--as-of", "2020-02-30"],
      "ngày “2020-02-30” không hợp lệ; ghi ngày có thật dạng YYYY-MM-DD",
    ],
    [
      "an as-of day written the Vietnamese way",
      ["report", SAMPLE_XLSX, "--period", "q1", "--as-of", "14/03/2020"],
      "ngày “14/03/2020” không hợp lệ",
    ],
    [
      "a format other than text or json",
      ["report", SAMPLE_XLSX, "--period", "q1", "--format", "xml"],
      "định dạng “xml” không có",
    ],
    [
      "an output that is not .xlsx",
      ["report", SAMPLE_XLSX, "--period", "q1", "-o", "bao-cao.csv"],
      "phải có đuôi .xlsx",
    ],
    [
      "--force without -o",
      ["report", SAMPLE_XLSX, "--period", "q1", "--force"],
      "--force chỉ dùng cùng --output (-o).",
    ],
    ["no file", ["report", "--period", "q1"], "thiếu tên tệp phụ lục cần lập báo cáo."],
    [
      "two files",
      ["report", SAMPLE_XLSX, "khac.xlsx", "--period", "q1"],
      "thừa tham số “khac.xlsx”: report nhận một tệp.",
    ],
  ])("%s: said in Vietnamese with the usage, exit 2", (_, args, said) => {
    const run = phuluc(...args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain(said);
    expect(run.stderr).toContain("phuluc report TỆP --period q1|h1|q3|9m|year");
  });

  test("with --format json, a call it cannot take still prints the JSON error", () => {
    const run = phuluc("report", SAMPLE_XLSX, "--period", "quy1", "--format", "json");
    expect(run.code).toBe(2);
    const error = errorReportSchema.parse(JSON.parse(run.stdout));
    expect(error).toEqual({
      file: SAMPLE_XLSX,
      error: {
        code: "unsupported",
        message: "kỳ báo cáo “quy1” không có; dùng một trong q1, h1, q3, 9m, year.",
      },
    });
  });

  test("the usage names the command, its options and its exit codes", () => {
    const run = phuluc("--help");
    expect(run.code).toBe(0);
    const section = run.stdout.split(/\n(?=report:)/)[1];
    expect(section).toMatch(/^ {2}TỆP /m);
    for (const option of [
      "--period",
      "--year",
      "--as-of",
      "--sheet",
      "--format",
      "-o, --output",
      "--force",
      "--issuer",
      "--place",
    ]) {
      expect(section).toMatch(new RegExp(`^  ${option} `, "m"));
    }
    expect(section).toContain("Mã thoát: 0 đã in (và ghi) báo cáo, 2 sai tham số");
  });
});

describe("phuluc report --format json on the sample", () => {
  /** The task rows of samples/thuong-lo-2020.xlsx, read off the sheet by hand: rows with nothing under them. */
  const SAMPLE_TASK_ROWS = [
    8, 10, 11, 13, 14, 15, 18, 19, 22, 24, 25, 28, 29, 32, 33, 34, 35, 36, 39, 42, 43, 44, 45, 46,
    47, 52, 53, 54, 56, 57, 59, 60, 63, 64, 65, 66, 67, 68, 69, 70, 73, 74, 77, 78, 79, 81, 85, 86,
    87, 89, 90, 91, 92, 96, 97, 98, 99, 102, 103, 104, 107, 108, 109, 111, 112, 113, 115, 116, 119,
    120, 121, 122,
  ];

  test("the contract: the strict schema holds, keys in order, printed as JSON.stringify(…, null, 2)", () => {
    const run = reportJson(SAMPLE_XLSX, "--period", "q1");
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout).toBe(`${JSON.stringify(JSON.parse(run.stdout), null, 2)}\n`);
    const document = JSON.parse(run.stdout);
    expect(Object.keys(document)).toEqual([
      "file",
      "sheet",
      "period",
      "year",
      "window",
      "due",
      "asOf",
      "tasks",
      "summary",
      "byUnit",
      "bySection",
    ]);
    expect(Object.keys(document.tasks[0])).toEqual([
      "row",
      "number",
      "task",
      "lead",
      "units",
      "schedule",
      "list",
      "deadline",
      "status",
      "completed",
      "overdue",
      "late",
      "planned",
      "spent",
    ]);
    expect(Object.keys(document.bySection[0])).toEqual([
      "number",
      "title",
      "rows",
      "tasks",
      "done",
      "planned",
      "spent",
    ]);
  });

  test("Q1 of 2020: the period from the title's year, its default window, due day and as-of day", () => {
    const { report } = reportJson(SAMPLE_XLSX, "--period", "q1");
    expect(report).toMatchObject({
      file: SAMPLE_XLSX,
      sheet: "Phụ lục",
      period: "q1",
      year: 2020,
      window: { from: "2019-12-15", to: "2020-03-14" },
      due: "2020-03-20",
      asOf: "2020-03-14",
    });
  });

  test("every task of the appendix once, in sheet order, whatever the period", () => {
    for (const period of ["q1", "q3", "year"]) {
      const { report } = reportJson(SAMPLE_XLSX, "--period", period);
      expect(report.tasks.map((task) => task.row)).toEqual(SAMPLE_TASK_ROWS);
      const { inPeriod, onDemand } = report.summary;
      const outside = report.tasks.filter((task) => task.list === "outside").length;
      expect(inPeriod + onDemand + outside).toBe(SAMPLE_TASK_ROWS.length);
    }
  });

  test("known rows of Q1: a deadline in it, a task on demand, a sub-item under its group's TT", () => {
    const { report } = reportJson(SAMPLE_XLSX, "--period", "q1");
    const row = (n: number) => report.tasks.find((task) => task.row === n);
    // 1.1 "Trước 10/01/2020": under way from 1 January, due 10/01, not done by 14/03.
    expect(row(8)).toEqual({
      row: 8,
      number: "1.1",
      task: "Ban hành kế hoạch CCHC đạt yêu cầu theo hướng dẫn của cơ quan cấp trên",
      lead: "Tư pháp – Hộ tịch",
      units: ["Tư pháp – Hộ tịch"],
      schedule: "Trước 10/01/2020",
      list: "period",
      deadline: "2020-01-10",
      status: null,
      completed: null,
      overdue: true,
      late: false,
      planned: null,
      spent: null,
    });
    // "Khi có yêu cầu": on demand, never overdue; an unnumbered sub-item has no TT of its own.
    expect(row(14)).toMatchObject({
      number: null,
      schedule: "Khi có yêu cầu",
      list: "on-demand",
      deadline: null,
      overdue: false,
    });
    // A sub-item with its own amount.
    expect(row(13)).toMatchObject({ list: "period", planned: 3_960_000 });
    // "Trước 30/9/2020" is under way in Q1, due after it: not overdue.
    expect(row(11)).toMatchObject({ list: "period", deadline: "2020-09-30", overdue: false });
  });

  test("Q3: what ended in January is outside it; the as-of day can be moved", () => {
    const { report } = reportJson(SAMPLE_XLSX, "--period", "q3", "--as-of", "2020-10-01");
    const row = (n: number) => report.tasks.find((task) => task.row === n);
    expect(report.window).toEqual({ from: "2020-06-15", to: "2020-09-14" });
    expect(report.asOf).toBe("2020-10-01");
    expect(row(8)).toMatchObject({ list: "outside", deadline: null, overdue: false });
    expect(row(28)).toMatchObject({ schedule: "Trước 30/01/2020", list: "outside" });
    // Due 30/09, judged on 01/10 and not done: overdue.
    expect(row(11)).toMatchObject({ list: "period", deadline: "2020-09-30", overdue: true });
  });

  test("--year gives the plan another year: the windows and the schedules' years follow", () => {
    const { report } = reportJson(SAMPLE_XLSX, "--period", "q1", "--year", "2021");
    expect(report.year).toBe(2021);
    expect(report.window).toEqual({ from: "2020-12-15", to: "2021-03-14" });
  });
});

describe("phuluc report on tracked tasks", () => {
  test("a table without a year is refused without --year: JSON error no-year, exit 2", () => {
    const file = trackedCsv();
    const run = phuluc("report", file, "--period", "q1", "--format", "json");
    expect(run.code).toBe(2);
    expect(errorReportSchema.parse(JSON.parse(run.stdout))).toEqual({
      file,
      error: {
        code: "no-year",
        message:
          "Không rõ năm của kế hoạch: tiêu đề phụ lục không ghi năm (ví dụ “… NĂM 2024”). Ghi năm bằng --year, ví dụ --year 2024.",
      },
    });
    expect(run.stderr).toContain("Ghi năm bằng --year");
  });

  test("Q1 of 2025: lists, status, late and overdue, the counts and the budget by unit and section", () => {
    const file = trackedCsv();
    const { code, report } = reportJson(file, "--period", "q1", "--year", "2025");
    expect(code).toBe(0);
    const byRow = Object.fromEntries(report.tasks.map((task) => [task.row, task]));
    expect(report.tasks.map((task) => task.row)).toEqual([3, 4, 6, 7]);
    // Done on 20/01, due 15/01: late, not overdue.
    expect(byRow[3]).toMatchObject({
      list: "period",
      deadline: "2025-01-15",
      status: "done",
      completed: "2025-01-20",
      late: true,
      overdue: false,
      planned: 500_000,
      spent: 400_000,
    });
    // Quý III only: outside Q1.
    expect(byRow[4]).toMatchObject({ list: "outside", deadline: null, status: null });
    // Tháng 2 is due 28/02; still in progress on 14/03: overdue.
    expect(byRow[6]).toMatchObject({
      list: "period",
      deadline: "2025-02-28",
      status: "in-progress",
      overdue: true,
      spent: 100_000,
    });
    expect(byRow[7]).toMatchObject({ list: "on-demand", planned: null, spent: null });
    expect(report.summary).toEqual({
      inPeriod: 2,
      done: 1,
      late: 1,
      overdue: 1,
      inProgress: 1,
      notStarted: 0,
      onDemand: 1,
      // The tasks listed: 500.000 + 300.000; the Quý III task is not in this report.
      planned: 800_000,
      spent: 500_000,
    });
    expect(report.bySection).toEqual([
      {
        number: "I",
        title: "CÔNG TÁC CHỈ ĐẠO",
        rows: [3],
        tasks: 1,
        done: 1,
        planned: 500_000,
        spent: 400_000,
      },
      {
        number: "II",
        title: "CẢI CÁCH TTHC",
        rows: [6, 7],
        tasks: 2,
        done: 0,
        planned: 300_000,
        spent: 100_000,
      },
    ]);
    expect(
      report.byUnit.map(({ rows, tasks, done, overdue }) => ({ rows, tasks, done, overdue }))
    ).toEqual([
      { rows: [3], tasks: 1, done: 1, overdue: 0 },
      { rows: [6, 7], tasks: 2, done: 0, overdue: 1 },
    ]);
  });

  test("the text summary: period, window, counts, budget with its share, the overdue task with TT and row", () => {
    const file = trackedCsv();
    const run = phuluc("report", file, "--period", "q1", "--year", "2025");
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout).toBe(
      [
        `Báo cáo quý I năm 2025: ${file}, trang “ke-hoach-2025”`,
        "Số liệu từ 15/12/2024 đến 14/03/2025, hạn gửi 20/03/2025; tình hình tính đến 14/03/2025.",
        "Nhiệm vụ trong kỳ: 2 (đã hoàn thành 1, trong đó 1 trễ hạn; đang thực hiện 1; chưa thực hiện 0); quá hạn 1.",
        "Thực hiện khi có yêu cầu: 1 nhiệm vụ; ngoài kỳ: 1 nhiệm vụ.",
        "Kinh phí kế hoạch 800.000 đồng; đã sử dụng 500.000 đồng (62,5%).",
        "",
        "Quá hạn chưa hoàn thành (1):",
        "  TT 1, dòng 6: Niêm yết TTHC (hạn 28/02/2025)",
        "",
      ].join("\n")
    );
  });
});

describe("phuluc report on a table without tracking columns", () => {
  test("says that nothing is tracked yet, under the window", () => {
    const run = phuluc("report", SAMPLE_XLSX, "--period", "q1");
    expect(run.code).toBe(0);
    const lines = run.stdout.split("\n");
    expect(lines[2]).toBe(
      "Phụ lục chưa có cột theo dõi (Tiến độ, Ngày hoàn thành, Kinh phí đã sử dụng, Kết quả): chưa nhiệm vụ nào được ghi là đã làm, nên mọi nhiệm vụ trong kỳ được tính là chưa thực hiện."
    );
  });
});

describe("phuluc report -o", () => {
  test("writes the three report sheets to a new workbook, the appendix untouched", () => {
    const dir = place("written");
    const out = path.join(dir, "bao-cao-quy-1.xlsx");
    const before = readFileSync(SAMPLE_XLSX);
    const run = phuluc("report", SAMPLE_XLSX, "--period", "q1", "-o", out);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain(`Đã ghi ${out} (các trang: “BC Quý I 2020”`);
    expect(readFileSync(SAMPLE_XLSX).equals(before)).toBe(true);

    const sheets = readWorkbook(readFileSync(out));
    expect(sheets.map((sheet) => sheet.name)).toEqual([
      "BC Quý I 2020",
      "BC Quý I 2020 - bộ phận",
      "BC Quý I 2020 - mục",
    ]);
    const texts = (index: number) =>
      sheets[index].grid.rows.flatMap((cells) => Array.from(cells, (cell) => cellText(cell)));
    expect(texts(0)).toContain("BÁO CÁO");
    expect(texts(0)).toContain(
      "Ban hành kế hoạch CCHC đạt yêu cầu theo hướng dẫn của cơ quan cấp trên"
    );
    expect(texts(1)).toContain("Tư pháp – Hộ tịch");
    expect(texts(2)).toContain("HIỆN ĐẠI HÓA HÀNH CHÍNH");
  });

  test("with --format json, stdout holds the JSON alone and the written file is said on stderr", () => {
    const out = path.join(place("json"), "bao-cao.xlsx");
    const run = reportJson(SAMPLE_XLSX, "--period", "h1", "-o", out);
    expect(run.code).toBe(0);
    expect(run.report.period).toBe("h1");
    expect(run.stderr).toContain(`Đã ghi ${out}`);
    expect(statSync(out).size).toBeGreaterThan(0);
  });

  test("an existing file is kept without --force, replaced with it", () => {
    const out = path.join(place("exists"), "bao-cao.xlsx");
    writeFileSync(out, "giữ nguyên");
    const kept = phuluc("report", SAMPLE_XLSX, "--period", "q1", "-o", out);
    expect(kept.code).toBe(2);
    expect(kept.stdout).toBe("");
    expect(kept.stderr).toContain(`tệp “${out}” đã có, không ghi đè`);
    expect(readFileSync(out, "utf8")).toBe("giữ nguyên");

    const replaced = phuluc("report", SAMPLE_XLSX, "--period", "q1", "-o", out, "--force");
    expect(replaced.code).toBe(0);
    expect(readWorkbook(readFileSync(out)).map((sheet) => sheet.name)[0]).toBe("BC Quý I 2020");
  });

  test("never over the appendix itself, not even with --force", () => {
    const dir = place("input");
    const file = path.join(dir, "phu-luc.xlsx");
    writeFileSync(file, readFileSync(SAMPLE_XLSX));
    const run = phuluc("report", file, "--period", "q1", "-o", file, "--force");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("đó chính là tệp phụ lục");
    expect(readFileSync(file).equals(readFileSync(SAMPLE_XLSX))).toBe(true);
  });
});

describe("phuluc report: files it cannot read", () => {
  test("a missing file: JSON error not-found, exit 2", () => {
    const file = path.join(folder, "khong-co.xlsx");
    const run = phuluc("report", file, "--period", "q1", "--format", "json");
    expect(run.code).toBe(2);
    expect(errorReportSchema.parse(JSON.parse(run.stdout)).error.code).toBe("not-found");
    expect(run.stderr).toContain(`không đọc được “${file}”: tệp không tồn tại.`);
  });

  test("a damaged workbook: JSON error damaged, exit 2", () => {
    const file = path.join(place("damaged"), "hong.xlsx");
    writeFileSync(file, "PK\u0003\u0004 broken");
    const run = phuluc("report", file, "--period", "q1", "--format", "json");
    expect(run.code).toBe(2);
    expect(errorReportSchema.parse(JSON.parse(run.stdout)).error.code).toBe("damaged");
  });
});

describe("phuluc report and the settings sheet", () => {
  test("the workbook's “Cài đặt báo cáo” sets the period's window; a day it cannot read is said with its cell", async () => {
    const workbook = new ExcelJS.Workbook();
    const appendix = workbook.addWorksheet("Phụ lục");
    for (const line of TRACKED_CSV.split("\n")) {
      // The fixture's fields hold no commas except inside quoted amounts.
      const fields = line.match(/("[^"]*"|[^,]*)(,|$)/g) ?? [];
      appendix.addRow(fields.map((field) => field.replace(/,$/, "").replace(/^"|"$/g, "")));
    }
    const settings = workbook.addWorksheet("Cài đặt báo cáo");
    settings.addRow(["Kỳ báo cáo", "Từ ngày", "Đến ngày", "Hạn gửi"]);
    settings.addRow(["Quý I", "01/01", "31/03", "05/04"]);
    settings.addRow(["Quý III", "32/13", "14/09", "20/09"]);
    const file = path.join(place("settings"), "co-cai-dat.xlsx");
    await workbook.xlsx.writeFile(file);

    const run = reportJson(file, "--period", "q1", "--year", "2025");
    expect(run.code).toBe(0);
    expect(run.report.window).toEqual({ from: "2025-01-01", to: "2025-03-31" });
    expect(run.report.due).toBe("2025-04-05");
    expect(run.stderr).toContain(
      "phuluc: lưu ý: trang “Cài đặt báo cáo”, ô B3: Không đọc được ngày “32/13”"
    );
  });
});

describe("phuluc report's start-up", () => {
  function chunksLoaded(...args: string[]) {
    const run = phulucWith({ preload: listLoads }, ...args);
    const chunks = (/loaded=(.*)/.exec(run.stderr)?.[1] ?? "").split(",").filter(Boolean);
    const code = chunks.map((chunk) => readFileSync(path.join(ROOT, "build", chunk), "utf8"));
    // A marker of the .xlsx writer's own code: the page breaks of a worksheet part.
    return { chunks, writer: code.some((text) => text.includes("manualBreakCount")) };
  }

  test("check loads none of the report's code; report --format json no .xlsx writer; -o loads it", () => {
    const check = chunksLoaded("check", SAMPLE_XLSX);
    expect(check.chunks).not.toContain("phuluc-report.js");
    const report = chunksLoaded("report", SAMPLE_XLSX, "--period", "q1", "--format", "json");
    expect(report.chunks).toContain("phuluc-report.js");
    expect(report.writer).toBe(false);
    const out = path.join(mkdtempSync(path.join(tmpdir(), "phuluc-report-load-")), "bc.xlsx");
    const written = chunksLoaded(
      "report",
      SAMPLE_XLSX,
      "--period",
      "q1",
      "--year",
      "2024",
      "-o",
      out
    );
    expect(written.writer).toBe(true);
    rmSync(path.dirname(out), { recursive: true, force: true });
  });
});
