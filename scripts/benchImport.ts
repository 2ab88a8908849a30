/**
 * The import of a plan's text at a hundred pages: a narrative plan of parts, sections, lettered points,
 * bullets, label lines, page numbers and running headers, timed in memory (importPlanText, median of
 * runs after a warm-up) against its target, and `phuluc import --format json` on it as a file.
 */
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import { performance } from "perf_hooks";
import { importPlanText } from "../src/domain/planText/importPlanText";
import { label, median, runCommand, verdict } from "./benchFiles";

const PAGES = 100;
/** Lines a printed page of a plan holds, about. */
const LINES_PER_PAGE = 40;
const RUNS = 7;
const TARGET_MS = 200;

/** A plan of about `pages` pages, its sections written as communes write them. */
export function hundredPagePlan(pages = PAGES): string {
  const lines = [
    "ỦY BAN NHÂN DÂN XÃ EA TÂN",
    "Số: 05/KH-UBND",
    "Ea Tân, ngày 10 tháng 01 năm 2024",
    "KẾ HOẠCH",
    "Cải cách hành chính năm 2024",
    "Căn cứ Kế hoạch số 12/KH-UBND của Ủy ban nhân dân huyện về cải cách hành chính năm 2024;",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "- Nâng cao chất lượng phục vụ người dân, doanh nghiệp.",
    "II. NỘI DUNG, NHIỆM VỤ",
  ];
  let section = 0;
  while (lines.length < pages * LINES_PER_PAGE) {
    section++;
    lines.push(`${section}. Nhóm nhiệm vụ cải cách hành chính số ${section}`);
    for (const letter of ["a", "b", "c", "d", "đ"]) {
      lines.push(
        `${letter}) Rà soát, đánh giá và triển khai nhiệm vụ ${letter} của nhóm ${section}, bảo đảm đúng quy định`,
        "- Tổ chức thực hiện nhiệm vụ theo kế hoạch, báo cáo kết quả định kỳ cho Ban chỉ đạo,",
        "",
        String(Math.floor(lines.length / LINES_PER_PAGE) + 1),
        "Kế hoạch cải cách hành chính năm 2024",
        "",
        "đồng thời đề xuất giải pháp khắc phục những hạn chế.",
        "- Bộ phận chủ trì: Văn phòng - Thống kê",
        "- Bộ phận phối hợp: Tư pháp - Hộ tịch; Tài chính - Kế toán",
        `- Thời gian thực hiện: Quý ${["I", "II", "III", "IV"][section % 4]}/2024`,
        "- Kinh phí: 2.500.000 đồng"
      );
    }
  }
  lines.push(
    "III. TỔ CHỨC THỰC HIỆN",
    "Văn phòng - Thống kê theo dõi, đôn đốc.",
    "Nơi nhận:",
    "- Lưu: VT."
  );
  return lines.join("\n");
}

export function importSection(): void {
  const text = hundredPagePlan();
  importPlanText(text); // warm-up: the first run also compiles
  const runs: number[] = [];
  let rows = 0;
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    rows = importPlanText(text).rows.length;
    runs.push(performance.now() - start);
  }
  const ms = median(runs);
  const folder = mkdtempSync(path.join(tmpdir(), "phuluc-bench-import-"));
  try {
    const file = path.join(folder, "ke-hoach.txt");
    writeFileSync(file, text);
    const command = runCommand("import", [file, "--format", "json"]);
    if (command.exit !== 0)
      throw new Error(`phuluc import exited ${command.exit}: ${command.stderr}`);
    process.stdout.write(
      `\nImport of a ${PAGES}-page plan (${text.split("\n").length.toLocaleString("en")} lines, ` +
        `${(text.length / 1024).toFixed(0)} kB, ${rows.toLocaleString("en")} rows), median of ${RUNS} runs\n\n` +
        `${label("importPlanText")}${ms.toFixed(1)} ms; target < ${TARGET_MS} ms: ${verdict(ms < TARGET_MS)}\n` +
        `${label("phuluc import --format json")}${command.ms.toFixed(0)} ms, ${command.peakMiB.toFixed(0)} MiB\n`
    );
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
