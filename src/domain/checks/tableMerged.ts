import { Finding } from "../finding";
import { defineRule } from "./support/rule";

/** table.merged: cells merged down several rows of the table, which hide values from all but the first. */
export const tableMerged = defineRule({
  id: "table.merged",
  stage: "reader",
  severity: "warning",
  field: "cell",
  description: "Ô trong bảng không gộp qua nhiều dòng, vì khi đó chỉ dòng đầu có giá trị.",
  messages: {
    mergedCells: (range: string) =>
      `Các ô ${range} đang được gộp qua nhiều dòng; chỉ dòng đầu có giá trị.`,
    mergedCellsHint: "Bỏ gộp ô (Unmerge) và ghi giá trị vào từng dòng để kiểm tra được đúng.",
  },
});

/**
 * Merged areas (A1 ranges) that span rows below `lastHeadingRow`, the header's last sheet row: headings
 * merged down through the heading rows are the header's own.
 */
export function mergedAreaNotices(merges: readonly string[], lastHeadingRow: number): Finding[] {
  const findings: Finding[] = [];
  for (const range of merges) {
    const match = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(range.replace(/\$/g, ""));
    if (!match) continue;
    const top = Number(match[2]);
    const bottom = Number(match[4]);
    if (top > lastHeadingRow && bottom > top) {
      findings.push(
        tableMerged.finding(
          { row: top, cell: `${match[1]}${top}` },
          {
            message: tableMerged.messages.mergedCells(range),
            hint: tableMerged.messages.mergedCellsHint,
          }
        )
      );
    }
  }
  return findings;
}
