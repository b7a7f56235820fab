import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { extraDependencies, lexSource, scanSource } from "../testing/scanSource.js";

// DESIGN.md §3: core is pure TypeScript — no I/O, no clock, no DOM, no Office; runtime deps zod and date-fns only.
const allowed = ["zod", "date-fns"];
const coreDir = fileURLToPath(new URL("../../packages/core/", import.meta.url));
const srcDir = join(coreDir, "src");

/** Tests and their support (fixtures, generators): "x.test.ts", "x.bench.ts", "testing/…". */
const isTestSupport = (file: string) =>
  /\.(test|bench)(-[\w-]+)?\.ts$/.test(file) || file.split("/").includes("testing");

const allFiles = readdirSync(srcDir, { recursive: true, encoding: "utf8" })
  .map((f) => f.split("\\").join("/"))
  .filter((f) => f.endsWith(".ts"))
  .sort();
const sourceFiles = allFiles.filter((f) => !isTestSupport(f));

/** Files reached from src/index.ts through relative imports: what the published package contains. */
function reachableFromIndex(): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const { code, strings } = lexSource(readFileSync(join(srcDir, file), "utf8"));
    for (const { value, start } of strings) {
      if (!value.startsWith(".") || !/\b(?:from|import)\s*\(?\s*$/.test(code.slice(Math.max(0, start - 20), start)))
        continue;
      const target = relative(srcDir, join(srcDir, dirname(file), value.replace(/\.js$/, ".ts")))
        .split("\\")
        .join("/");
      if (existsSync(join(srcDir, target))) visit(target);
    }
  };
  visit("index.ts");
  return seen;
}

describe("@hgcs/core boundary", () => {
  it("depends at run time on zod and date-fns only", () => {
    const pkg = JSON.parse(readFileSync(join(coreDir, "package.json"), "utf8")) as Record<string, unknown>;
    expect(extraDependencies(pkg, allowed)).toEqual([]);
  });

  it("ships no test support: nothing reached from src/index.ts is a test file", () => {
    const reached = [...reachableFromIndex()];
    expect(reached).toContain("plan/parsePlan.ts");
    expect(reached.filter(isTestSupport)).toEqual([]);
  });

  it.each(sourceFiles)("src/%s uses no host, Node module, other package or clock", (file) => {
    const violations = scanSource(readFileSync(join(srcDir, file), "utf8"), allowed);
    expect(violations.map((v) => `${file}:${v.line} ${v.rule}: ${v.text}`)).toEqual([]);
  });
});
