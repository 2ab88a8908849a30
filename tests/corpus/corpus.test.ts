import { spawnSync } from "child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import { hostileInputs, HostileInput } from "../../scripts/hostileInputs";
import { ROOT, requireBuiltCommand } from "../support/phulucCommand";

const COMMAND = path.join(ROOT, "build", "phuluc.js");
/** What a Node stack trace or an English error looks like on a user's screen. */
const STACK = /\n\s+at |\b(?:TypeError|RangeError|SyntaxError|ReferenceError|Error):|node:internal/;

// Generating the inputs deflates tens of megabytes, and each run reads one of them.
jest.setTimeout(120_000);

let folder: string;
let inputs: HostileInput[];

beforeAll(() => {
  requireBuiltCommand();
  folder = mkdtempSync(path.join(tmpdir(), "phuluc-corpus-"));
  inputs = hostileInputs();
  for (const input of inputs) writeFileSync(path.join(folder, input.name), input.bytes);
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [COMMAND, ...args], {
    encoding: "utf8",
    cwd: folder,
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("damaged and hostile inputs", () => {
  it("are all there, each with what it must give", () => {
    expect(inputs.length).toBeGreaterThanOrEqual(20);
    expect(new Set(inputs.map((input) => input.name)).size).toBe(inputs.length);
  });

  it.each(hostileInputs().map((input) => [input.name, input.exit, input.code ?? null] as const))(
    "%s: exit %s (%s), a Vietnamese message naming the file, no stack trace",
    (name, exit, code) => {
      const text = run("check", name);
      expect({ code: text.code, stack: STACK.test(text.stderr + text.stdout) }).toEqual({
        code: exit,
        stack: false,
      });
      const json = run("check", name, "--format", "json");
      expect(json.code).toBe(exit);
      expect(STACK.test(json.stderr)).toBe(false);
      const printed = JSON.parse(json.stdout);
      if (exit === 2) {
        expect(printed).toEqual({ file: name, error: { code, message: expect.any(String) } });
        expect(text.stderr).toContain(`“${name}”`);
        expect(text.stderr).toContain(printed.error.message);
        // Vietnamese: the message has letters only Vietnamese uses.
        expect(printed.error.message).toMatch(
          /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i
        );
      }
    }
  );

  it("leave no temporary file behind and change none of the inputs", () => {
    expect(readdirSync(folder).sort()).toEqual(inputs.map((input) => input.name).sort());
    for (const input of inputs)
      expect(Buffer.compare(readFileSync(path.join(folder, input.name)), input.bytes)).toBe(0);
  });
});
