import { beforeAll, describe, expect, test } from "@jest/globals";
import { spawnSync } from "child_process";
import path from "path";

/**
 * Dependencies point inward, and lint says so (eslint.config.mjs): src/domain and src/sheet import no
 * adapter, front end or use case, nothing of Node, and use no Office global. ESLint's Node API runs in a
 * child process, as Jest cannot load the ES module config.
 */

const root = path.join(__dirname, "..", "..");

interface Linted {
  filePath: string;
  messages: { ruleId: string | null; line: number; message: string; fatal?: boolean }[];
}

function lint(texts: { code: string; filePath: string }[], files: string[] = []): Linted[] {
  const run = spawnSync(process.execPath, [path.join(__dirname, "support", "lint.mjs")], {
    cwd: root,
    input: JSON.stringify({ cwd: root, texts, files }),
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`eslint failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as Linted[];
}

/** A made-up file that does what the core must not. */
const TRESPASSER = [
  'import { readSheet } from "../excel/readSheet";',
  'import { readFileSync } from "fs";',
  'import { checkSheet } from "../usecases/checkSheet";',
  'import { formatAmount } from "./money";',
  "",
  "export async function trespass(): Promise<string> {",
  "  await Excel.run(async () => undefined);",
  "  return `${readSheet.length}${readFileSync.length}${checkSheet.length}${formatAmount(1)}`;",
  "}",
  "",
].join("\n");

const problems = (linted: Linted) =>
  linted.messages.map(({ ruleId, line }) => `${line} ${ruleId ?? "fatal"}`);

const PLACES = ["src/domain/madeUp.ts", "src/domain/checks/madeUp.ts", "src/sheet/madeUp.ts"];

/** The made-up file as it would be written at each place: its imports relative to it. */
function placed(file: string): string {
  if (file.startsWith("src/domain/checks/"))
    return TRESPASSER.replace(/"\.\.\//g, '"../../').replace('"./money"', '"../money"');
  if (file.startsWith("src/sheet/")) return TRESPASSER.replace('"./money"', '"../domain/money"');
  return TRESPASSER;
}

describe("boundaries", () => {
  let linted: Linted[] = [];
  beforeAll(() => {
    linted = lint([
      ...PLACES.map((file) => ({ code: placed(file), filePath: path.join(root, file) })),
      { code: TRESPASSER, filePath: path.join(root, "src", "usecases", "madeUp.ts") },
    ]);
  });

  test.each(PLACES.map((file, index) => [file, index] as const))(
    "a file placed as %s may not import an adapter, Node's fs or a use case, nor use Excel",
    (_file, index) => {
      expect(problems(linted[index])).toEqual([
        "1 no-restricted-imports",
        "2 no-restricted-imports",
        "3 no-restricted-imports",
        "7 no-restricted-globals",
      ]);
    }
  );

  test("the same file outside the core is left alone", () => {
    const outside = linted[PLACES.length].messages;
    expect(outside.filter((m) => /^no-restricted/.test(m.ruleId ?? ""))).toEqual([]);
  });

  test("src/domain and src/sheet lint clean", () => {
    const real = lint([], ["src/domain", "src/sheet"]);
    expect(real.length).toBeGreaterThan(40);
    const found = real.flatMap((file) =>
      file.messages.map(
        (m) => `${path.relative(root, file.filePath)}:${m.line} ${m.ruleId}: ${m.message}`
      )
    );
    expect(found).toEqual([]);
  });
});
