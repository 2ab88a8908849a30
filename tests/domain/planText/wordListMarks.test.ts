import { describe, expect, test } from "@jest/globals";
import { importPlanText } from "../../../src/domain/planText/importPlanText";
import { withWordListMarks } from "../../../src/domain/planText/wordListMarks";

/** A plan's tasks as Word puts them on the clipboard: list numbers and bullets, then a tab. */
const FROM_WORD = [
  "II. NHIỆM VỤ TRỌNG TÂM",
  "1.\tCải cách thể chế",
  "a)\tRà soát văn bản quy phạm pháp luật",
  "-\tChủ trì: Công chức Tư pháp - Hộ tịch",
  "\uf0b7\tThời gian: Quý II/2025",
  "b)\tTheo dõi thi hành pháp luật",
  "o\tChủ trì: Văn phòng - Thống kê",
].join("\r\n");

describe("text copied from Word", () => {
  test("a list's number or bullet and its tab become the marker and a space", () => {
    expect(withWordListMarks(FROM_WORD).split("\r\n")).toEqual([
      "II. NHIỆM VỤ TRỌNG TÂM",
      "1. Cải cách thể chế",
      "a) Rà soát văn bản quy phạm pháp luật",
      "- Chủ trì: Công chức Tư pháp - Hộ tịch",
      "- Thời gian: Quý II/2025",
      "b) Theo dõi thi hành pháp luật",
      "+ Chủ trì: Văn phòng - Thống kê",
    ]);
  });

  test("table rows keep their tabs; a tab that follows no list marker is kept", () => {
    const table = "TT\tNhiệm vụ\tChủ trì\n1.\tRà soát\tTư pháp\nGhi chú:\txem phụ lục";
    expect(withWordListMarks(table)).toBe(table);
  });

  test("the importer reads the tasks of text copied from Word", () => {
    const rows = importPlanText(withWordListMarks(FROM_WORD)).rows;
    expect(rows.map((row) => [row.number, row.task, row.lead])).toEqual([
      ["1", "Cải cách thể chế", ""],
      ["1.1", "Rà soát văn bản quy phạm pháp luật", "Công chức Tư pháp - Hộ tịch"],
      ["1.2", "Theo dõi thi hành pháp luật", "Văn phòng - Thống kê"],
    ]);
    expect(rows[1].schedule).toBe("Quý II/2025");
  });
});
