import { describe, expect, test } from "@jest/globals";
import { readFileSync } from "fs";
import path from "path";
import { analyseAppendix } from "../../src/domain/analysis";
import { AppendixPlan, planFromTable, PlanReference } from "../../src/domain/appendixPlan";
import { readDelimited } from "../../src/domain/delimitedText";
import { Grid } from "../../src/domain/grid";
import {
  differenceText,
  planDifferences,
  SourceTable,
  sourceItems,
} from "../../src/domain/planDifferences";
import { readAppendix } from "../../src/domain/readAppendix";
import { readTitleBlock } from "../../src/domain/titleBlock";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { group, headerWith, Row, subHeadings, tableText, task, total } from "../support/table";

const TITLE = "Kế hoạch cải cách hành chính năm 2025";
const REFERENCE: PlanReference = {
  planNumber: "15",
  day: "03",
  month: "01",
  year: "2025",
  issuer: "UBND phường An Khánh",
};
const ABOVE: Row[] = [
  ["PHỤ LỤC"],
  [TITLE],
  ["(Kèm theo Kế hoạch số 15/KH-UBND ngày 03 tháng 01 năm 2025 của UBND phường An Khánh)"],
];
/** A table that agrees with itself. */
const CORRECT: Row[] = [
  group("1", "Công tác chỉ đạo", "3.000.000"),
  task("1.1", "Ban hành kế hoạch", "1.000.000"),
  task("1.2", "Kiểm tra", "2.000.000"),
  total("3.000.000"),
];

function sourceOf(grid: Grid): SourceTable {
  const appendix = readAppendix(grid);
  return { appendix, titleBlock: readTitleBlock(grid, appendix.headerRow - grid.firstRow) };
}

const sourceTable = (rows: readonly Row[], above: Row[] = ABOVE, header?: Row) =>
  sourceOf(readDelimited(tableText(rows, { above, header }), "\t"));

/** The plan of the table with the source's title block, as rebuilding with nothing given makes it. */
function keptPlan(source: SourceTable, reference: PlanReference = REFERENCE): AppendixPlan {
  return planFromTable(source.appendix, source.titleBlock.title ?? TITLE, reference);
}

const texts = (source: SourceTable, plan: AppendixPlan) =>
  planDifferences(source, plan).changes.map((change) => change.text);

