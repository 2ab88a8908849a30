import { describe, expect, test } from "@jest/globals";
import { readFileSync } from "fs";
import path from "path";
import { importPlanText } from "../../../src/domain/planText/importPlanText";

/*
 * The plan of xã Thượng Lộ for 2020 (samples/ke-hoach-thuong-lo-2020.txt): a narrative plan whose appendix follows its signature as a table,
 * tab-separated with the <b> and <i> of the document it was converted from. The table is the plan's
 * appendix: its rows are the import's, read as `check` reads a table; the narrative is unused.
 */
const PLAN_FILE = path.resolve(__dirname, "../../../samples/ke-hoach-thuong-lo-2020.txt");
const imported = importPlanText(readFileSync(PLAN_FILE, "utf8"));
const byNumber = (number: string) => imported.rows.filter((row) => row.number === number);

describe("importPlanText on the plan of xã Thượng Lộ (2020), whose appendix is a table after the signature", () => {
  test("the sections 1 to 7 of the table, in order, without their tags", () => {
    const sections = imported.rows.filter((row) => /^\d+$/.test(row.number));
    expect(sections.map((row) => [row.number, row.task])).toEqual([
      ["1", "CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH CCHC"],
      ["2", "TỔ CHỨC THỰC HIỆN VĂN BẢN QPPL TẠI ĐỊA PHƯƠNG"],
      ["3", "CẢI CÁCH TTHC"],
      ["4", "CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH"],
      ["5", "XÂY DỰNG VÀ NÂNG CAO CHẤT LƯỢNG ĐỘI NGŨ CÁN BỘ, CÔNG CHỨC"],
      ["6", "CẢI CÁCH TÀI CHÍNH CÔNG"],
      ["7", "HIỆN ĐẠI HÓA HÀNH CHÍNH"],
    ]);
    expect(sections[0].amount).toBe(12_900_000);
    expect(sections.every((row) => row.section)).toBe(true);
  });

  test("a task's fields, column by column", () => {
    expect(byNumber("1.1")).toEqual([
      expect.objectContaining({
        task: "Ban hành kế hoạch CCHC đạt yêu cầu theo hướng dẫn của cơ quan cấp trên",
        lead: "Tư pháp – Hộ tịch",
        partners: "Các ban, ngành có liên quan",
        product: "Kế hoạch CCHC năm 2020",
        schedule: "Trước 10/01/2020",
        amount: null,
        section: false,
      }),
    ]);
    // The sub-items the table leaves without a TT keep none.
    const afterReports = imported.rows.findIndex((row) => row.number === "1.2");
    expect(imported.rows[afterReports + 1]).toMatchObject({
      number: "",
      task: "Báo cáo định kỳ hàng quý, 6 tháng, năm về CCHC",
      lead: "Tư pháp – Hộ tịch",
      partners: "Bộ phận TN&TKQ",
    });
    // The last rows of the table, 7.4.1 to the second 7.4.3, as the table numbers them.
    expect(imported.rows.slice(-4).map((row) => row.number)).toEqual([
      "7.4.1",
      "7.4.2",
      "7.4.3",
      "7.4.3",
    ]);
  });

  test("the narrative, its signature and the table's title are listed unused; the table's lines are used", () => {
    const unused = imported.unused.map((line) => line.text);
    expect(unused).toContain("I. MỤC TIÊU, YÊU CẦU");
    expect(unused).toContain("Nơi nhận:");
    expect(unused).toContain("PHỤ LỤC");
    expect(unused.some((line) => line.includes("\t"))).toBe(false);
  });
});

describe("the narrative of xã Thượng Lộ's plan alone (its table taken away)", () => {
  const full = readFileSync(PLAN_FILE, "utf8");
  const narrative = importPlanText(full.slice(0, full.indexOf("PHỤ LỤC")));

  test("each area of part II is a section; its 'b) Nhiệm vụ' bullets are its tasks, its 'a) Chỉ tiêu' none", () => {
    const sections = narrative.rows.filter((row) => /^\d+$/.test(row.number));
    expect(sections.map((row) => row.task)).toEqual([
      "Cải cách thể chế",
      "Cải cách thủ tục hành chính",
      "Cải cách tổ chức bộ máy hành chính",
      "Xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức",
      "Cải cách tài chính công",
      "Hiện đại hóa nền hành chính",
      "Công tác chỉ đạo, điều hành",
    ]);
    // The bullets under each "b) Nhiệm vụ", counted in the text.
    const tasksOf = (section: string) =>
      narrative.rows.filter((row) => row.number.startsWith(`${section}.`)).length;
    expect(["1", "2", "3", "4", "5", "6", "7"].map(tasksOf)).toEqual([2, 7, 5, 4, 2, 8, 7]);
    expect(narrative.rows.find((row) => row.number === "1.1")?.task).toMatch(
      /^Xây dựng và thực hiện tốt kế hoạch kiểm tra, xử lý văn bản quy phạm pháp luật/
    );
  });

  test("the targets are listed unused, with their points", () => {
    const unused = narrative.unused.map((line) => line.text);
    expect(unused.filter((line) => line === "a) Chỉ tiêu")).toHaveLength(7);
    expect(unused).toContain(
      "- Thực hiện tinh giản biên chế theo lộ trình phù hợp với tình hình thực tế tại địa phương."
    );
  });
});
