import { describe, expect, test } from "@jest/globals";
import { importPlanText } from "../../src/domain/planText/importPlanText";
import { importedAppendix } from "../../src/usecases/importPlan";

const PLAN = [
  "ỦY BAN NHÂN DÂN XÃ EA TÂN",
  "Số: 15/KH-UBND",
  "Ea Tân, ngày 28 tháng 12 năm 2024",
  "KẾ HOẠCH",
  "Cải cách hành chính năm 2025",
  "II. NHIỆM VỤ",
  "1. Cải cách thể chế",
  "a) Rà soát văn bản",
  "- Chủ trì: Tư pháp - Hộ tịch",
  "- Kinh phí: 2.000.000 đồng",
  "b) Tuyên truyền pháp luật",
  "- Chủ trì: Văn hóa - Xã hội",
  "- Kinh phí: Lồng ghép",
].join("\n");

describe("importedAppendix: the appendix of an imported plan", () => {
  const imported = importPlanText(PLAN);
  const made = importedAppendix(imported.rows, imported.heading, { reference: {} });

  test("the reference line from the plan's heading: its number alone, date, issuer, year", () => {
    expect(made?.plan.reference).toEqual({
      planNumber: "15",
      day: "28",
      month: "12",
      year: "2024",
      issuer: "ỦY BAN NHÂN DÂN XÃ EA TÂN",
    });
    expect(made?.plan.title).toContain("2025");
  });

  test("a Kinh phí written in words is kept as written, not as an amount", () => {
    const [section] = made?.plan.items ?? [];
    expect(section.children.map((item) => [item.number, item.amount, item.amountNote])).toEqual([
      ["1.1", 2_000_000, undefined],
      ["1.2", null, "Lồng ghép"],
    ]);
  });

  test("what the officer gives wins over the heading", () => {
    const given = importedAppendix(imported.rows, imported.heading, {
      year: "2026",
      reference: { planNumber: "99", issuer: "UBND xã Khác" },
    });
    expect(given?.plan.reference).toMatchObject({ planNumber: "99", issuer: "UBND xã Khác" });
    expect(importedAppendix([], {}, { reference: {} })).toBeNull();
  });
});
