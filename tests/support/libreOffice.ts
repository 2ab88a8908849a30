import { spawnSync } from "child_process";
import { existsSync, mkdirSync, writeFileSync } from "fs";
import path from "path";
import { pathToFileURL } from "url";

/*
 * LibreOffice Calc as the real engine of the tests in tests/xlsx: found on PATH, started with a fresh
 * profile that recalculates .xlsx formulas on load, asked to convert a file headless.
 */

/** soffice (LibreOffice) on PATH; throws, saying what to install and what for (`purpose`), if missing. */
export function soffice(purpose: string): string {
  const found = (process.env.PATH ?? "")
    .split(path.delimiter)
    .flatMap((dir) => [path.join(dir, "soffice"), path.join(dir, "soffice.exe")])
    .find((file) => existsSync(file));
  if (!found) {
    throw new Error(
      "soffice (LibreOffice) is not on PATH: install it (Debian/Ubuntu: sudo apt-get install " +
        `libreoffice-calc-nogui) to run ${purpose}.`
    );
  }
  return found;
}

/**
 * A fresh LibreOffice profile in `folder`/profile told to recalculate .xlsx formulas on load. By
 * default LibreOffice keeps the results saved in the file, and then a test would check only our own
 * figures. Returns the profile's file: URL, as -env:UserInstallation takes it.
 */
export function freshProfile(folder: string): string {
  const profile = path.join(folder, "profile");
  mkdirSync(path.join(profile, "user"), { recursive: true });
  writeFileSync(
    path.join(profile, "user", "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`
  );
  return pathToFileURL(profile).href;
}

export interface Conversion {
  input: string;
  /** What --convert-to takes: "xlsx", "pdf", or a filter with its options. */
  filter: string;
  outdir: string;
  /** The name of the converted file in `outdir`. */
  result: string;
  /** The folder the fresh profile goes in. */
  profileFolder: string;
  /** How long soffice may run, in milliseconds. */
  timeout: number;
  /** What the test checks, for the message when soffice is missing. */
  purpose: string;
}

/** LibreOffice converts the input; returns the converted file, or throws with soffice's output. */
export function convertWithLibreOffice(conversion: Conversion): string {
  const { input, filter, outdir, result, profileFolder, timeout, purpose } = conversion;
  const run = spawnSync(
    soffice(purpose),
    [
      `-env:UserInstallation=${freshProfile(profileFolder)}`,
      "--headless",
      "--norestore",
      "--convert-to",
      filter,
      "--outdir",
      outdir,
      input,
    ],
    { encoding: "utf8", timeout }
  );
  const converted = path.join(outdir, result);
  if (run.status !== 0 || !existsSync(converted)) {
    throw new Error(
      `soffice failed (status ${run.status}, ${run.error ?? "no error"}):\n${run.stdout}\n${run.stderr}`
    );
  }
  return converted;
}
