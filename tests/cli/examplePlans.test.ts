// End to end on the example plans of examples/plans, as an office runs hgcs: `new` draws the estimate,
// `check` reads the same workbook back with no error and no cap of another kind of line; the lists and the
// schedule drawn from the plan check clean, the support list against the estimate's meal and travel lines.
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { repoRoot } from "../testing/fixtures.js";
import { ensureCliBuilt, runCli } from "../testing/runCli.js";

const plansDir = join(repoRoot, "examples", "plans");
const names = readdirSync(plansDir, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name);
const out = mkdtempSync(join(tmpdir(), "hgcs-plans-"));

beforeAll(() => ensureCliBuilt(), 300_000);

interface JsonFinding {
  readonly code: string;
  readonly severity: string;
  readonly message: string;
}

describe.each(names)("examples/plans/%s", (name) => {
  const plan = join(plansDir, name, "plan.json");
  const estimate = join(out, `${name}.xlsx`);

  it("new → check of the same workbook: no error, no cap of another kind of line", async () => {
    const made = await runCli(["new", "--plan", plan, "--prices", join(plansDir, name, "prices.json"), "-o", estimate]);
    expect(made.stderr).toBe("");
    expect(made.code).toBe(0);
    const checked = await runCli(["check", estimate, "--plan", plan, "--format", "json"]);
    const findings = (JSON.parse(checked.stdout) as { findings: JsonFinding[] }).findings;
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
    // A cap named on a line is the line's own: the meal cap never stands over travel, water or speakers.
    expect(findings.filter((f) => f.code.startsWith("rate.") && f.severity !== "info")).toEqual([]);
    expect(checked.code).toBe(0);
  });

  it("lists and schedule drawn from the plan check clean, the support list within the estimate", async () => {
    const lists = join(out, `${name}-lists.xlsx`);
    expect((await runCli(["lists", "new", "--plan", plan, "-o", lists])).code).toBe(0);
    const listCheck = await runCli(["lists", "check", lists, "--plan", plan, "--estimate", estimate]);
    // Every sheet reads "không có vấn đề nào" (no finding at all).
    const sheets = listCheck.stdout.match(/Trang “/g) ?? [];
    expect(sheets.length).toBeGreaterThan(0);
    expect(listCheck.stdout.match(/không có vấn đề nào/g) ?? []).toHaveLength(sheets.length);
    expect(listCheck.code).toBe(0);
    const schedule = join(out, `${name}-lich.xlsx`);
    expect((await runCli(["schedule", "--plan", plan, "-o", schedule])).code).toBe(0);
    const scheduleCheck = await runCli(["schedule", "check", schedule, "--plan", plan]);
    expect(scheduleCheck.stdout).toContain("không có vấn đề nào");
    expect(scheduleCheck.code).toBe(0);
  });
});
