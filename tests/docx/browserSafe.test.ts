import { describe, expect, test } from "@jest/globals";
import { readdirSync, readFileSync } from "fs";
import { builtinModules } from "module";
import path from "path";

// The task pane loads src/docx in the browser: webpack's web build has no Node modules to give it.
describe("src/docx runs in the browser", () => {
  const folder = path.join(__dirname, "../../src/docx");
  const sources = readdirSync(folder)
    .filter((name) => name.endsWith(".ts"))
    .map((name) => ({ name, text: readFileSync(path.join(folder, name), "utf8") }));

  test("imports no Node module and uses no Node global", () => {
    const nodeModules = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
    const offending = sources.flatMap(({ name, text }) => [
      ...[...text.matchAll(/from "([^"]+)"/g)]
        .map((match) => match[1])
        .filter((specifier) => nodeModules.has(specifier))
        .map((specifier) => `${name} imports ${specifier}`),
      ...(/\b(Buffer|process|require)\b/.test(text.replace(/\/\/.*|\/\*[\s\S]*?\*\//g, ""))
        ? [`${name} uses a Node global`]
        : []),
    ]);

    expect(sources.length).toBeGreaterThan(0);
    expect(offending).toEqual([]);
  });
});
