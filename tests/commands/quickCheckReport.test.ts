import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import {
  DIALOG_LIFETIME_MS,
  dialogUrl,
  failureReport,
  showReport,
} from "../../src/commands/quickCheckDialog";
import {
  dialogMessage,
  MAX_FRAGMENT,
  MAX_PROBLEMS,
  QuickCheckReport,
  readDialogMessage,
  reportFragment,
  reportMessage,
  shorten,
} from "../../src/quickcheck/quickCheckReport";
import { readReportFragment, readReportMessage } from "../../src/quickcheck/readReport";
import { FakeDialogUi, OFFICE_ENUMS } from "./support/fakeDialog";

/*
 * The report of "Kiểm tra nhanh" on its way to the dialog: as JSON for messageChild, or in the
 * fragment of the dialog's address, short enough for the oldest webview; and the dialog's lifetime.
 */

const LONG_MESSAGE =
  "Cộng mục không khớp: số ghi ở dòng này là 11.900.000 đồng nhưng tổng các nhiệm vụ bên dưới là " +
  "12.900.000 đồng, chênh lệch 1.000.000 đồng; có thể một nhiệm vụ đã đổi kinh phí mà cộng mục chưa " +
  "được sửa theo, hoặc cộng mục được gõ tay thay vì dùng công thức. ".repeat(3);

function checked(problems: number, message = LONG_MESSAGE): QuickCheckReport {
  return {
    kind: "checked",
    sheet: "Phụ lục KH CCHC 2025 (bản 2)",
    errors: 17,
    warnings: 3,
    notes: 40,
    problems: Array.from({ length: problems }, (_, i) => ({
      severity: "error" as const,
      cell: `G${12 + i}`,
      number: `${i + 1}.2`,
      message,
    })),
    selected: "G12",
  };
}

describe("the report in the dialog's address", () => {
  test("a short report goes whole and comes back the same", () => {
    const report = checked(2, "Thiếu Bộ phận chủ trì.");
    const fragment = reportFragment(report);
    expect(fragment).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(readReportFragment(`#${fragment}`)).toEqual(report);
    expect(readReportFragment(fragment)).toEqual(report);
  });

  test("Office's _host_info after the report is ignored", () => {
    const report = checked(1, "Số thứ tự “2,2,1” viết sai.");
    const fragment = reportFragment(report);
    expect(readReportFragment(`#${fragment}?_host_info=Excel$Win32$16.01$vi-VN$$$$0`)).toEqual(
      report
    );
    expect(
      readReportFragment(`#${fragment}&_host_info=Excel|Win32|16.01|vi-VN|x|isDialog`)
    ).toEqual(report);
  });

  test("five long messages are shortened to fit, the counts kept", () => {
    const report = checked(MAX_PROBLEMS);
    expect(reportMessage(report).length).toBeGreaterThan(MAX_FRAGMENT);
    const fragment = reportFragment(report);
    expect(fragment.length).toBeLessThanOrEqual(MAX_FRAGMENT);
    const back = readReportFragment(fragment);
    expect(back).toMatchObject({ kind: "checked", errors: 17, warnings: 3, notes: 40 });
    const problems = back?.kind === "checked" ? back.problems : [];
    expect(problems.length).toBeGreaterThan(0);
    for (const [i, problem] of problems.entries()) {
      expect(problem.cell).toBe(`G${12 + i}`);
      expect(problem.message.endsWith("…")).toBe(true);
      expect(LONG_MESSAGE.startsWith(problem.message.slice(0, -1))).toBe(true);
    }
  });

  test("when even short messages do not fit, the last problems are left out", () => {
    const fragment = reportFragment(checked(MAX_PROBLEMS), 700);
    expect(fragment.length).toBeLessThanOrEqual(700);
    const back = readReportFragment(fragment);
    const problems = back?.kind === "checked" ? back.problems : [];
    expect(problems.length).toBeLessThan(MAX_PROBLEMS);
    expect(back).toMatchObject({ errors: 17, selected: "G12" });
  });

  test("a long Excel error is shortened too", () => {
    const report = failureReport(`Excel báo lỗi: ${"x".repeat(3_000)}`);
    expect(report.kind === "failed" && Array.from(report.message).length).toBe(400);
    const back = readReportFragment(reportFragment(report, 300));
    expect(back?.kind).toBe("failed");
  });

  test("anything else in the address is no report", () => {
    for (const hash of ["", "#", "#!!!", "#abc", "#eyJraW5kIjoib3RoZXIifQ"])
      expect(readReportFragment(hash)).toBeNull();
    // Valid JSON that is not a report: a wrong count, a cell that is no cell.
    const wrong = { ...checked(1, "x"), errors: -1 };
    expect(readReportMessage(JSON.stringify(wrong))).toBeNull();
    const notACell = checked(1, "x");
    if (notACell.kind === "checked") notACell.problems[0].cell = "<b>";
    expect(readReportMessage(JSON.stringify(notACell))).toBeNull();
    expect(readReportMessage("{")).toBeNull();
  });

  test("shorten cuts at a word's end and marks the cut", () => {
    expect(shorten("ngắn", 10)).toBe("ngắn");
    expect(shorten("Cộng mục không khớp với tổng", 20)).toBe("Cộng mục không khớp…");
    expect(Array.from(shorten("x".repeat(50), 10))).toHaveLength(10);
  });
});

