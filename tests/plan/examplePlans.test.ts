// The example plans of examples/plans: each parses with no finding, and its estimate, drawn on a sheet
// and read back as an office would type it, checks with no error.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { checkSheet, estimateFromPlan, parsePrices, renderEstimate } from "@hgcs/core";
import { parsePlan } from "@hgcs/core/plan";
import { describe, expect, it } from "vitest";
import { valueOf } from "../../packages/core/src/testing/resultValue.js";
import { repoRoot } from "../testing/fixtures.js";

const plansDir = join(repoRoot, "examples", "plans");
const names = readdirSync(plansDir, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name);
const json = (name: string, file: string): unknown => JSON.parse(readFileSync(join(plansDir, name, file), "utf8"));

describe("examples/plans", () => {
  it("holds a district plan before 2025, a commune plan after, an online conference", () => {
    expect(names).toEqual(expect.arrayContaining(["lang-son-2023", "tan-an-2025", "thua-thien-hue-2024"]));
  });

  it.each(names)("%s: the plan and prices parse with no finding; the estimate checks with no error", (name) => {
    const parsed = parsePlan(json(name, "plan.json"));
    expect(parsed.findings).toEqual([]);
    const plan = valueOf(parsed);
    const prices = parsePrices(json(name, "prices.json"));
    expect(prices.findings).toEqual([]);
    const { estimate, findings } = estimateFromPlan(plan, valueOf(prices));
    expect(findings.filter((f) => f.severity !== "info")).toEqual([]);
    const { grid } = renderEstimate(estimate, plan);
    const checked = checkSheet(grid, { plan });
    expect(checked.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });
});
