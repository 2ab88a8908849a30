/**
 * Writes the corpus of damaged and hostile inputs into a folder (default build/corpus), with
 * expected.json listing each file's expected exit code and error code, for trying `phuluc check` by
 * hand or from other tools:
 *
 *   npm run corpus [-- FOLDER]
 */
import { mkdirSync, writeFileSync } from "fs";
import path from "path";
import { hostileInputs } from "./hostileInputs";

const folder = path.resolve(process.argv[2] ?? path.join(__dirname, "..", "build", "corpus"));
mkdirSync(folder, { recursive: true });
const expected = hostileInputs().map(({ name, bytes, exit, code }) => {
  writeFileSync(path.join(folder, name), bytes);
  return { file: name, exit, code: code ?? null };
});
writeFileSync(path.join(folder, "expected.json"), `${JSON.stringify(expected, null, 2)}\n`);
process.stdout.write(`${expected.length} tệp trong ${folder}\n`);
