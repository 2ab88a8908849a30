import {
  CellDescription,
  RowDescription,
  SheetDescription,
} from "../../src/sheet/sheetDescription";

/*
 * Two report-like sheets with one chart each, for the chart tests of both writers: the tasks by status
 * as a pie, and the budget planned and spent by section as clustered columns.
 */

export const PROGRESS_SHEET = "Báo cáo quý I";
/** An apostrophe in a sheet name, doubled in a chart's references. */
export const BUDGET_SHEET = "Kinh phí Ea H'Leo";

export const STATUSES = ["Đã hoàn thành", "Đang thực hiện", "Chưa thực hiện", "Quá hạn"];
export const SECTIONS = [
  "I. Cải cách thể chế",
  "II. Cải cách thủ tục hành chính",
  "III. Cải cách tổ chức bộ máy",
];

function row(...cells: (CellDescription | undefined)[]): RowDescription {
  return { cells };
}

/** B4:C8: status and count; C7 is the formula =4 (a result the writer works out), C9 their sum. */
export function progressSheet(): SheetDescription {
  return {
    name: PROGRESS_SHEET,
    columns: [{ width: 4 }, { width: 24 }, { width: 14 }],
    rows: [
      row({ value: "TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH CCHC QUÝ I" }),
      row(),
      row(),
      row(undefined, { value: "Tình trạng" }, { value: "Số nhiệm vụ" }),
      row(undefined, { value: STATUSES[0] }, { value: 12 }),
      row(undefined, { value: STATUSES[1] }, { value: 7 }),
      row(undefined, { value: STATUSES[2] }, { formula: "=4" }),
      row(undefined, { value: STATUSES[3] }, { value: 3 }),
      row(undefined, { value: "Cộng" }, { formula: "=SUM(C5:C8)" }),
    ],
    merges: [],
    validations: [
      { range: "C5:C8", rule: { kind: "wholeNumber", min: 0 }, errorMessage: "Số nguyên" },
    ],
    print: {
      orientation: "landscape",
      paper: "A4",
      fitToWidth: true,
      margins: { top: 20, bottom: 20, left: 25, right: 15 },
      pageNumbers: { font: "Times New Roman", size: 13 },
    },
    charts: [
      {
        kind: "pie",
        title: "Tiến độ thực hiện nhiệm vụ",
        categories: "B5:B8",
        series: [{ name: "Số nhiệm vụ", values: "C5:C8" }],
        anchor: { from: "E3", to: "L20" },
        colors: ["70AD47", "4472C4", "FFC000", "A5A5A5"],
      },
    ],
  };
}

/** B4:D7: section, planned and spent (đồng). */
export function budgetSheet(): SheetDescription {
  return {
    name: BUDGET_SHEET,
    columns: [{ width: 4 }, { width: 34 }, { width: 14 }, { width: 14 }],
    rows: [
      row({ value: "KINH PHÍ THEO MỤC" }),
      row(),
      row(),
      row(undefined, { value: "Mục" }, { value: "Kế hoạch" }, { value: "Đã sử dụng" }),
      row(undefined, { value: SECTIONS[0] }, { value: 15_000_000 }, { value: 9_000_000 }),
      row(undefined, { value: SECTIONS[1] }, { value: 8_000_000 }, { value: 2_500_000 }),
      row(undefined, { value: SECTIONS[2] }, { value: 5_000_000 }, { value: 5_000_000 }),
    ],
    merges: [],
    validations: [],
    print: {
      orientation: "portrait",
      paper: "A4",
      fitToWidth: true,
      margins: { top: 20, bottom: 20, left: 30, right: 15 },
    },
    charts: [
      {
        kind: "column",
        title: "Kinh phí kế hoạch và đã sử dụng theo mục",
        categories: "B5:B7",
        series: [
          { name: "Kế hoạch", values: "C5:C7" },
          { name: "Đã sử dụng", values: "D5:D7" },
        ],
        anchor: { from: "B10", to: "H28" },
        colors: ["4472C4", "ED7D31"],
      },
    ],
  };
}
