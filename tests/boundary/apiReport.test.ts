// The public API of @hgcs/core is what packages/core/api-report.md says, entry point by entry point: a name added
// to, dropped from or moved between the root and the subpaths shows here as a difference to commit on purpose.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../testing/fixtures.js";

const coreDir = join(repoRoot, "packages", "core");

describe("@hgcs/core API report", () => {
  it("lists exactly what each entry point exports (else: pnpm --filter @hgcs/core api:update, and commit)", () => {
    const current = execFileSync(process.execPath, [join(coreDir, "scripts", "api-report.mjs")], { encoding: "utf8" });
    const committed = readFileSync(join(coreDir, "api-report.md"), "utf8");
    expect(current).toContain("## `@hgcs/core/words`");
    expect(current).not.toContain("(from a dependency)");
    // toBe prints the difference line by line.
    expect(current).toBe(committed);
  });
});
