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
  it("holds a district plan before 2025, a commune plan after, an online conference, a joint plan", () => {
    expect(names).toEqual(
      expect.arrayContaining(["lang-son-2023", "tan-an-2025", "thua-thien-hue-2024", "gia-lai-2026"]),
    );
  });

  it("gives the online conference's attendance per site", () => {
    const plan = valueOf(parsePlan(json("thua-thien-hue-2024", "plan.json")));
    const sites = plan.conferences.flatMap((c) => (c.instances ?? []).flatMap((i) => i.sites ?? []));
    expect(sites.length).toBeGreaterThan(0);
    for (const site of sites) expect(Object.keys(site.attendance ?? {})).not.toEqual([]);
  });

  it("gia-lai-2026: a joint plan of a province department and a commune, its conference capped at the commune tier", () => {
    const plan = valueOf(parsePlan(json("gia-lai-2026", "plan.json")));
    expect(plan.coIssuers?.map((c) => [c.agency, c.level])).toEqual([["UBND xã Đức Cơ", "commune_committee"]]);
    expect(plan.signers?.map((s) => s.agency)).toEqual(["Sở Tư pháp", "UBND xã Đức Cơ"]);
    expect(plan.funding.sources?.map((s) => s.level)).toEqual(["province", "commune"]);
    const { estimate } = estimateFromPlan(plan, valueOf(parsePrices(json("gia-lai-2026", "prices.json"))));
    const lines = estimate.sections[0]?.lines ?? [];
    // The price list drops the hall (the commune's own) and words the decoration its way.
    expect(lines.map((l) => l.kind)).not.toContain("hall");
    expect(lines[0]?.content).toBe("Trang trí, khánh tiết, phông nền hội nghị");
    // 100.000 đ is the commune tier's cap: a rate above it is over the cap, at the province's tier it is not.
    const meal = lines.find((l) => l.kind === "meal_support");
    expect(meal?.rate).toBe(100000);
    const over = estimateFromPlan(
      plan,
      valueOf(
        parsePrices({
          ...(json("gia-lai-2026", "prices.json") as object),
          conference: { mealPerPersonDay: 120000 },
        }),
      ),
    ).findings;
    expect(over.filter((f) => f.code === "rate.over_cap")).toHaveLength(1);
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
