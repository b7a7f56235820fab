import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { extraDependencies, lexSource, scanSource } from "../testing/scanSource.js";

// Core is pure TypeScript (README.md, "Layout") — no I/O, no clock, no DOM, no Office; runtime deps zod and date-fns only.
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

const pkg = JSON.parse(readFileSync(join(coreDir, "package.json"), "utf8")) as {
  exports: Record<string, string | Record<string, string>>;
};
/** The public entry points: "@hgcs/core" and its subpaths, each with its source file under src/. */
const entryPoints = Object.entries(pkg.exports).flatMap(([key, target]) =>
  typeof target === "string"
    ? []
    : [{ specifier: join("@hgcs/core", key).split("\\").join("/"), source: target["@hgcs/source"] ?? "" }],
);

/** Module specifiers imported (or re-exported) by a source text. */
function importedSpecifiers(source: string): string[] {
  const { code, strings } = lexSource(source);
  return strings
    .filter(({ start }) => /\b(?:from|import)\s*\(?\s*$/.test(code.slice(Math.max(0, start - 20), start)))
    .map(({ value }) => value);
}

/** Files reached from the entry points through relative imports: what the published package contains. */
function reachableFromEntries(): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const value of importedSpecifiers(readFileSync(join(srcDir, file), "utf8"))) {
      if (!value.startsWith(".")) continue;
      const target = relative(srcDir, join(srcDir, dirname(file), value.replace(/\.js$/, ".ts")))
        .split("\\")
        .join("/");
      if (existsSync(join(srcDir, target))) visit(target);
    }
  };
  for (const { source } of entryPoints) visit(relative(srcDir, join(coreDir, source)).split("\\").join("/"));
  return seen;
}

const repoDir = fileURLToPath(new URL("../../", import.meta.url));
/** Everything outside core that may import it: the adapters, the examples, the cross-package tests, scripts. */
const consumerDirs = ["packages/cli", "packages/excel-addin", "examples", "tests", "scripts"];
const consumerFiles = consumerDirs.flatMap((dir) =>
  readdirSync(join(repoDir, dir), { recursive: true, encoding: "utf8" })
    .map((f) => `${dir}/${f.split("\\").join("/")}`)
    .filter((f) => /\.(?:ts|mts|js|mjs)$/.test(f) && !/(?:^|\/)(?:node_modules|dist|test-results)\//.test(f)),
);
/** Test files and test support (tests/, packages/x/test/, x.test.ts, …/testing/…). */
const isTestCode = (file: string) =>
  file.startsWith("tests/") || /^packages\/[^/]+\/test\//.test(file) || isTestSupport(file);

/**
 * How a consumer file reaches into core, when it does so other than through a public entry: an "@hgcs/core/…"
 * specifier that package.json does not export, or a relative path into packages/core. Test code may reach core's
 * own test support (…/testing/…: valueOf, largeSheet), never its source.
 */
function privateCoreImports(file: string): string[] {
  const publicSpecifiers = new Set(entryPoints.map((e) => e.specifier));
  return importedSpecifiers(readFileSync(join(repoDir, file), "utf8")).filter((value) => {
    if (value === "@hgcs/core" || value.startsWith("@hgcs/core/")) return !publicSpecifiers.has(value);
    if (!value.startsWith(".")) return false;
    const target = relative(repoDir, join(repoDir, dirname(file), value))
      .split("\\")
      .join("/");
    if (!target.startsWith("packages/core/")) return false;
    return !(isTestCode(file) && target.startsWith("packages/core/src/") && target.split("/").includes("testing"));
  });
}

describe("@hgcs/core boundary", () => {
  it("depends at run time on zod and date-fns only", () => {
    expect(extraDependencies(pkg as unknown as Record<string, unknown>, allowed)).toEqual([]);
  });

  it("ships no test support: nothing reached from an entry point is a test file", () => {
    const reached = [...reachableFromEntries()];
    expect(reached).toContain("plan/parsePlan.ts");
    expect(reached).toContain("words/toVietnameseWords.ts");
    expect(reached.filter(isTestSupport)).toEqual([]);
  });

  it("has one source file per entry point, each built by tsup", () => {
    expect(entryPoints.map((e) => e.specifier)).toContain("@hgcs/core");
    const tsup = readFileSync(join(coreDir, "tsup.config.ts"), "utf8");
    for (const { specifier, source } of entryPoints) {
      expect(existsSync(join(coreDir, source)), source).toBe(true);
      const name = specifier === "@hgcs/core" ? "index" : specifier.slice("@hgcs/core/".length);
      expect(tsup.includes(name === "index" ? `"src/index.ts"` : `"${name}"`), `${specifier} in tsup.config.ts`).toBe(
        true,
      );
    }
  });

  it("is imported by the adapters, the examples and the tests only through its public entry points", () => {
    expect(consumerFiles).toContain("packages/cli/src/commands/check.ts");
    const violations = consumerFiles.flatMap((file) => privateCoreImports(file).map((value) => `${file}: ${value}`));
    expect(violations).toEqual([]);
  });

  it("catches a private import of core (the rule above is not vacuous)", () => {
    const publicSpecifiers = new Set(entryPoints.map((e) => e.specifier));
    expect(publicSpecifiers.has("@hgcs/core/words")).toBe(true);
    expect(publicSpecifiers.has("@hgcs/core/findings/makeFinding")).toBe(false);
    expect(publicSpecifiers.has("@hgcs/core/src/index")).toBe(false);
  });

  // The pipeline's layering, for source files (tests may borrow any domain's examples): the toolkit knows no
  // estimate; lists, schedule and distribution sheets are built on the toolkit, never on the engine in sheet/.
  const layers: ReadonlyArray<readonly [string, readonly string[]]> = [
    ["table", ["sheet", "budget", "lists", "schedule", "distribution"]],
    ["lists", ["sheet"]],
    ["schedule", ["sheet"]],
    ["distribution", ["sheet"]],
  ];
  it.each(layers)("src/%s/ imports nothing from %j", (folder, forbidden) => {
    const files = sourceFiles.filter((f) => f.startsWith(`${folder}/`));
    expect(files.length).toBeGreaterThan(0);
    const violations = files.flatMap((file) =>
      importedSpecifiers(readFileSync(join(srcDir, file), "utf8"))
        .filter((value) => value.startsWith("."))
        .map((value) =>
          relative(srcDir, join(srcDir, dirname(file), value))
            .split("\\")
            .join("/"),
        )
        .filter((target) => forbidden.includes(target.split("/")[0] ?? ""))
        .map((target) => `${file} → ${target}`),
    );
    expect(violations).toEqual([]);
  });

  it.each(sourceFiles)("src/%s uses no host, Node module, other package or clock", (file) => {
    const violations = scanSource(readFileSync(join(srcDir, file), "utf8"), allowed);
    expect(violations.map((v) => `${file}:${v.line} ${v.rule}: ${v.text}`)).toEqual([]);
  });
});
