import { spawnSync } from "child_process";
import { mkdtempSync, rmSync, statSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import { performance } from "perf_hooks";
import { bombWorkbook, hostileInputs, rowsWorkbook } from "./hostileInputs";

/**
 * `phuluc check` on files, as an officer or a batch runs it: beside LibreOffice converting the same
 * file, on hostile inputs, at start-up, and printing a very long report. Each figure is printed with its
 * target; nothing here fails a test.
 */

const root = path.resolve(__dirname, "..");
const COMMAND = path.join(root, "build", "phuluc.js");
const PEAK = path.join(root, "scripts", "reportPeakMemory.js");
const MiB = 1024 * 1024;

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

/** One run of the built command, its wall time and peak resident memory. */
export function runCheck(args: string[]): Run {
  const start = performance.now();
  const child = spawnSync(process.execPath, ["-r", PEAK, COMMAND, "check", ...args], {
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

const verdict = (met: boolean) => (met ? "met" : "NOT MET");
const label = (text: string) => `${text}:`.padEnd(46);

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
