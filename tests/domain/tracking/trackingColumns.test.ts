import { describe, expect, test } from "@jest/globals";
import { readDelimited } from "../../../src/domain/delimitedText";
import { readAppendix } from "../../../src/domain/readAppendix";
import { trackingFieldOfHeader } from "../../../src/domain/reading/trackingColumns";
import { group, HEADER, headerWith, readTable, tableText, task } from "../../support/table";

/** A task row of the standard table with tracking cells after its seven. */
const tracked = (number: string, amount: string, ...cells: string[]) => [
  ...task(number, `Nhiệm vụ ${number}`, amount),
  ...cells,
];

describe("tracking headers", () => {
  test.each([
    ["Tiến độ", "progress"],
    ["TIẾN ĐỘ THỰC HIỆN", "progress"],
    ["Tình trạng", "progress"],
    ["Ngày hoàn thành", "completed"],
    ["Ngày HT", "completed"],
    ["Kinh phí đã sử dụng (đồng)", "spent"],
    ["Kinh phí đã chi", "spent"],
    ["Đã sử dụng", "spent"],
    ["Giải ngân", "spent"],
    ["Kết quả", "result"],
    ["Kết quả thực hiện", "result"],
    ["ket qua", "result"],
    // The bracket dropped leaves two spaces, which count as one.
    ["Kinh phí (đồng) đã sử dụng", "spent"],
    ["Số kinh phí đã sử dụng", "spent"],
    ["Ngày hoàn thành thực tế", "completed"],
    ["Ngày HT thực tế", "completed"],
    ["Mức độ hoàn thành", "progress"],
    // Alone on a header row it is Tiến độ; beside a Tiến độ it is Kết quả (see below).
    ["Tình hình thực hiện", "progress"],
  ])("%s heads %s", (text, field) => {
    expect(trackingFieldOfHeader(text)).toBe(field);
  });

  test.each(["Kết quả đầu ra", "Thời gian thực hiện", "Ghi chú", "Kinh phí"])(
    "%s is no tracking header",
    (text) => expect(trackingFieldOfHeader(text)).toBeNull()
  );
});

