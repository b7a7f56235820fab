import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

// Core has no hidden clock.
const noHiddenClock = [
  {
    selector: "NewExpression[callee.name='Date'][arguments.length=0]",
    message: "No hidden clock: pass today in.",
  },
  {
    selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
    message: "No hidden clock: pass today in.",
  },
  { selector: "CallExpression[callee.name='Date']", message: "No hidden clock: pass today in." },
];

// Every test runs and must pass: no skipped, focused, todo, conditional or expected-to-fail tests
// (`pnpm test` also counts a test that did not run as failed). Also caught through a modifier: it.concurrent.skip.
const testApis = "describe|it|test|bench|suite";
const notRunModifiers = "skip|only|todo|skipIf|runIf|fails";
const noSkippedTestsMessage =
  "No .skip, .only, .todo, .skipIf, .runIf or .fails in tests: every test runs and must pass. Fix the test or delete it.";
const noSkippedTests = [
  `MemberExpression[object.name=/^(${testApis})$/][property.name=/^(${notRunModifiers})$/]`,
  `MemberExpression[object.object.name=/^(${testApis})$/][property.name=/^(${notRunModifiers})$/]`,
].map((selector) => ({ selector, message: noSkippedTestsMessage }));
const testFiles = ["**/*.test.ts", "**/*.test.mts", "**/*.bench.ts", "**/testing/**/*.ts"];

export default tseslint.config(
  {
    ignores: ["**/dist/**", "**/node_modules/**", "**/out/**", "**/coverage/**", "**/.certs/**"],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-eval": "error",
      "no-implied-eval": "error",
      "no-new-func": "error",
    },
  },
  {
    // The add-in's browser code (task pane, commands, custom functions) runs in Office's web view.
    files: ["packages/excel-addin/src/**/*.ts"],
    languageOptions: {
      globals: {
        ...globals.browser,
        Office: "readonly",
        Excel: "readonly",
        CustomFunctions: "readonly",
        OfficeRuntime: "readonly",
      },
    },
  },
  {
    // Core is pure: no host, no DOM, no Node, no clock.
    files: ["packages/core/src/**/*.ts"],
    ignores: ["packages/core/src/**/*.test.ts"],
    languageOptions: { globals: {} },
    rules: {
      "no-restricted-globals": [
        "error",
        "Office",
        "Excel",
        "CustomFunctions",
        "OfficeRuntime",
        "window",
        "document",
        "process",
        "Buffer",
        "require",
      ],
      "no-restricted-imports": [
        "error",
        {
          patterns: ["node:*", "fs", "path", "os", "child_process", "@microsoft/office-js", "office-*", "exceljs"],
        },
      ],
      "no-restricted-syntax": ["error", ...noHiddenClock],
    },
  },
  {
    files: testFiles,
    rules: { "no-restricted-syntax": ["error", ...noSkippedTests] },
  },
  {
    // Core's test support (not its *.test.ts) keeps core's rules too: one no-restricted-syntax holds both.
    files: ["packages/core/src/**/*.bench.ts", "packages/core/src/**/testing/**/*.ts"],
    ignores: ["packages/core/src/**/*.test.ts"],
    rules: { "no-restricted-syntax": ["error", ...noHiddenClock, ...noSkippedTests] },
  },
);
