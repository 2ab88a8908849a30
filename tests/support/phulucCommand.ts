import { ChildProcess, spawn, spawnSync, StdioOptions } from "child_process";
import { existsSync } from "fs";
import path from "path";

export const ROOT = path.join(__dirname, "..", "..");
export const SAMPLE_XLSX = path.join(ROOT, "samples", "thuong-lo-2020.xlsx");
export const COMMAND = path.join(ROOT, "build", "phuluc.js");

/** Fails early and clearly when the bundled command line has not been built. */
export function requireBuiltCommand(): void {
  if (!existsSync(COMMAND)) throw new Error("build the command line first: npm run build:cli");
}

/** Runs the built command line, as `npm run phuluc --` does. */
export function phuluc(...args: string[]) {
  return phulucWith({}, ...args);
}

export interface RunOptions {
  /** Variables added to the environment. */
  env?: Record<string, string>;
  /** A script node loads first (node -r), to make the command meet a fault. */
  preload?: string;
  /** Where stdout goes: "pipe" (default, captured) or a file descriptor, such as one of /dev/full. */
  stdout?: "pipe" | number;
}

function nodeArgs(options: RunOptions, args: string[]): string[] {
  return [...(options.preload ? ["-r", options.preload] : []), COMMAND, ...args];
}

/** Runs the built command line with a changed environment, a preloaded script or another stdout. */
export function phulucWith(options: RunOptions, ...args: string[]) {
  const stdio: StdioOptions = ["ignore", options.stdout ?? "pipe", "pipe"];
  const run = spawnSync(process.execPath, nodeArgs(options, args), {
    encoding: "utf8",
    cwd: ROOT,
    env: { ...process.env, ...options.env },
    stdio,
    maxBuffer: 512 * 1024 * 1024,
  });
  return { code: run.status, signal: run.signal, stdout: run.stdout ?? "", stderr: run.stderr };
}

/** Starts the built command line and returns at once, to signal it while it works. */
export function startPhuluc(options: RunOptions, ...args: string[]): ChildProcess {
  return spawn(process.execPath, nodeArgs(options, args), {
    cwd: ROOT,
    env: { ...process.env, ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
}

/**
 * Runs the built command line with its stdout piped into READER, a shell command that may stop
 * reading early (`head -c 1`), as in `phuluc check FILE | head -1`. The exit code is phuluc's own.
 */
export function phulucPiped(reader: string, ...args: string[]) {
  const run = spawnSync(
    "bash",
    [
      "-c",
      `"$@" | ${reader} >/dev/null; exit "\${PIPESTATUS[0]}"`,
      "bash",
      process.execPath,
      COMMAND,
      ...args,
    ],
    { encoding: "utf8", cwd: ROOT }
  );
  return { code: run.status, stderr: run.stderr };
}

/** A correct appendix as CSV: Roman sections with Arabic numbers restarting, amounts with "đ". */
export const CORRECT_TABLE_CSV = [
  "STT,Nội dung,Cơ quan chủ trì,Cơ quan phối hợp,Sản phẩm,Thời hạn,Kinh phí (đồng)",
  'I,CÔNG TÁC CHỈ ĐẠO,,,,,"1.500.000"',
  '1,Ban hành kế hoạch CCHC,Văn phòng,Các ban ngành,Kế hoạch,Quý I/2025,"500.000"',
  '2,Kiểm tra CCHC,Văn phòng,Các ban ngành,Báo cáo,Quý III/2025,"1.000.000"',
  'II,CẢI CÁCH TTHC,,,,,"300.000 đ"',
  '1,Niêm yết TTHC,Bộ phận một cửa,,Sổ theo dõi,Thường xuyên,"300.000 đ"',
  ',Tổng cộng,,,,,"1.800.000"',
].join("\n");
