// Runs ESLint's Node API with the project's eslint.config.mjs, outside Jest (whose module system
// cannot load an ES module config): reads { texts: [{ code, filePath }], files: [paths] } as JSON on
// stdin and prints each result's file and messages (rule, line, message) as JSON.
import process from "node:process";
import { ESLint } from "eslint";

let input = "";
for await (const chunk of process.stdin) input += chunk;
const { cwd, texts, files } = JSON.parse(input);
const eslint = new ESLint({ cwd });
const results = [];
for (const { code, filePath } of texts)
  results.push(...(await eslint.lintText(code, { filePath })));
if (files.length > 0) results.push(...(await eslint.lintFiles(files)));
const shown = results.map((result) => ({
  filePath: result.filePath,
  messages: result.messages.map(({ ruleId, line, message, fatal }) => ({
    ruleId,
    line,
    message,
    fatal,
  })),
}));
process.stdout.write(JSON.stringify(shown));
