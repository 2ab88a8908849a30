/** @jest-environment jsdom */
import { describe, expect, test } from "@jest/globals";
import { readDelimited } from "../../../src/domain/delimitedText";
import { tableHtmlToText } from "../../../src/taskpane/check/htmlTable";

const table = (rows: string) =>
  `<html><body><!--StartFragment--><table>${rows}</table></body></html>`;

describe("tables pasted from Word", () => {
  test("rows and cells become tab-separated lines", () => {
    expect(
      tableHtmlToText(table("<tr><td>TT</td><td>Nhiệm vụ</td></tr><tr><td>1</td><td>A</td></tr>"))
    ).toBe("TT\tNhiệm vụ\n1\tA");
  });

  test("HTML without a table is left to the ordinary paste", () => {
    expect(tableHtmlToText("<p>Kế hoạch</p>")).toBeNull();
  });

  test("a cell wholly bold or italic is marked, by tag or by Word's styles", () => {
    const text = tableHtmlToText(
      table(
        "<tr><td><p class=MsoNormal><b><span lang=VI>1</span></b></p></td>" +
          "<td><p><span style='font-weight:bold'>Chỉ đạo</span></p></td>" +
          "<td><p><i>Báo cáo</i></p></td>" +
          "<td><p><strong><em>Nhóm</em></strong></p></td>" +
          "<td><p>Một <b>chữ</b> đậm</p></td>" +
          "<td><b><span style='font-weight:normal'>thường</span></b></td></tr>"
      )
    );
    expect(text).toBe(
      "<b>1</b>\t<b>Chỉ đạo</b>\t<i>Báo cáo</i>\t<b><i>Nhóm</i></b>\tMột chữ đậm\tthường"
    );
    const [cells] = readDelimited(text ?? "", "\t").rows;
    expect(cells.map((cell) => [cell.value, cell.bold ?? false, cell.italic ?? false])).toEqual([
      ["1", true, false],
      ["Chỉ đạo", true, false],
      ["Báo cáo", false, true],
      ["Nhóm", true, true],
      ["Một chữ đậm", false, false],
      ["thường", false, false],
    ]);
  });

  test("paragraphs and line breaks stay lines of one cell; Word's source line breaks are spaces", () => {
    const text = tableHtmlToText(
      table(
        '<tr><td><p>- Kế hoạch\n  kiểm tra;</p><p>- Báo cáo "kết quả".</p></td><td>a<br>b</td><td>&nbsp;</td><td>x</td></tr>'
      )
    );
    expect(text).toBe('"- Kế hoạch kiểm tra;\n- Báo cáo ""kết quả""."\t"a\nb"\t\tx');
    const [cells] = readDelimited(text ?? "", "\t").rows;
    expect(cells.map((cell) => cell.value)).toEqual([
      '- Kế hoạch kiểm tra;\n- Báo cáo "kết quả".',
      "a\nb",
      null,
      "x",
    ]);
  });

  test("merged cells leave empty fields so that the columns stay in place", () => {
    const text = tableHtmlToText(
      table(
        "<tr><td>TT</td><td colspan=2>Bộ phận</td><td>Kinh phí</td></tr>" +
          "<tr><td rowspan=2>1</td><td>A</td><td>B</td><td>100</td></tr>" +
          "<tr><td>C</td><td>D</td><td>200</td></tr>" +
          "<tr><td>2</td><td>E</td><td>F</td><td>300</td></tr>"
      )
    );
    expect(text).toBe(
      ["TT\tBộ phận\t\tKinh phí", "1\tA\tB\t100", "\tC\tD\t200", "2\tE\tF\t300"].join("\n")
    );
  });

  test("a table inside a cell is that cell's text; tables one after another are one table", () => {
    const text = tableHtmlToText(
      "<table><tr><td>1</td><td><table><tr><td>x</td></tr></table></td></tr></table>" +
        "<p>trang sau</p><table><tr><td>2</td><td>y</td></tr></table>"
    );
    expect(text).toBe("1\tx\n2\ty");
  });
});
