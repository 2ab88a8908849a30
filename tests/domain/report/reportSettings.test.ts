import { describe, expect, test } from "@jest/globals";
import { Grid } from "../../../src/domain/grid";
import { DEFAULT_PERIODS, PeriodRule } from "../../../src/domain/report/periods";
import { DEFAULT_SETTINGS, readReportSettings } from "../../../src/domain/report/reportSettings";

/** A grid of texts from A1; "" is an empty cell. */
function grid(rows: string[][], firstRow = 1, firstColumn = 1): Grid {
  return {
    firstRow,
    firstColumn,
    rows: rows.map((row) => row.map((text) => ({ value: text === "" ? null : text }))),
  };
}

const PERIOD_HEADER = ["Kỳ báo cáo", "Từ ngày", "Đến ngày", "Hạn gửi"];
const DEFAULT_ROWS = [
  ["Quý I", "15/12 năm trước", "14/03", "20/03"],
  ["6 tháng đầu năm", "15/12 năm trước", "14/06", "20/06"],
  ["Quý III", "15/06", "14/09", "20/09"],
  ["9 tháng đầu năm", "15/12 năm trước", "14/09", "20/09"],
  ["Năm", "15/12 năm trước", "14/12", "20/12"],
];
const period = (id: string) => DEFAULT_PERIODS.find((rule) => rule.id === id) as PeriodRule;

