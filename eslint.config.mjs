import { builtinModules } from "node:module";
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

const recommended = officeAddins.configs.recommended;

/**
 * Dependencies point inward: front ends → use cases → adapters → sheet → domain. The core and the sheet
 * descriptions import no adapter, no front end and nothing of Node, and use no Office global, so that
 * they run the same in Excel, in the browser and on the command line.
 */
const inward = (folder) => `^(?:\\.{1,2}/)+(?:[^/]+/)*?${folder}(?:/|$)`;
const adaptersAndFrontEnds = {
  regex: inward("(?:excel|xlsx|cli|taskpane|commands|functions|quickcheck|usecases)"),
  message:
    "The domain and the sheet descriptions import no adapter (src/excel, src/xlsx), no front end (src/cli, src/taskpane, src/commands, src/quickcheck, src/functions) and no use case (src/usecases): those call them.",
};
const nodeBuiltIns = {
  paths: builtinModules
    .filter((name) => !name.startsWith("_"))
    .map((name) => ({
      name,
      message:
        "The domain and the sheet descriptions do no I/O: Node's modules belong to the adapters and the command line.",
    })),
  pattern: {
    regex: "^node:",
    message:
      "The domain and the sheet descriptions do no I/O: Node's modules belong to the adapters and the command line.",
  },
};
const officeGlobals = ["Office", "Excel", "OfficeExtension", "CustomFunctions"].map((name) => ({
  name,
  message:
    "The domain and the sheet descriptions know nothing of Office.js: the Excel adapter (src/excel) does.",
}));
const nodeGlobals = ["process", "Buffer", "require", "__dirname", "__filename"].map((name) => ({
  name,
  message: "The domain and the sheet descriptions do no I/O and need nothing of Node.",
}));
const boundaries = (extra = []) => ({
  "no-restricted-imports": [
    "error",
    {
      paths: nodeBuiltIns.paths,
      patterns: [adaptersAndFrontEnds, nodeBuiltIns.pattern, ...extra],
    },
  ],
  "no-restricted-globals": ["error", ...officeGlobals, ...nodeGlobals],
});

export default [
  { ignores: ["build/**", "dist/**", "node_modules/**", "coverage/**"] },
  ...recommended,
  // The recommended rules (prettier, office-addins, unused names) name .ts files but not .tsx: the task
  // pane's components get the same rules.
  ...recommended
    .filter((config) => config.files)
    .map((config) => ({ ...config, files: ["**/*.tsx"] })),
  {
    plugins: { "office-addins": officeAddins },
    languageOptions: { parser: tsParser },
  },
  {
    // The TypeScript compiler already checks every name (Node's and the browser's globals included).
    files: ["**/*.ts", "**/*.tsx"],
    rules: {
      "no-undef": "off",
      // A parameter an interface requires but an implementation does not read starts with "_", as
      // TypeScript's own noUnusedParameters allows.
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_" },
      ],
    },
  },
  {
    // The core: its own rules, and nothing of the sheet descriptions built from it either.
    files: ["src/domain/**/*.ts"],
    rules: boundaries([
      {
        regex: inward("sheet"),
        message: "The domain knows nothing of the sheet descriptions: src/sheet builds on it.",
      },
    ]),
  },
  {
    files: ["src/sheet/**/*.ts"],
    rules: boundaries(),
  },
];
