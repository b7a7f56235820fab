import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../testing/fixtures.js";

// A user's clone has nothing beside it: only the conformance run may reach for ../shared.
const mayReadShared = ["tests/conformance/", "scripts/test-shared.mjs", "tests/boundary/selfContained.test.ts"];
const skipped = new Set(["node_modules", "dist", "out", ".git", "coverage", "test-results", ".certs"]);
const code = /\.(ts|mts|js|mjs|cjs|json|html)$/;

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (skipped.has(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (code.test(entry.name)) yield relative(repoRoot, path).split("\\").join("/");
  }
}

/** A path to the reference folder beside the clone, however it is spelt. */
const sharedPath = /\.\.\/shared\b|["'`]shared["'`]\s*,\s*["'`]fixtures|["'`]\.\.["'`]\s*,\s*["'`]shared["'`]/;

describe("the repository stands on its own", () => {
  it("no code, test or script outside the conformance run refers to ../shared", () => {
    const offenders = [...files(repoRoot)]
      .filter((f) => !mayReadShared.some((allowed) => f.startsWith(allowed)))
      .filter((f) => sharedPath.test(readFileSync(join(repoRoot, f), "utf8")));
    expect(offenders).toEqual([]);
  });

  it("the example office workbooks' generator takes nothing from the code it is there to test", () => {
    const generator = [...files(join(repoRoot, "examples", "office-sheets"))].filter(
      (f) => f.endsWith(".ts") && !f.endsWith(".test.ts"),
    );
    expect(generator.length).toBeGreaterThan(0);
    for (const f of generator)
      expect(readFileSync(join(repoRoot, f), "utf8"), f).not.toMatch(/from\s+["'](@hgcs\/|[./]*\/packages\/)/);
  });

  it("the pattern catches the spellings it is there for", () => {
    // The spellings are assembled here so that this file does not itself name the folder.
    const [up, dir] = ["..", "shared"];
    for (const s of [`"${up}/${dir}/fixtures"`, `resolve(root, "${up}", "${dir}", "fixtures")`, `\`${up}/${dir}\``])
      expect(sharedPath.test(s), s).toBe(true);
    expect(sharedPath.test('"@hgcs/shared-types"')).toBe(false);
  });
});
