import { describe, expect, test } from "@jest/globals";
import { chooseSheet } from "../../src/cli/loadSheet";
import { InputError } from "../../src/cli/inputError";
import { Grid } from "../../src/domain/grid";
import { Workbook } from "../../src/xlsx/readWorkbook";
import { CORRECT_TABLE_CSV } from "../support/phulucCommand";

const grid = (rows: string[][]): Grid => ({
  firstRow: 1,
  firstColumn: 1,
  rows: rows.map((cells) => cells.map((value) => ({ value: value === "" ? null : value }))),
});
const APPENDIX = grid(
  CORRECT_TABLE_CSV.split("\n").map((line) => line.split(",").map((c) => c.replace(/"/g, "")))
);
const NOTES = grid([["Ghi chú"], ["Không phải phụ lục"]]);

/** A workbook whose sheets are grids, and which tells which sheets were read. */
function workbook(sheets: { name: string; hidden?: boolean; grid?: Grid }[]) {
  const read: string[] = [];
  const book: Workbook = {
    sheets: sheets.map(({ name, hidden }) => ({ name, hidden: hidden ?? false })),
    readSheet(name) {
      read.push(name);
      const sheet = sheets.find((s) => s.name === name);
      if (!sheet?.grid) throw new Error(`sheet ${name} must not be read`);
      return sheet.grid;
    },
  };
  return { book, read };
}

function inputError(run: () => unknown): InputError {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error("expected an InputError");
}

describe("chooseSheet", () => {
  test("reads visible sheets in order until one holds an appendix, and no further", () => {
    const { book, read } = workbook([
      { name: "Bìa", grid: NOTES },
      { name: "PL cũ", hidden: true },
      { name: "Phụ lục", grid: APPENDIX },
      { name: "Sau" },
    ]);
    const chosen = chooseSheet(book);
    expect(chosen.sheet).toBe("Phụ lục");
    expect(chosen.appendix.rows.length).toBeGreaterThan(0);
    expect(read).toEqual(["Bìa", "Phụ lục"]);
  });

  test("--sheet reads that sheet only, hidden or not, matching case and NFC loosely", () => {
    const { book, read } = workbook([
      { name: "Phụ lục" },
      { name: "PL ẩn", hidden: true, grid: APPENDIX },
    ]);
    expect(chooseSheet(book, "pl ẩn".normalize("NFD")).sheet).toBe("PL ẩn");
    expect(read).toEqual(["PL ẩn"]);
  });

  test("an appendix on a hidden sheet only: no-appendix, naming the hidden sheets", () => {
    const { book, read } = workbook([
      { name: "Bìa", grid: NOTES },
      { name: "PL ẩn", hidden: true, grid: APPENDIX },
    ]);
    const error = inputError(() => chooseSheet(book));
    expect(error.code).toBe("no-appendix");
    expect(error.message).toBe(
      "không tìm thấy bảng phụ lục (dòng tiêu đề có các cột TT, Nhiệm vụ, Kinh phí…) trong các " +
        "trang không ẩn; các trang ẩn (“PL ẩn”) không được xét, chọn bằng --sheet nếu cần."
    );
    expect(read).toEqual(["Bìa"]);
  });

  test("no-sheet for a name not there, no-appendix for a named sheet without one", () => {
    const { book } = workbook([{ name: "Bìa", grid: NOTES }]);
    expect(inputError(() => chooseSheet(book, "Phụ lục"))).toMatchObject({
      code: "no-sheet",
      message: "không có trang “Phụ lục”; các trang có: “Bìa”.",
    });
    expect(inputError(() => chooseSheet(book, "Bìa"))).toMatchObject({
      code: "no-appendix",
      message:
        "trang “Bìa” không có bảng phụ lục (dòng tiêu đề có các cột TT, Nhiệm vụ, Kinh phí…).",
    });
  });
});
