import { GridCell } from "../src/domain/grid";

const HEADER = [
  "TT",
  "Nhiệm vụ cụ thể",
  "Bộ phận chủ trì",
  "Bộ phận phối hợp",
  "Sản phẩm",
  "Thời gian thực hiện",
  "Kinh phí",
];
const TASKS_PER_GROUP = 9;
const GROUPS_PER_SECTION = 10;

/**
 * A correct appendix of about `rows` rows: sections 1, 2, … with groups 1.1, 1.2, … each holding tasks
 * 1.1.1 … 1.1.9 with amounts, every subtotal and the grand total right. Used to measure the checker.
 */
export function syntheticAppendix(rows: number): GridCell[][] {
  const grid: GridCell[][] = [HEADER.map((value) => ({ value, bold: true }))];
  let total = 0;
  for (let section = 1; grid.length < rows; section++) {
    const sectionRow: GridCell[] = [
      { value: String(section), bold: true },
      { value: `NHÓM NHIỆM VỤ ${section}`, bold: true },
    ];
    grid.push(sectionRow);
    let sectionSum = 0;
    for (let group = 1; group <= GROUPS_PER_SECTION && grid.length < rows; group++) {
      const groupRow: GridCell[] = [
        { value: `${section}.${group}`, bold: true },
        { value: `Nhóm việc ${section}.${group}`, bold: true },
      ];
      grid.push(groupRow);
      let groupSum = 0;
      for (let task = 1; task <= TASKS_PER_GROUP; task++) {
        const amount = 100_000 * (((section * 7 + group * 3 + task) % 40) + 1);
        groupSum += amount;
        grid.push([
          { value: `${section}.${group}.${task}` },
          { value: `Thực hiện nhiệm vụ cải cách hành chính ${section}.${group}.${task}` },
          { value: "Văn phòng – Thống kê" },
          { value: "Các ban, ngành có liên quan" },
          { value: "Báo cáo kết quả" },
          { value: "Thường xuyên trong năm" },
          { value: amount },
        ]);
      }
      groupRow[6] = { value: groupSum, bold: true };
      sectionSum += groupSum;
    }
    sectionRow[6] = { value: sectionSum, bold: true };
    total += sectionSum;
  }
  grid.push(
    [
      { value: null },
      { value: "Tổng cộng", bold: true },
      {},
      {},
      {},
      {},
      { value: total, bold: true },
    ].map((cell) => ({ value: null, ...cell }))
  );
  return grid;
}
