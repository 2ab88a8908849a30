/**
 * Consolidation at a province's scale: 500 appendices of 150 rows (each commune's own title block,
 * leads spelled several ways), written as .xlsx files, then `phuluc consolidate` over all of them:
 * wall time and peak memory against the targets of 10 s and 300 MiB.
 */
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import { GridCell } from "../src/domain/grid";
import { SheetDescription } from "../src/sheet/sheetDescription";
import { writeSheets } from "../src/xlsx/writeSheet";
import { label, runCommand, trackedAppendix, verdict } from "./benchFiles";

const SOURCES = 500;
const ROWS = 150;
const TARGET_MS = 10_000;
const TARGET_MIB = 300;

/** One commune's appendix as a sheet: its title block above the generated table. */
function communeSheet(rows: GridCell[][], commune: number): SheetDescription {
  const titleBlock = [
    "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2025",
    `(Kèm theo Kế hoạch số ${commune}/KH-UBND ngày 06 tháng 01 năm 2025 của UBND xã Số ${commune})`,
  ];
  return {
    name: "Phụ lục",
    columns: [],
    rows: [
      ...titleBlock.map((value) => ({ cells: [{ value }] })),
      ...rows.map((cells) => ({
        cells: cells.map((cell) => ({
          value: typeof cell?.value === "boolean" ? String(cell.value) : (cell?.value ?? null),
          style: cell?.bold ? { bold: true } : undefined,
        })),
      })),
    ],
    merges: [],
    validations: [],
  };
}

export async function consolidateSection(): Promise<void> {
  const folder = mkdtempSync(path.join(tmpdir(), "phuluc-bench-consolidate-"));
  try {
    const rows = trackedAppendix(ROWS);
    const files: string[] = [];
    for (let commune = 1; commune <= SOURCES; commune++) {
      const file = path.join(folder, `xa-${commune}.xlsx`);
      writeFileSync(file, await writeSheets([communeSheet(rows, commune)]));
      files.push(file);
    }
    const run = runCommand("consolidate", [...files, "--format", "json"]);
    if (run.exit !== 0 && run.exit !== 1)
      throw new Error(`phuluc consolidate exited ${run.exit}: ${run.stderr}`);
    process.stdout.write(
      `\nConsolidation of ${SOURCES} appendices of ${ROWS} rows (.xlsx)\n\n` +
        `${label("phuluc consolidate --format json")}${(run.ms / 1000).toFixed(2)} s, ` +
        `${run.peakMiB.toFixed(0)} MiB; target < ${TARGET_MS / 1000} s and ${TARGET_MIB} MiB: ` +
        `${verdict(run.ms < TARGET_MS && run.peakMiB < TARGET_MIB)}\n`
    );
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