describe("the dialog's address and messages", () => {
  test("the page beside the function file, without its query", () => {
    expect(dialogUrl("https://localhost:3000/commands.html?_host_info=a$b", null)).toBe(
      "https://localhost:3000/quickcheck.html"
    );
    expect(dialogUrl("https://may-chu.ubnd-xa.gov.vn/phuluc/commands.html", "abc")).toBe(
      "https://may-chu.ubnd-xa.gov.vn/phuluc/quickcheck.html#abc"
    );
  });

  test("the page's messages", () => {
    expect(readDialogMessage(dialogMessage({ type: "ready" }))).toEqual({ type: "ready" });
    expect(readDialogMessage(dialogMessage({ type: "close" }))).toEqual({ type: "close" });
    for (const text of ["", "true", "null", "{}", '{"type":"open"}'])
      expect(readDialogMessage(text)).toBeNull();
  });
});

describe("showReport", () => {
  const globals = globalThis as unknown as Record<string, unknown>;
  const report = checked(1, "Thiếu Bộ phận chủ trì.");

  beforeAll(() => {
    globals.Office = { ...OFFICE_ENUMS };
  });
  afterAll(() => {
    delete globals.Office;
  });

  const host = (ui: FakeDialogUi, sets: string[], lifetimeMs?: number) => ({
    ui,
    supportsSet: (name: string, version: string) => sets.includes(`${name} ${version}`),
    base: "https://localhost:3000/commands.html",
    lifetimeMs,
  });

  test("closes a dialog left open before Office ends the command (five minutes)", async () => {
    expect(DIALOG_LIFETIME_MS).toBeLessThan(5 * 60_000);
    const ui = new FakeDialogUi();
    ui.page = null;
    const outcome = await showReport(report, host(ui, ["DialogApi 1.1", "DialogApi 1.2"], 20));
    expect(outcome).toEqual({ kind: "expired" });
    expect(ui.dialogs[0].closed).toBe(1);
    // A late Đóng changes nothing.
    ui.dialogs[0].fromPage({ type: "close" });
    expect(ui.dialogs[0].closed).toBe(1);
  });

  test("no DialogApi 1.1, or no ui: no dialog", async () => {
    const ui = new FakeDialogUi();
    await expect(showReport(report, host(ui, []))).resolves.toEqual({ kind: "unsupported" });
    await expect(
      showReport(report, { ...host(ui, ["DialogApi 1.1"]), ui: undefined })
    ).resolves.toEqual({ kind: "unsupported" });
    expect(ui.dialogs).toEqual([]);
  });

  test("DialogApi 1.1 alone: the report in the fragment; a page that still asks gets nothing", async () => {
    const ui = new FakeDialogUi();
    ui.messageChild = false;
    ui.page = (dialog) => {
      dialog.fromPage({ type: "ready" });
      dialog.fromPage({ type: "close" });
    };
    await expect(showReport(report, host(ui, ["DialogApi 1.1"]))).resolves.toEqual({
      kind: "closed",
    });
    expect(readReportFragment(new URL(ui.dialogs[0].url).hash)).toEqual(report);
  });

  test("DialogApi 1.2: nothing in the address, the report by messageChild once the page asks", async () => {
    const ui = new FakeDialogUi();
    await expect(showReport(report, host(ui, ["DialogApi 1.1", "DialogApi 1.2"]))).resolves.toEqual(
      { kind: "closed" }
    );
    expect(ui.dialogs[0].url).toBe("https://localhost:3000/quickcheck.html");
    expect(ui.dialogs[0].sent.map(readReportMessage)).toEqual([report]);
  });
});