describe("reading the tracking columns", () => {
  const header = headerWith(
    "Kinh phí (đồng)",
    "Tiến độ",
    "Ngày hoàn thành",
    "Kinh phí đã sử dụng",
    "Kết quả"
  );

  test("a table without them has none, and its rows no tracking", () => {
    const appendix = readTable([group("1", "Chỉ đạo"), task("1.1", "Kế hoạch", "100")]);
    expect(appendix.tracking).toBeNull();
    expect(appendix.rows.map((row) => row.tracking)).toEqual([null, null]);
  });

  test("the four columns right of the table, and each row's cells read", () => {
    const appendix = readTable(
      [
        group("1", "Chỉ đạo"), // row 2
        tracked("1.1", "1.000.000", "Đã hoàn thành", "15/3/2025", "900.000", "Đã ban hành"), // row 3
        tracked("1.2", "500.000", "đang triển khai", "", "", ""), // row 4
      ],
      { header }
    );
    expect(appendix.tracking).toEqual({ progress: 8, completed: 9, spent: 10, result: 11 });
    expect(appendix.rows[0].tracking).toEqual({
      progress: null,
      progressText: "",
      completed: null,
      completedText: "",
      spent: { kind: "empty" },
      result: "",
    });
    expect(appendix.rows[1].tracking).toEqual({
      progress: "done",
      progressText: "Đã hoàn thành",
      completed: "2025-03-15",
      completedText: "15/3/2025",
      spent: { kind: "amount", value: 900_000 },
      result: "Đã ban hành",
    });
    expect(appendix.rows[2].tracking?.progress).toBe("in-progress");
  });

  test("Kinh phí đã sử dụng in the unit its header names", () => {
    const appendix = readTable([tracked("1", "1.000.000", "12,5")], {
      header: headerWith("Kinh phí (đồng)", "Kinh phí đã sử dụng (triệu đồng)"),
    });
    expect(appendix.tracking).toEqual({ spent: 8 });
    expect(appendix.rows[0].tracking?.spent).toEqual({ kind: "amount", value: 12_500_000 });
  });

  test("Thời gian thực hiện is the schedule and a Tiến độ after the table is tracking", () => {
    const appendix = readTable([tracked("1", "100", "Xong")], {
      header: headerWith("Kinh phí", "Tiến độ"),
    });
    expect(appendix.columns.schedule).toBe(6);
    expect(appendix.tracking).toEqual({ progress: 8 });
    expect(appendix.rows[0].schedule).toBe("Quý I/2025");
    expect(appendix.rows[0].tracking?.progress).toBe("done");
  });

  test("a table whose only schedule heading is Tiến độ keeps it as its schedule", () => {
    const onlyTienDo = [...HEADER.slice(0, 5), "Tiến độ", "Kinh phí"];
    const appendix = readTable([task("1", "Kế hoạch", "100")], { header: onlyTienDo });
    expect(appendix.columns.schedule).toBe(6);
    expect(appendix.tracking).toBeNull();
    expect(appendix.rows[0].schedule).toBe("Quý I/2025");
  });

  test("Kinh phí đã sử dụng does not take the place of the table's Kinh phí", () => {
    const appendix = readTable([tracked("1", "1.000.000", "200.000")], {
      header: headerWith("Kinh phí", "Kinh phí đã sử dụng"),
    });
    expect(appendix.columns.budget).toBe(7);
    expect(appendix.amountColumns.map((column) => column.column)).toEqual([7]);
    expect(appendix.rows[0].amount).toEqual({ kind: "amount", value: 1_000_000 });
    expect(appendix.rows[0].tracking?.spent).toEqual({ kind: "amount", value: 200_000 });
  });

  test("a Tiến độ (%) column of Excel percentages: 1 done, 0.5 begun, 0 not started", () => {
    const grid = readDelimited(
      tableText([tracked("1", "100", ""), tracked("2", "100", ""), tracked("3", "100", "")], {
        header: headerWith("Kinh phí", "Tiến độ (%)"),
      }),
      "\t"
    );
    // The cells as Excel gives a column formatted as percentages: numbers, not "100%".
    [1, 0.5, 0].forEach((value, i) => (grid.rows[i + 1][7] = { value }));
    const appendix = readAppendix(grid);
    expect(appendix.tracking).toEqual({ progress: 8 });
    expect(appendix.rows.map((row) => row.tracking?.progress)).toEqual([
      "done",
      "in-progress",
      "not-started",
    ]);
  });

  test("headers written other ways: each column found, the table's Kinh phí kept", () => {
    const appendix = readTable(
      [tracked("1", "1.000.000", "Xong", "15/3/2025", "200.000", "Đã ban hành")],
      {
        header: headerWith(
          "Kinh phí (đồng)",
          "Mức độ hoàn thành",
          "Ngày HT thực tế",
          "Số kinh phí (đồng) đã sử dụng",
          "Kết quả thực hiện"
        ),
      }
    );
    expect(appendix.columns.budget).toBe(7);
    expect(appendix.amountColumns.map((column) => column.column)).toEqual([7]);
    expect(appendix.tracking).toEqual({ progress: 8, completed: 9, spent: 10, result: 11 });
    expect(appendix.rows[0].tracking).toMatchObject({
      progress: "done",
      completed: "2025-03-15",
      spent: { kind: "amount", value: 200_000 },
      result: "Đã ban hành",
    });
  });

  test("Tình hình thực hiện heads Tiến độ beside a Kết quả, wherever it stands", () => {
    const appendix = readTable([tracked("1", "100", "Đã ban hành", "Đang thực hiện")], {
      header: headerWith("Kinh phí", "Kết quả thực hiện", "Tình hình thực hiện"),
    });
    expect(appendix.tracking).toEqual({ result: 8, progress: 9 });
    expect(appendix.rows[0].tracking?.progress).toBe("in-progress");
  });

  test("Tình hình thực hiện heads Kết quả beside a Tiến độ, even one right of it", () => {
    const appendix = readTable([tracked("1", "100", "Đã ban hành", "Xong")], {
      header: headerWith("Kinh phí", "Tình hình thực hiện", "Tiến độ"),
    });
    expect(appendix.tracking).toEqual({ result: 8, progress: 9 });
    expect(appendix.rows[0].tracking?.result).toBe("Đã ban hành");
  });

  test("beside both, Tình hình thực hiện heads nothing", () => {
    const appendix = readTable([tracked("1", "100", "Xong", "Tốt", "Đã ban hành")], {
      header: headerWith("Kinh phí", "Tiến độ", "Tình hình thực hiện", "Kết quả"),
    });
    expect(appendix.tracking).toEqual({ progress: 8, result: 10 });
  });
});
