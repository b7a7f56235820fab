import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

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
      "no-restricted-syntax": [
        "error",
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: "No hidden clock: pass today in.",
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: "No hidden clock: pass today in.",
        },
        { selector: "CallExpression[callee.name='Date']", message: "No hidden clock: pass today in." },
      ],
    },
  },
);