describe("readReportSettings", () => {
  test("blocks found by their labels wherever they were moved, in any case, with or without diacritics", () => {
    const read = readReportSettings(
      grid(
        [
          ["Ghi chú của văn phòng"],
          ["", "CACH GHI", "don vi"],
          ["", "VP-TK", "Văn phòng – Thống kê"],
          ["", "", ""],
          ["", "TN&TKQ", "Bộ phận Tiếp nhận và Trả kết quả"],
          [""],
          ["", "Kỳ báo cáo", "Từ ngày", "Đến ngày", "Hạn gửi"],
          ...DEFAULT_ROWS.slice()
            .reverse()
            .map((row) => ["", ...row]),
          [""],
          ["", "Địa danh:", "", "Thượng Lộ"],
          ["", "Co quan ban hanh", "UBND XÃ THƯỢNG LỘ"],
        ],
        3,
        2
      )
    );
    expect(read).toEqual({
      settings: {
        issuer: "UBND XÃ THƯỢNG LỘ",
        place: "Thượng Lộ",
        periods: DEFAULT_PERIODS,
        aliases: [
          { written: "VP-TK", unit: "Văn phòng – Thống kê" },
          { written: "TN&TKQ", unit: "Bộ phận Tiếp nhận và Trả kết quả" },
        ],
      },
      problems: [],
    });
  });

  test("a province's own dates; a start after the end is of the year before; other ways to write a day", () => {
    const read = readReportSettings(
      grid([
        PERIOD_HEADER,
        ["Quý 1", "16/12", "15.3", "22-3"],
        ["6 tháng", "16/12 nam truoc", "15/06/2025", "22/06"],
        ...DEFAULT_ROWS.slice(2),
      ])
    );
    expect(read.problems).toEqual([]);
    expect(read.settings.periods).toEqual([
      {
        ...period("q1"),
        from: { month: 12, day: 16, previousYear: true },
        to: { month: 3, day: 15 },
        due: { month: 3, day: 22 },
      },
      {
        ...period("h1"),
        from: { month: 12, day: 16, previousYear: true },
        to: { month: 6, day: 15 },
        due: { month: 6, day: 22 },
      },
      period("q3"),
      period("9m"),
      period("year"),
    ]);
    expect(read.settings.issuer).toBeNull();
    expect(read.settings.aliases).toEqual([]);
  });

  test("a row it cannot read keeps that period's default, and the problem names the cell", () => {
    const read = readReportSettings(
      grid([
        ["Cơ quan ban hành", ""],
        [],
        PERIOD_HEADER,
        ["Quý I", "15/12 năm trước", "31/02", "20/03"],
        ["6 tháng đầu năm", "15/12 năm trước", "", "20/06"],
        ["Quý III", "15/06", "14/09", "10/09"],
        ["Quý IV", "15/09", "14/12", "20/12"],
        ["Năm", "15/12 năm trước", "14/12", "20/12"],
        ["Năm", "01/01", "31/12", "31/12"],
      ])
    );
    expect(read.settings).toEqual(DEFAULT_SETTINGS);
    expect(read.problems).toEqual([
      {
        cell: "C4",
        message:
          "Không đọc được ngày “31/02” của kỳ Quý I: ghi dạng ngày/tháng, ví dụ 14/03 hoặc 15/12 năm trước. Kỳ này dùng ngày mặc định.",
      },
      { cell: "C5", message: "Kỳ 6 tháng đầu năm thiếu ngày: kỳ này dùng ngày mặc định." },
      {
        cell: "D6",
        message:
          "Kỳ Quý III có “Hạn gửi” trước “Đến ngày”, hoặc sang năm sau (chưa hỗ trợ): hạn gửi là một ngày sau khi kỳ kết thúc, trong năm kế hoạch. Kỳ này dùng ngày mặc định.",
      },
      {
        cell: "A7",
        message:
          "Không biết kỳ báo cáo “Quý IV”: các kỳ là Quý I, 6 tháng đầu năm, Quý III, 9 tháng đầu năm và Năm. Dòng này bị bỏ qua.",
      },
      { cell: "A9", message: "Kỳ Năm ghi hai lần: dùng dòng đầu tiên." },
      { cell: "A3", message: "Thiếu kỳ 9 tháng đầu năm: dùng ngày mặc định." },
    ]);
  });

  test("a window typed backwards is said at its start; a start late in the year is the year before's", () => {
    const read = readReportSettings(
      grid([
        PERIOD_HEADER,
        ["Quý I", "16/11", "14/03", "20/03"],
        ["6 tháng đầu năm", "15/12 năm trước", "14/06", "20/06"],
        ["Quý III", "15/09", "14/06", "20/06"],
        ["9 tháng đầu năm", "15/12 năm trước", "14/09 năm trước", "20/09"],
        ["Năm", "15/12 năm trước", "14/12", "20/12"],
      ])
    );
    expect(read.settings.periods.find((rule) => rule.id === "q1")).toMatchObject({
      from: { month: 11, day: 16, previousYear: true },
      to: { month: 3, day: 14 },
    });
    expect(read.problems).toEqual([
      {
        cell: "B4",
        message:
          "Kỳ Quý III có “Từ ngày” sau “Đến ngày”: nếu ngày đó thuộc năm trước, ghi thêm “năm trước” (ví dụ 15/12 năm trước). Kỳ này dùng ngày mặc định.",
      },
      {
        cell: "C5",
        message:
          "Kỳ 9 tháng đầu năm có “Đến ngày” trong năm trước: kỳ báo cáo kết thúc trong năm kế hoạch. Kỳ này dùng ngày mặc định.",
      },
    ]);
  });

  test("a sheet without the periods table keeps every default, said once", () => {
    const read = readReportSettings(grid([["Địa danh", "Thượng Lộ"]], 2, 3));
    expect(read.settings).toEqual({ ...DEFAULT_SETTINGS, place: "Thượng Lộ" });
    expect(read.problems).toEqual([
      {
        cell: "C2",
        message:
          "Không thấy bảng “Kỳ báo cáo | Từ ngày | Đến ngày | Hạn gửi”: các kỳ dùng ngày mặc định.",
      },
    ]);
  });

  test("an alias row with one side empty is left out and said", () => {
    const read = readReportSettings(
      grid([
        PERIOD_HEADER,
        ...DEFAULT_ROWS,
        [],
        ["Cách ghi", "Đơn vị"],
        ["VP-TK", ""],
        ["", "Tư pháp – Hộ tịch"],
        ["TP-HT", "Tư pháp – Hộ tịch"],
      ])
    );
    expect(read.settings.aliases).toEqual([{ written: "TP-HT", unit: "Tư pháp – Hộ tịch" }]);
    expect(read.problems).toEqual([
      { cell: "B9", message: "Cách ghi “VP-TK” chưa ghi đơn vị: dòng này bị bỏ qua." },
      { cell: "A10", message: "Đơn vị “Tư pháp – Hộ tịch” chưa ghi cách ghi: dòng này bị bỏ qua." },
    ]);
  });
});
