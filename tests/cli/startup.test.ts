import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import {
  CORRECT_TABLE_CSV,
  phulucWith,
  requireBuiltCommand,
  ROOT,
  SAMPLE_XLSX,
} from "../support/phulucCommand";

const preload = path.join(__dirname, "fixtures", "listLoads.js");
const folder = mkdtempSync(path.join(tmpdir(), "phuluc-startup-"));

/** The chunks of build/ a run loaded besides phuluc.js, and whether any holds the .xlsx writer or zod. */
function loads(...args: string[]) {
  const run = phulucWith({ preload }, ...args);
  const chunks = (/loaded=(.*)/.exec(run.stderr)?.[1] ?? "").split(",").filter(Boolean);
  const text = chunks.map((chunk) => readFileSync(path.join(ROOT, "build", chunk), "utf8"));
  return {
    code: run.code,
    chunks,
    // Markers of the code: the .xlsx writer's page breaks, zod's base type.
    writer: text.some((code) => code.includes("manualBreakCount")),
    zod: text.some((code) => code.includes("$ZodType")),
  };
}

beforeAll(() => requireBuiltCommand());
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("start-up: each command loads what it needs", () => {
  test("the markers are right: `new` loads the .xlsx writer", () => {
    const made = loads("new", "-o", path.join(folder, "moi.xlsx"));
    expect(made.code).toBe(0);
    expect(made.chunks).toContain("phuluc-new.js");
    expect(made.writer).toBe(true);
  });

  test("check on an .xlsx file: the reader only; no writer, no zod, no code pages", () => {
    const checked = loads("check", SAMPLE_XLSX);
    expect(checked.code).toBe(1);
    expect(checked.chunks).toContain("xlsx-reader.js");
    expect(checked.chunks).not.toContain("phuluc-new.js");
    expect(checked.chunks).not.toContain("code-pages.js");
    expect(checked.chunks).not.toContain("text-decoding.js");
    expect(checked).toMatchObject({ writer: false, zod: false });
  });

  test("check on a UTF-8 CSV: neither the workbook reader nor the code pages", () => {
    const file = path.join(folder, "bang.csv");
    writeFileSync(file, CORRECT_TABLE_CSV);
    const checked = loads("check", file);
    expect(checked.code).toBe(0);
    expect(checked.chunks).toEqual(["text-decoding.js"]);
    expect(checked).toMatchObject({ writer: false, zod: false });
  });
});
