import { describe, expect, test } from "@jest/globals";
import { existsSync, readdirSync, readFileSync } from "fs";
import path from "path";
import ts from "typescript";
import { RULES } from "../../src/domain/checks/registry";
import { Rule } from "../../src/domain/checks/support/rule";

/**
 * Every rule is a unit of its own that cannot drop out unnoticed: a file in src/domain/checks that
 * declares it, an entry in the registry, a test file of its own with at least one table the rule must
 * find something in, and a place in the README's list of rules.
 */

const root = path.join(__dirname, "..", "..");
const checksFolder = path.join(root, "src", "domain", "checks");
const ruleTests = path.join(root, "tests", "domain", "checks");

/** The files of the folder that each hold one rule: all but the registry (helpers are in support/). */
const ruleFiles = readdirSync(checksFolder, { withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith(".ts") && entry.name !== "registry.ts")
  .map((entry) => entry.name);

/** "subtotal.blank" → "subtotalBlank.ts". */
const fileOf = (id: string) =>
  `${id.replace(/[.-]([a-z])/g, (_, letter: string) => letter.toUpperCase())}.ts`;

const isRule = (value: unknown): value is Rule =>
  typeof value === "object" && value !== null && "id" in value && "severities" in value;

/** The rules a file exports. */
function rulesIn(file: string): Rule[] {
  const exports = require(path.join(checksFolder, file)) as Record<string, unknown>;
  return Object.values(exports).filter(isRule);
}

/** Whether a test file runs testRule("<id>", { …, invalid: [ at least one case ] }). */
function hasInvalidCase(source: string, id: string): boolean {
  const file = ts.createSourceFile("rule.test.ts", source, ts.ScriptTarget.Latest, true);
  let found = false;
  const visit = (node: ts.Node) => {
    if (
      ts.isCallExpression(node) &&
      node.expression.getText(file) === "testRule" &&
      node.arguments.length === 2 &&
      ts.isStringLiteral(node.arguments[0]) &&
      node.arguments[0].text === id &&
      ts.isObjectLiteralExpression(node.arguments[1])
    ) {
      const invalid = node.arguments[1].properties.find(
        (property): property is ts.PropertyAssignment =>
          ts.isPropertyAssignment(property) && property.name.getText(file) === "invalid"
      );
      if (
        invalid &&
        ts.isArrayLiteralExpression(invalid.initializer) &&
        invalid.initializer.elements.length > 0
      )
        found = true;
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** The README's list of rules: the paragraph that starts "Các quy tắc:". */
function readmeRuleList(): string {
  const readme = readFileSync(path.join(root, "README.md"), "utf8");
  const start = readme.indexOf("Các quy tắc:");
  if (start < 0) throw new Error("README.md has no “Các quy tắc:” list");
  const end = readme.indexOf("\n\n", start);
  return readme.slice(start, end < 0 ? undefined : end);
}

const ids = RULES.map((rule) => rule.id);

describe("the rules", () => {
  test("each file of src/domain/checks declares one rule, and it is registered", () => {
    const unregistered = ruleFiles.flatMap((file) => {
      const rules = rulesIn(file);
      if (rules.length !== 1) return [`${file}: ${rules.length} rules`];
      return (RULES as readonly Rule[]).includes(rules[0]) ? [] : [`${file}: ${rules[0].id}`];
    });
    expect(unregistered).toEqual([]);
  });

  test("each registered rule is in the file its id names, once", () => {
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of RULES)
      expect([rule.id, rulesIn(fileOf(rule.id))]).toEqual([rule.id, [rule]]);
  });

  test("no rule is declared outside src/domain/checks", () => {
    const declaring: string[] = [];
    const walk = (folder: string) => {
      for (const entry of readdirSync(folder, { withFileTypes: true })) {
        const full = path.join(folder, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (
          path.dirname(full) !== checksFolder &&
          entry.name.endsWith(".ts") &&
          /\bdefineRule\(/.test(readFileSync(full, "utf8")) &&
          !full.endsWith(path.join("support", "rule.ts"))
        )
          declaring.push(path.relative(root, full));
      }
    };
    walk(path.join(root, "src"));
    expect(declaring).toEqual([]);
  });

  test.each(ids)("%s describes itself: stage, severities, field, one sentence, messages", (id) => {
    const rule = RULES.find((candidate) => candidate.id === id) as Rule;
    expect(id).toMatch(/^[a-z]+\.[a-z]+$/);
    expect(rule.severities.length).toBeGreaterThan(0);
    expect(rule.targets.length).toBeGreaterThan(0);
    expect(rule.description).toMatch(/^\p{Lu}[^\n]*\.$/u);
    expect(rule.description.split(/\.\s+\p{Lu}/u)).toHaveLength(1);
    expect(Object.keys(rule.messages as object).length).toBeGreaterThan(0);
    // Rules judged on the table read have a check; the reader's and the file's notices are made there.
    const judged = ["table", "column", "words"].includes(rule.stage);
    expect(typeof rule.check).toBe(judged ? "function" : "undefined");
  });

  test.each(ids)("%s has a test file of its own with an invalid table", (id) => {
    const file = path.join(ruleTests, `${id}.test.ts`);
    expect(existsSync(file)).toBe(true);
    expect(hasInvalidCase(readFileSync(file, "utf8"), id)).toBe(true);
  });

  test("the README lists every rule, and only those", () => {
    const listed = readmeRuleList().match(/`[a-z]+\.[a-z]+`/g) ?? [];
    expect([...new Set(listed.map((name) => name.slice(1, -1)))].sort()).toEqual([...ids].sort());
  });
});
