import { spawnSync } from "child_process";
import { mkdtempSync, rmSync, statSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import { performance } from "perf_hooks";
import { GridCell } from "../src/domain/grid";
import { bombWorkbook, hostileInputs, rowsWorkbook } from "./hostileInputs";
import { syntheticAppendix } from "./syntheticAppendix";

/**
 * `phuluc check` on files, as an officer or a batch runs it: beside LibreOffice converting the same
 * file, on hostile inputs, at start-up, and printing a very long report. Each figure is printed with its
 * target; nothing here fails a test.
 */

const root = path.resolve(__dirname, "..");
const COMMAND = path.join(root, "build", "phuluc.js");
const PEAK = path.join(root, "scripts", "reportPeakMemory.js");
const MiB = 1024 * 1024;

/** The plan's year of the generated appendices: their schedules and tracking dates fall in it. */
export const PLAN_YEAR = 2025;
/**
 * Thời gian thực hiện cells of the forms real plans write (DESIGN.md), each with a day a task of that
 * form may be done on, inside its span; "Chậm nhất ngày 30/6" is done late.
 */
const SCHEDULES: readonly [schedule: string, done: string][] = [
  ["Quý I/2025", "25/03/2025"],
  ["quý III năm 2025", "10/09/2025"],
  ["Tháng 6 năm 2025", "28/06/2025"],
  ["6 tháng đầu năm", "15/06/2025"],
  ["Thường xuyên trong năm", "14/06/2025"],
  ["Hàng tháng", "14/06/2025"],
  ["02 lần/tháng", "14/06/2025"],
  ["Quý II/2025 ban hành kế hoạch; tháng 11 năm 2025 sơ kết", "30/06/2025"],
  ["Chậm nhất ngày 30/6/2025", "05/07/2025"],
  ["Khi có yêu cầu", "20/05/2025"],
  ["Sau khi văn bản có hiệu lực", "20/05/2025"],
  ["Theo kế hoạch của UBND tỉnh", "20/05/2025"],
];
/** Lead units as offices write them: one unit several ways, and a cell naming two. */
const LEADS = [
  "Văn phòng – Thống kê",
  "VP-TK",
  "Tư pháp – Hộ tịch",
  "Công chức Tài chính – Kế toán",
  "Bộ phận TN&TKQ",
  "Văn hóa – Xã hội",
  "CC VP - TK, Công chức Tài Chính – Kế toán.",
];
const TRACKING_HEADERS = ["Tiến độ", "Ngày hoàn thành", "Kinh phí đã sử dụng (đồng)", "Kết quả"];

/**
 * The synthetic appendix with what a report reads: varied schedules (every third task a deadline of its
 * own day, "Trước 14/2/2025", so that there are hundreds of distinct cells to read), varied leads, and
 * the tracking columns, filled on four tasks in five (two done, one in progress, one not started).
 */
export function trackedAppendix(size: number): GridCell[][] {
  const rows = syntheticAppendix(size);
  rows[0].push(...TRACKING_HEADERS.map((value) => ({ value, bold: true })));
  let task = 0;
  for (const cells of rows.slice(1)) {
    if (cells[0]?.bold || cells[0]?.value === null || cells[0]?.value === undefined) continue;
    task++;
    const amount = cells[6].value as number;
    const month = 1 + (task % 12);
    const day = 1 + (task % 28);
    const [schedule, doneOn] =
      task % 3 === 0
        ? [
            `Trước ${day}/${month}/2025`,
            `${String(day).padStart(2, "0")}/${String(month).padStart(2, "0")}/2025`,
          ]
        : SCHEDULES[Math.floor(task / 3) % SCHEDULES.length];
    cells[2] = { value: LEADS[task % LEADS.length] };
    cells[5] = { value: schedule };
    const done = ["Đã hoàn thành", doneOn, Math.round(amount / 2), "Đã thực hiện"];
    const tracking: (string | number | null)[][] = [
      done,
      ["Đang thực hiện", null, Math.round(amount / 4), null],
      done,
      ["Chưa thực hiện", null, null, null],
      [null, null, null, null],
    ];
    cells.push(...tracking[task % tracking.length].map((value) => ({ value })));
  }
  return rows;
}

export interface Run {
  ms: number;
  peakMiB: number;
  exit: number | null;
  stderr: string;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** One run of `phuluc check`, its wall time and peak resident memory. */
export function runCheck(args: string[]): Run {
  return runCommand("check", args);
}

/** One run of a command of the built CLI, its wall time and peak resident memory. */
export function runCommand(command: string, args: string[]): Run {
  const start = performance.now();
  const child = spawnSync(process.execPath, ["-r", PEAK, COMMAND, command, ...args], {
    encoding: "utf8",
    maxBuffer: 1024 * MiB,
    stdio: ["ignore", "ignore", "pipe"],
  });
  const ms = performance.now() - start;
  const rss = /peak-rss-kib=(\d+)/.exec(child.stderr);
  if (!rss) throw new Error(`phuluc did not finish: ${child.stderr}`);
  return { ms, peakMiB: Number(rss[1]) / 1024, exit: child.status, stderr: child.stderr };
}

function medianRun(args: string[], runs: number): Run {
  const all = Array.from({ length: runs }, () => runCheck(args));
  return {
    ...all[0],
    ms: median(all.map((run) => run.ms)),
    peakMiB: Math.max(...all.map((run) => run.peakMiB)),
  };
}

export const verdict = (met: boolean) => (met ? "met" : "NOT MET");
export const label = (text: string) => `${text}:`.padEnd(46);

/** LibreOffice headless converting the file to CSV, with its own fresh profile (made before timing). */
function libreOfficeMs(file: string, runs: number): number | null {
  const soffice = ["/usr/bin/soffice", "/usr/bin/libreoffice"].find((candidate) => {
    try {
      return statSync(candidate).isFile();
    } catch {
      return false;
    }
  });
  if (!soffice) return null;
  const profile = mkdtempSync(path.join(tmpdir(), "phuluc-bench-lo-"));
  const out = mkdtempSync(path.join(tmpdir(), "phuluc-bench-csv-"));
  const convert = () =>
    spawnSync(
      soffice,
      [
        `-env:UserInstallation=file://${profile}`,
        "--headless",
        "--convert-to",
        "csv",
        "--outdir",
        out,
        file,
      ],
      { encoding: "utf8" }
    );
  try {
    convert(); // the first start writes the profile
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      const result = convert();
      times.push(performance.now() - start);
      if (result.status !== 0) return null;
    }
    return median(times);
  } finally {
    rmSync(profile, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  }
}

/** `phuluc check` on the 10,000-row appendix beside LibreOffice converting it. */
export function besideLibreOffice(file: string): void {
  const check = medianRun([file, "--format", "json"], 7);
  const office = libreOfficeMs(file, 3);
  process.stdout.write(
    `\nphuluc check beside LibreOffice ${"(soffice --headless --convert-to csv)"} on ${path.basename(file)}\n\n`
  );
  process.stdout.write(`${label("phuluc check, median of 7")}${check.ms.toFixed(0)} ms\n`);
  if (office === null) {
    process.stdout.write(`${label("LibreOffice")}not installed: no ratio\n`);
  } else {
    const ratio = check.ms / office;
    process.stdout.write(
      `${label("LibreOffice, median of 3")}${office.toFixed(0)} ms\n` +
        `${label("ratio")}${ratio.toFixed(2)}× (target ≤ 0.35×, aim 0.25×): ${verdict(ratio <= 0.35)}\n`
    );
  }
  process.stdout.write(
    `${label("phuluc check, peak memory")}${check.peakMiB.toFixed(0)} MiB (target ≤ 120 MiB): ${verdict(check.peakMiB <= 120)}\n`
  );
}

/** Start-up: the 120-row sample beside a bare `node -e ""`. */
export function startUp(): void {
  const sample = path.join(root, "samples", "thuong-lo-2020.xlsx");
  const runs = 15;
  const bare: number[] = [];
  const check: number[] = [];
  for (let i = 0; i < runs; i++) {
    let start = performance.now();
    spawnSync(process.execPath, ["-e", ""]);
    bare.push(performance.now() - start);
    start = performance.now();
    spawnSync(process.execPath, [COMMAND, "check", sample], { stdio: "ignore" });
    check.push(performance.now() - start);
  }
  const ratio = median(check) / median(bare);
  process.stdout.write(
    `\nStart-up, median of ${runs} alternating runs\n\n` +
      `${label('node -e ""')}${median(bare).toFixed(0)} ms\n` +
      `${label("phuluc check, 120-row sample")}${median(check).toFixed(0)} ms\n` +
      `${label("ratio")}${ratio.toFixed(2)}× (target ≤ 2.5×): ${verdict(ratio <= 2.5)}\n`
  );
}

/** Hostile inputs: refused (or read) within their time and memory, never stuck. */
export function hostile(): void {
  const folder = mkdtempSync(path.join(tmpdir(), "phuluc-bench-hostile-"));
  try {
    process.stdout.write("\nHostile inputs (exit 2 = refused with a message)\n\n");
    const show = (name: string, run: Run, ms: number, mib: number) =>
      process.stdout.write(
        `${label(name)}${run.ms.toFixed(0)} ms, ${run.peakMiB.toFixed(0)} MiB, exit ${run.exit} ` +
          `(target ≤ ${ms.toLocaleString("en")} ms and ${mib} MiB): ${verdict(run.ms <= ms && run.peakMiB <= mib)}\n`
      );
    const bomb = path.join(folder, "bomb.xlsx");
    const bombBytes = bombWorkbook(200 * MiB);
    writeFileSync(bomb, bombBytes);
    show(
      `200 MB of sheet XML in ${(bombBytes.length / 1024).toFixed(0)} KB`,
      runCheck([bomb]),
      3000,
      200
    );
    const million = path.join(folder, "million.xlsx");
    const millionBytes = rowsWorkbook(1_000_000);
    writeFileSync(million, millionBytes);
    show(
      `1,000,000 rows in ${(millionBytes.length / MiB).toFixed(0)} MB`,
      runCheck([million]),
      10_000,
      400
    );
    let slowest = { name: "", ms: 0 };
    let count = 0;
    for (const input of hostileInputs()) {
      if (input.bytes.length > MiB) continue;
      const file = path.join(folder, input.name);
      writeFileSync(file, input.bytes);
      const run = runCheck([file]);
      count++;
      if (run.ms > slowest.ms) slowest = { name: input.name, ms: run.ms };
    }
    process.stdout.write(
      `${label(`slowest of ${count} corpus inputs ≤ 1 MB`)}${slowest.ms.toFixed(0)} ms (${slowest.name}) ` +
        `(target ≤ 2,000 ms): ${verdict(slowest.ms <= 2000)}\n`
    );
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** A report of 130,000 findings: one task row each without its lead unit. */
export function longReport(): void {
  const folder = mkdtempSync(path.join(tmpdir(), "phuluc-bench-report-"));
  try {
    const rows = 130_000;
    const lines = ["TT\tNhiệm vụ\tChủ trì\tPhối hợp\tSản phẩm\tThời gian\tKinh phí"];
    for (let i = 1; i <= rows; i++) lines.push(`${i}\tNhiệm vụ ${i}\t\t\tBáo cáo\tQuý I\t`);
    const file = path.join(folder, "long.tsv");
    writeFileSync(file, `${lines.join("\n")}\n`);
    const run = runCheck([file]);
    process.stdout.write(
      `\nText report of ${rows.toLocaleString("en")} findings (one per row), to /dev/null\n\n` +
        `${label("phuluc check")}${run.ms.toFixed(0)} ms, ${run.peakMiB.toFixed(0)} MiB, exit ${run.exit} ` +
        `(target: finishes, ≤ 500 MiB): ${verdict(run.exit !== 2 && run.peakMiB <= 500)}\n`
    );
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * `phuluc report` on FILE beside `phuluc check` on it, runs alternating so that both meet the same
 * machine: the JSON report, and the summary with the three sheets written (-o, replacing the last run's).
 */
export function reportBesideCheck(file: string, year: number, runs: number): void {
  const folder = mkdtempSync(path.join(tmpdir(), "phuluc-bench-report-out-"));
  try {
    const out = path.join(folder, "bao-cao.xlsx");
    const report = ["--period", "year", "--year", String(year)];
    const times = { check: [] as number[], json: [] as number[], written: [] as number[] };
    let peak = { json: 0, written: 0 };
    for (let i = 0; i < runs; i++) {
      const check = runCheck([file, "--format", "json"]);
      const json = runCommand("report", [file, ...report, "--format", "json"]);
      const written = runCommand("report", [file, ...report, "-o", out, "--force"]);
      for (const [name, run] of [
        ["report --format json", json],
        ["report -o", written],
      ] as const) {
        if (run.exit !== 0) throw new Error(`phuluc ${name} exited ${run.exit}: ${run.stderr}`);
      }
      times.check.push(check.ms);
      times.json.push(json.ms);
      times.written.push(written.ms);
      peak = {
        json: Math.max(peak.json, json.peakMiB),
        written: Math.max(peak.written, written.peakMiB),
      };
    }
    const check = median(times.check);
    const ratio = (ms: number) => ms / check;
    process.stdout.write(
      `\nphuluc report (--period year) beside phuluc check on ${path.basename(file)}, median of ${runs} alternating runs\n\n` +
        `${label("phuluc check --format json")}${check.toFixed(0)} ms\n`
    );
    for (const [name, ms, mib] of [
      ["phuluc report --format json", median(times.json), peak.json],
      ["phuluc report -o (three sheets)", median(times.written), peak.written],
    ] as const) {
      process.stdout.write(
        `${label(name)}${ms.toFixed(0)} ms, ${mib.toFixed(0)} MiB: ${ratio(ms).toFixed(2)}× check ` +
          `(target < 1.5×): ${verdict(ratio(ms) < 1.5)}\n`
      );
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
