import { describe, expect, test } from "@jest/globals";
import { importPlanText } from "../../../src/domain/planText/importPlanText";
import { findingRowIndex, importFindings } from "../../../src/taskpane/create/importFindings";
import { checkAppendix } from "../../../src/domain/checkAppendix";
import { readAppendix } from "../../../src/domain/readAppendix";
import { importedAppendix, importGrid } from "../../../src/usecases/importPlan";

/** Two sections with budgets on their tasks, none on the sections, no total; a task with no lead. */
const PLAN = [
  "II. NHIỆM VỤ",
  "1. Cải cách thể chế",
  "a) Rà soát văn bản",
  "- Chủ trì: Công chức Tư pháp - Hộ tịch",
  "- Kinh phí: 2.000.000 đồng",
  "b) Theo dõi thi hành pháp luật",
  "- Thời gian: Quý IV/2025",
  "2. Cải cách thủ tục hành chính",
  "a) Công khai thủ tục hành chính",
  "- Chủ trì: Văn phòng - Thống kê",
  "- Kinh phí: 1.500.000 đồng",
].join("\n");

describe("the findings shown on an imported table", () => {
  const { rows } = importPlanText(PLAN);
  const all = importedAppendix(rows, {}, { reference: {} })?.findings ?? [];

  test("leave out the sums the new sheet writes itself, which the table read alone lacks", () => {
    const raw = new Set(
      checkAppendix(readAppendix(importGrid(rows))).map((finding) => finding.rule)
    );
    expect(raw.has("subtotal.blank")).toBe(true);
    expect(raw.has("total.missing")).toBe(true);
    const shown = importFindings(all).map((finding) => finding.rule);
    expect(shown).not.toContain("subtotal.blank");
    expect(shown).not.toContain("total.missing");
    expect(shown.length).toBeGreaterThan(0);
  });

  test("are at the rows they name, errors first", () => {
    const shown = importFindings(all);
    const required = shown.find((finding) => finding.rule === "field.required");
    expect(required).toBeDefined();
    // The task without a Chủ trì: 1.2, the third row read.
    expect(rows[findingRowIndex(required!)].number).toBe("1.2");
    const order = { error: 0, warning: 1, info: 2 };
    const ranks = shown.map((finding) => order[finding.severity]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });
});
