/**
 * Prints how long checking takes, for generated appendices of 1,000, 10,000 and 50,000 rows:
 * the core check in memory, and `phuluc check` on an .xlsx file (wall time and peak memory).
 *
 *   npm run bench
 */
import { spawnSync } from "child_process";
import ExcelJS from "exceljs";
import { mkdirSync } from "fs";
import path from "path";
import { performance } from "perf_hooks";
import { checkAppendix } from "../src/domain/checkAppendix";
import { Grid, GridCell } from "../src/domain/grid";
import { readAppendix } from "../src/domain/readAppendix";
import { syntheticAppendix } from "./syntheticAppendix";

const root = path.resolve(__dirname, "..");
const SIZES = [1_000, 10_000, 50_000];
const CORE_RUNS = 7;
const CLI_RUNS = 5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function timeCore(grid: Grid): { ms: number; errors: number } {
  let errors = 0;
  checkAppendix(readAppendix(grid)); // warm-up: the first run also compiles
  const runs: number[] = [];
  for (let i = 0; i < CORE_RUNS; i++) {
    const start = performance.now();
    const findings = checkAppendix(readAppendix(grid));
    runs.push(performance.now() - start);
    errors = findings.filter((finding) => finding.severity !== "info").length;
  }
  return { ms: median(runs), errors };
}

async function writeXlsx(rows: GridCell[][], file: string) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Phụ lục");
  rows.forEach((cells, i) => {
    const row = sheet.getRow(i + 1);
    for (let column = 0; column < 7; column++) {
      const cell = cells[column];
      if (!cell || cell.value === null) continue;
      row.getCell(column + 1).value = cell.value;
      if (cell.bold) row.getCell(column + 1).font = { bold: true };
      if (typeof cell.value === "number") row.getCell(column + 1).numFmt = "#,##0";
    }
  });
  await workbook.xlsx.writeFile(file);
}

function timeCommand(file: string): { ms: number; peakMiB: number; exit: number | null } {
  const runs: number[] = [];
  let peak = 0;
  let exit: number | null = null;
  for (let i = 0; i < CLI_RUNS; i++) {
    const start = performance.now();
    const child = spawnSync(
      process.execPath,
      [
        "-r",
        path.join(root, "scripts", "reportPeakMemory.js"),
        path.join(root, "build", "phuluc.js"),
        "check",
        file,
        "--format",
        "json",
      ],
      { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 }
    );
    runs.push(performance.now() - start);
    exit = child.status;
    const rss = /peak-rss-kib=(\d+)/.exec(child.stderr);
    if (!rss) throw new Error(`phuluc did not finish: ${child.stderr}`);
    peak = Math.max(peak, Number(rss[1]) / 1024);
  }
  return { ms: median(runs), peakMiB: peak, exit };
}

async function main() {
  const folder = path.join(root, ".bench");
  mkdirSync(folder, { recursive: true });
  const line = (cells: (string | number)[]) =>
    cells.map((cell, i) => String(cell).padStart(i === 0 ? 8 : 14)).join("");
  process.stdout.write(
    `Node ${process.version}, median of ${CORE_RUNS} core runs and ${CLI_RUNS} command runs\n\n`
  );
  process.stdout.write(
    `${line(["rows", "core ms", "core µs/row", "phuluc ms", "phuluc MiB", "findings"])}\n`
  );
  for (const size of SIZES) {
    const rows = syntheticAppendix(size);
    const core = timeCore({ firstRow: 1, firstColumn: 1, rows });
    const file = path.join(folder, `appendix-${size}.xlsx`);
    await writeXlsx(rows, file);
    const command = timeCommand(file);
    if (command.exit !== 0)
      throw new Error(`phuluc check exited ${command.exit} on a correct appendix (${file})`);
    process.stdout.write(
      `${line([
        rows.length - 2,
        core.ms.toFixed(1),
        ((core.ms * 1000) / size).toFixed(2),
        command.ms.toFixed(0),
        command.peakMiB.toFixed(0),
        core.errors,
      ])}\n`
    );
  }
  process.stdout.write(
    "\nTargets: core check of 10,000 rows < 30 ms; phuluc check of 10,000 rows < 500 ms and 150 MiB.\n"
  );
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`
  );
  process.exitCode = 1;
});
