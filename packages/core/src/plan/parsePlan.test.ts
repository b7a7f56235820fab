import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { samplePlanInput } from "../testing/samplePlan.js";
import { formatFinding } from "../findings/formatFinding.js";
import { issuePath } from "./describeIssue.js";
import { parsePlan } from "./parsePlan.js";
import { valueOf } from "../testing/resultValue.js";

describe("parsePlan", () => {
  it("reads a good plan with defaults and no findings", () => {
    const parsed = parsePlan(samplePlanInput());
    expect(parsed.findings).toEqual([]);
    const plan = valueOf(parsed);
    expect(plan.materials[0]?.titles).toBe(1);
    expect(plan.funding.currency).toBe("VND");
  });

  it("tolerates a $schema key for editors", () => {
    expect(parsePlan({ $schema: "./plan.schema.json", ...samplePlanInput() }).findings).toEqual([]);
  });

  it("reads what the plan allots to its units, and warns of a misspelt allotment field", () => {
    const allotments = [
      { unit: "UBND xã An Cư", delegates: 80, copies: 500, amountVnd: 25_000_000 },
      { unit: "Phòng Tư pháp huyện Như Thanh", amountVnd: 40_000_000 },
    ];
    const parsed = parsePlan({ ...samplePlanInput(), allotments });
    expect(parsed.findings).toEqual([]);
    expect(valueOf(parsed).allotments).toEqual(allotments);
    const misspelt = parsePlan({ ...samplePlanInput(), allotments: [{ unit: "UBND xã An Cư", copie: 5 }] });
    expect(misspelt.findings.map((f) => [f.code, f.at?.path])).toEqual([["plan.unknown_key", "allotments.0.copie"]]);
    expect(parsePlan({ ...samplePlanInput(), allotments: [{ unit: "", amountVnd: -1 }] }).ok).toBe(false);
  });

  it("warns of every key the format does not know, by its path, and still returns the plan", () => {
    const input = { ...samplePlanInput(), coIssuer: { agency: "Ủy ban MTTQ huyện" } };
    const series = input.conferences?.[0];
    const parsed = parsePlan({ ...input, conferences: [{ ...series, daysEch: 2 }] });
    expect(parsed.ok).toBe(true);
    expect(parsed.findings.map((f) => [f.code, f.severity, f.at?.path])).toEqual([
      ["plan.unknown_key", "warning", "conferences.0.daysEch"],
      ["plan.unknown_key", "warning", "coIssuer"],
    ]);
    expect(formatFinding(parsed.findings[0] as (typeof parsed.findings)[number])).toContain('"daysEch"');
    expect(valueOf(parsed).conferences[0]?.daysEach).toBe(series?.daysEach);
  });

  it("runs the cross-checks and still returns the plan", () => {
    const input = samplePlanInput();
    const group = input.conferences?.[0]?.quotaGroups[0];
    if (group) group.persons = 280;
    const { ok, findings } = parsePlan(input);
    expect(ok).toBe(true);
    expect(findings).toMatchObject([
      { code: "plan.quota_sum_mismatch", at: { path: "conferences.0.quotaGroups" }, params: { sum: 330 } },
    ]);
  });

  it.each([null, "plan", 42, [], true])("rejects a non-object (%j) with a finding", (json) => {
    const { ok, findings } = parsePlan(json);
    expect(ok).toBe(false);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ code: "plan.invalid", severity: "error" });
    expect(findings[0]?.at).toBeUndefined();
    expect(
      formatFinding(
        findings[0] ?? { code: "plan.invalid", severity: "error", params: { problem: { vi: "", en: "" } } },
      ),
    ).toMatch(/^Kế hoạch không hợp lệ: cần đối tượng/);
  });

  it("points at missing and mistyped fields by JSON path", () => {
    const input = samplePlanInput() as Record<string, unknown>;
    delete input["signer"];
    (input["document"] as Record<string, unknown>)["year"] = "2024";
    const { ok, findings } = parsePlan(input);
    expect(ok).toBe(false);
    expect(findings.map((f) => [f.code, f.at?.path])).toEqual(
      expect.arrayContaining([
        ["plan.invalid", "signer"],
        ["plan.invalid", "document.year"],
      ]),
    );
    const signer = findings.find((f) => f.at?.path === "signer");
    expect(signer && formatFinding(signer, "en")).toBe("Invalid plan: a required field is missing");
  });

  it("reports bad counts as not positive, with the value", () => {
    const input = samplePlanInput();
    const series = input.conferences?.[0];
    if (series) {
      series.count = 0;
      series.daysEach = 1.3;
    }
    const { findings } = parsePlan(input);
    expect(findings).toMatchObject([
      { code: "plan.not_positive", at: { path: "conferences.0.count" }, params: { value: "0" } },
      { code: "plan.not_positive", at: { path: "conferences.0.daysEach" }, params: { value: "1.3" } },
    ]);
  });

  it("rejects impossible dates and unknown venue tiers", () => {
    const input = samplePlanInput();
    if (input.funding.basis) input.funding.basis.date = "2023-02-29";
    const series = input.conferences?.[0];
    if (series) (series as Record<string, unknown>)["venueTier"] = "city";
    const paths = parsePlan(input).findings.map((f) => f.at?.path);
    expect(paths).toEqual(["conferences.0.venueTier", "funding.basis.date"]);
  });

  it("never throws on arbitrary JSON, and every finding names a known code", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (json) => {
        const { ok, findings } = parsePlan(json);
        expect(ok).toBe(false);
        expect(findings.length).toBeGreaterThan(0);
        for (const f of findings) expect(formatFinding(f)).not.toContain("undefined");
      }),
    );
  });

  it("never throws when any part of a good plan is replaced by arbitrary JSON", () => {
    const paths = leafPaths(samplePlanInput());
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.jsonValue(), (path, value) => {
        const input = samplePlanInput();
        setAt(input, path, value);
        const { ok, findings } = parsePlan(input);
        expect(ok || findings.length > 0).toBe(true);
        for (const f of findings) expect(f.at?.path === undefined || f.at.path.length > 0).toBe(true);
      }),
    );
  });

  it("joins issue paths with dots", () => {
    expect(issuePath(["conferences", 0, "quotaGroups", 1, "persons"])).toBe("conferences.0.quotaGroups.1.persons");
    expect(issuePath([])).toBe("");
  });
});

function leafPaths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== "object") return [prefix];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [prefix, ...entries.flatMap(([k, v]) => leafPaths(v, [...prefix, k]))];
}

function setAt(root: unknown, path: (string | number)[], value: unknown): void {
  const parent = path
    .slice(0, -1)
    .reduce<unknown>((here, key) => (here as Record<string | number, unknown>)[key], root);
  const last = path[path.length - 1];
  if (last !== undefined) (parent as Record<string | number, unknown>)[last] = value;
}
