import { spawnSync } from "child_process";
import { existsSync } from "fs";
import path from "path";

export const ROOT = path.join(__dirname, "..", "..");
export const SAMPLE_XLSX = path.join(ROOT, "samples", "thuong-lo-2020.xlsx");
const COMMAND = path.join(ROOT, "build", "phuluc.js");

/** Fails early and clearly when the bundled command line has not been built. */
export function requireBuiltCommand(): void {
  if (!existsSync(COMMAND)) throw new Error("build the command line first: npm run build:cli");
}

/** Runs the built command line, as `npm run phuluc --` does. */
export function phuluc(...args: string[]) {
  const run = spawnSync(process.execPath, [COMMAND, ...args], { encoding: "utf8", cwd: ROOT });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}
