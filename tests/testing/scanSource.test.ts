import { describe, expect, it } from "vitest";
import { extraDependencies, lexSource, scanSource } from "./scanSource.js";

const allowed = ["zod", "date-fns"];
const rules = (source: string) => scanSource(source, allowed).map((v) => `${v.rule}:${v.line}:${v.text}`);

describe("the boundary scanner", () => {
  it.each([
    ['import { readFileSync } from "fs";', "import:1:Node module fs"],
    ['import { join } from "node:path";', "import:1:Node module node:path"],
    ['import type { Stats } from "fs/promises";', "import:1:Node module fs/promises"],
    ['export * from "os";', "import:1:Node module os"],
    ['const m = await import("child_process");', "import:1:Node module child_process"],
    ['import ExcelJS from "exceljs";', "import:1:package exceljs"],
    ['import "left-pad";', "import:1:package left-pad"],
    ["const t = Date.now();", "clock:1:Date.now("],
    ["const t = new Date();", "clock:1:new Date()"],
    ["const t = new Date;", "clock:1:new Date"],
    ["const s = Date();", "clock:1:Date("],
    ["const t = performance.now();", "clock:1:performance.now"],
    ["Office.onReady(() => 1);", "host-global:1:Office"],
    ["await Excel.run(async (c) => c);", "host-global:1:Excel"],
    ["const w = window.innerWidth;", "host-global:1:window"],
    ["document.title = 'x';", "host-global:1:document"],
    ["if (process.env.X) run();", "host-global:1:process"],
    ["const g = globalThis;", "host-global:1:globalThis"],
    ["const x = `${process.env.HOME}`;", "host-global:1:process"],
  ])("flags %s", (source, expected) => {
    expect(rules(source)).toEqual([expected]);
  });

  it.each([
    'import { z } from "zod";',
    'import { addDays } from "date-fns";',
    'import { enUS } from "date-fns/locale";',
    'import type { Plan } from "./plan/planSchema.js";',
    'export { x } from "../x.js";',
    "const d = new Date(2024, 1, 6, 12);",
    "const d = new Date(Date.UTC(2024, 1, 6));",
    "plan.document.year; series.window.year; x?.process;",
    "const o = { document: 1, window: 2, process: 3 };",
    "interface P { document?: string; window: number }",
    "// Office, Excel, window, document, process, Date.now(), new Date()",
    '/* import fs from "fs"; new Date() */',
    'const msg = "Excel serial; new Date(); process; require(\\"fs\\")";',
    "const t = `Excel ${a} window ${`document ${b}`} process`;",
    "const re = /window|document|new Date()/g;",
    "const half = a / 2 / b; const re2 = x.replace(/\"/g, '');",
    "const dateLine = parseDateLine(text); const myDate = toDate(1); obj.Date(1);",
  ])("leaves alone %s", (source) => {
    expect(rules(source)).toEqual([]);
  });

  it("flags require() and what it loads", () => {
    expect(rules('const fs = require("fs");')).toEqual(["import:1:require(", "import:1:Node module fs"]);
  });

  it("reports line numbers after multi-line comments and templates", () => {
    const source = "/* a\nb */\nconst s = `x\n${y}\n`;\nconst t = Date.now();\n";
    expect(rules(source)).toEqual(["clock:6:Date.now("]);
  });

  it("blanks text but keeps the shape and length of the code", () => {
    const source = 'const a = "Excel"; // window\nconst b = 1;';
    const { code, strings } = lexSource(source);
    expect(code).toHaveLength(source.length);
    expect(code).toBe(`const a = "     ";${" ".repeat(10)}\nconst b = 1;`);
    expect(strings).toEqual([{ value: "Excel", start: 10 }]);
  });

  it("lists runtime dependencies beyond the allowed ones", () => {
    expect(
      extraDependencies({ dependencies: { zod: "^4", "date-fns": "^4" }, devDependencies: { vitest: "4" } }, allowed),
    ).toEqual([]);
    expect(
      extraDependencies(
        {
          dependencies: { zod: "^4", lodash: "4" },
          peerDependencies: { react: "18" },
          optionalDependencies: { fsevents: "2" },
          bundledDependencies: ["x"],
        },
        allowed,
      ),
    ).toEqual(["lodash", "react", "fsevents", "x"]);
  });
});
