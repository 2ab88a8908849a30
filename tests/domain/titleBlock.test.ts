import { describe, expect, test } from "@jest/globals";
import { readFileSync } from "fs";
import path from "path";
import { readDelimited } from "../../src/domain/delimitedText";
import { readAppendix } from "../../src/domain/readAppendix";
import { readTitleBlock } from "../../src/domain/titleBlock";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { SAMPLE_TITLE_BLOCK } from "../support/sampleTitleBlock";

const HEADER = "TT\tNhiệm vụ\tChủ trì\tPhối hợp\tSản phẩm\tThời gian\tKinh phí";

function blockOf(lines: string[]) {
  const grid = readDelimited([...lines, HEADER].join("\n"), "\t");
  return readTitleBlock(grid, lines.length);
}

describe("readTitleBlock", () => {
  test("the sample's title block: title over two lines, the plan's number, date and issuer", () => {
    const [sheet] = readWorkbook(
      readFileSync(path.join(__dirname, "..", "..", "samples", "thuong-lo-2020.xlsx"))
    );
    const appendix = readAppendix(sheet.grid);
    expect(readTitleBlock(sheet.grid, appendix.headerRow - sheet.grid.firstRow)).toEqual(
      SAMPLE_TITLE_BLOCK
    );
  });

  test("a date written with slashes, an appendix numbered, a unit line, capitals in the reference", () => {
    expect(
      blockOf([
        "Phụ lục 02",
        "Kế hoạch cải cách hành chính năm 2025",
        "(KÈM THEO KẾ HOẠCH SỐ 15/KH-UBND NGÀY 3/1/2025 CỦA ỦY BAN NHÂN DÂN PHƯỜNG AN KHÁNH)",
        "ĐVT: đồng",
      ])
    ).toEqual({
      title: "Kế hoạch cải cách hành chính năm 2025",
      year: "2025",
      reference: {
        planNumber: "15",
        day: "03",
        month: "01",
        year: "2025",
        issuer: "ỦY BAN NHÂN DÂN PHƯỜNG AN KHÁNH",
      },
    });
  });

  test("a table with nothing above its header says nothing", () => {
    expect(blockOf([])).toEqual({ title: null, year: null, reference: {} });
  });

  test("a blank form's reference line gives nothing", () => {
    expect(
      blockOf(["PHỤ LỤC", "(Kèm theo Kế hoạch số …/KH-UBND ngày … tháng … năm … của …)"]).reference
    ).toEqual({});
  });
});
