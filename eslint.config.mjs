import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

const recommended = officeAddins.configs.recommended;

export default [
  { ignores: ["build/**", "dist/**", "node_modules/**", "coverage/**"] },
  ...recommended,
  // The recommended rules (prettier, office-addins, unused names) name .ts files but not .tsx: the task
  // pane's components get the same rules.
  ...recommended.filter((config) => config.files).map((config) => ({ ...config, files: ["**/*.tsx"] })),
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
];