describe("planDifferences", () => {
  test("a correct table rebuilt with its own title block: nothing differs but the format", () => {
    const source = sourceTable(CORRECT);
    expect(planDifferences(source, keptPlan(source))).toEqual({
      kept: "Giữ như bảng gốc: tiêu đề, số kế hoạch, ngày ký và cơ quan ban hành.",
      changes: [],
    });
  });

  test("the sample: its title block kept, the total and two amounts moved, three rows renumbered", () => {
    const [sheet] = readWorkbook(
      readFileSync(path.join(__dirname, "..", "..", "samples", "thuong-lo-2020.xlsx"))
    );
    const source = sourceOf(sheet.grid);
    const plan = keptPlan(source, {
      planNumber: "01",
      day: "06",
      month: "01",
      year: "2020",
      issuer: "UBND xã Thượng Lộ",
    });
    // The numbers the use case gives the rows (planFor numbers them afresh).
    const renumber: Record<string, string> = { "2,2,1": "2.2.1" };
    const seen = new Map<string, number>();
    for (const { item, node } of sourceItems(source.appendix, plan)) {
      const before = node.row.numberText;
      seen.set(before, (seen.get(before) ?? 0) + 1);
      if (renumber[before]) item.number = renumber[before];
      if (before === "5.1.2" && seen.get(before) === 2) item.number = "5.1.3";
      if (before === "7.4.3" && seen.get(before) === 2) item.number = "7.4.4";
    }
    const differences = planDifferences(source, plan);
    // The analysis the use case shares gives the same differences; one of another table is refused.
    expect(planDifferences(source, plan, analyseAppendix(source.appendix))).toEqual(differences);
    const other = sourceTable(CORRECT);
    expect(() => planDifferences(source, plan, analyseAppendix(other.appendix))).toThrow(
      "another appendix"
    );
    expect(differences.kept).toBe(
      "Giữ như bảng gốc: tiêu đề, số kế hoạch, ngày ký và cơ quan ban hành."
    );
    expect(differences.changes).toEqual([
      {
        kind: "total",
        text:
          "Tổng cộng: bảng gốc ghi 34.900.000 đồng; phụ lục mới là 33.900.000 đồng, vì mỗi cộng " +
          "mục nay là công thức cộng các mục con của nó.",
      },
      {
        kind: "amounts",
        text:
          "Kinh phí đổi ở 2 dòng: mục 1: 12.900.000 → 11.900.000 (cộng các mục con); mục 5.2: " +
          "18.000.000 → để trống (số này là cộng mục của mục 5, nay mục 5 cộng các mục con).",
      },
      {
        kind: "renumbered",
        text: "Đánh lại số thứ tự 3 dòng: 2,2,1 → 2.2.1; 5.1.2 → 5.1.3; 7.4.3 → 7.4.4.",
      },
    ]);
  });

  test("a table with nothing above its header and no total: the standard title block, a total added", () => {
    const source = sourceTable(CORRECT.slice(0, 3), []);
    const plan = planFromTable(source.appendix, TITLE, {
      ...REFERENCE,
      planNumber: "…",
      day: "…",
      month: "…",
      issuer: "…",
    });
    expect(planDifferences(source, plan)).toEqual({
      kept: null,
      changes: [
        {
          kind: "title-block",
          text:
            "Bảng gốc không ghi tiêu đề, số kế hoạch, ngày ký và cơ quan ban hành; phụ lục mới ghi " +
            "tiêu đề “KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2025”, số kế hoạch …, ký ngày … tháng … năm 2025 " +
            "và cơ quan ban hành … (“…” là chỗ để điền sau).",
        },
        {
          kind: "total",
          text: "Bảng gốc không có dòng Tổng cộng; phụ lục mới thêm dòng Tổng cộng: 3.000.000 đồng.",
        },
      ],
    });
  });

  test("what the officer typed over the source's title block is said part by part; case is no difference in the title", () => {
    const source = sourceTable(CORRECT);
    const plan = planFromTable(source.appendix, TITLE.toUpperCase(), {
      ...REFERENCE,
      planNumber: "16",
      day: "28",
      month: "12",
      year: "2024",
    });
    expect(planDifferences(source, plan)).toEqual({
      kept: "Giữ như bảng gốc: tiêu đề và cơ quan ban hành.",
      changes: [
        { kind: "title-block", text: "Số kế hoạch: bảng gốc ghi 15; phụ lục mới ghi 16." },
        {
          kind: "title-block",
          text: "Ngày ký: bảng gốc ghi ngày 03 tháng 01 năm 2025; phụ lục mới ghi ngày 28 tháng 12 năm 2024.",
        },
      ],
    });
    const retitled = planFromTable(source.appendix, "Kế hoạch CCHC 2025", REFERENCE);
    expect(texts(source, retitled)).toEqual([
      "Tiêu đề: bảng gốc ghi “KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2025”; phụ lục mới ghi “KẾ HOẠCH CCHC 2025”.",
    ]);
  });

  test("Kinh phí split into sources: the columns not carried over are named", () => {
    const rows: Row[] = [
      [
        "1",
        "Ban hành kế hoạch",
        "Văn phòng",
        "Các ban",
        "Kế hoạch",
        "Quý I",
        "1.000.000",
        "1.000.000",
      ],
      ["", "Tổng cộng", "", "", "", "", "1.000.000", "1.000.000"],
    ];
    const source = sourceOf(
      readDelimited(
        tableText([subHeadings("Tổng số", "Ngân sách xã"), ...rows], {
          above: ABOVE,
          header: headerWith("Kinh phí", ""),
        }),
        "\t"
      )
    );
    expect(texts(source, keptPlan(source))).toEqual([
      "Bảng gốc chia kinh phí thành nhiều cột; phụ lục mới chỉ có một cột Kinh phí, lấy từ cột " +
        "“Tổng số”. Cột “Ngân sách xã” không được chép sang: hãy thêm lại nếu cần.",
    ]);
  });

  test("amounts that cannot be read are kept as text; formulas that came to an error are lost", () => {
    const source = sourceTable([
      group("1", "Công tác chỉ đạo"),
      task("1.1", "Ban hành kế hoạch", "1.2OO.OOO"),
      task("1.2", "Kiểm tra", "#REF!"),
      task("1.3", "Tuyên truyền", "500.000"),
      total("500.000"),
    ]);
    expect(texts(source, keptPlan(source))).toEqual([
      "Kinh phí là công thức lỗi hoặc chưa tính ở 1 dòng, phụ lục mới để trống: mục 1.2 (#REF!).",
      "Kinh phí không đọc được là số ở 1 dòng, giữ nguyên chữ như bảng gốc và không được cộng vào " +
        "cộng mục, Tổng cộng: mục 1.1 “1.2OO.OOO”.",
    ]);
  });

  test("amounts in thousands of đồng are written in đồng", () => {
    const source = sourceTable(
      [group("1", "Công tác chỉ đạo", "3.000"), task("1.1", "Kiểm tra", "3.000"), total("3.000")],
      ABOVE,
      headerWith("Kinh phí (nghìn đồng)")
    );
    expect(texts(source, keptPlan(source))).toEqual([
      "Bảng gốc ghi kinh phí theo nghìn đồng; phụ lục mới ghi bằng đồng.",
    ]);
  });

  test("a number written otherwise is renumbered; a dot after it or a leading zero is format", () => {
    const source = sourceTable([
      group("1.", "Công tác chỉ đạo", "3.000.000"),
      task("01.1", "Ban hành kế hoạch", "1.000.000"),
      task("1,2", "Kiểm tra", "2.000.000"),
      total("3.000.000"),
    ]);
    expect(texts(source, keptPlan(source))).toEqual(["Đánh lại số thứ tự 1 dòng: 1,2 → 1.2."]);
  });

  test("more than three rows are counted, the first three named", () => {
    const rows: Row[] = [1, 2, 3, 4, 5].map((n) => task(String(n), `Việc ${n}`, "1.000"));
    const source = sourceTable([...rows, total("5.000")]);
    const plan = keptPlan(source);
    plan.items.forEach((item, i) => (item.number = String(i + 2)));
    expect(texts(source, plan)).toEqual([
      `Đánh lại số thứ tự 5 dòng: 1 → 2; 2 → 3; 3 → 4; ${differenceText.more}.`,
    ]);
  });
});
