import { AppendixPlan, BLANK_REFERENCE, PlanItem } from "../../src/domain/appendixPlan";
import { appendixSheet, AppendixSheet } from "../../src/sheet/appendixSheet";
import { unitsRange } from "../../src/sheet/unitsSheet";

const TASKS_PER_GROUP = 9;

/**
 * An appendix plan of about `rows` item rows: groups 1, 2, … of nine tasks 1.1 … 1.9 with amounts; some
 * tasks are lines starting "- " (text Excel would take for a formula unless the cell is text).
 */
export function samplePlan(rows: number): AppendixPlan {
  const items: PlanItem[] = [];
  let written = 0;
  for (let group = 1; written < rows; group++) {
    const children: PlanItem[] = [];
    for (let task = 1; task <= TASKS_PER_GROUP && written + children.length + 1 < rows; task++) {
      children.push({
        number: `${group}.${task}`,
        task:
          task % 3 === 0
            ? `- Kế hoạch thực hiện nhiệm vụ ${group}.${task}`
            : `Thực hiện nhiệm vụ cải cách hành chính ${group}.${task}`,
        lead: "Văn phòng – Thống kê",
        partners: "Các ban, ngành có liên quan",
        product: "Báo cáo kết quả",
        schedule: "Quý I/2025",
        amount: 100_000 * (((group * 7 + task) % 40) + 1),
        children: [],
      });
    }
    items.push({
      number: String(group),
      task: `NHÓM NHIỆM VỤ ${group}`,
      lead: "",
      partners: "",
      product: "",
      schedule: "",
      amount: null,
      children,
    });
    written += children.length + 1;
  }
  return {
    title: "Nhiệm vụ cải cách hành chính năm 2025 và dự trù kinh phí thực hiện",
    reference: { ...BLANK_REFERENCE, year: "2025" },
    items,
  };
}

/** The appendix sheet as the add-in writes it, for about `rows` item rows. */
export function sampleAppendix(rows: number, name = "Phụ lục"): AppendixSheet {
  return appendixSheet(samplePlan(rows), name, unitsRange("Danh mục"));
}
