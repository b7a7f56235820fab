import { describe, expect, it } from "vitest";
import { thanhHoaPlan } from "../plan/testing/soTuPhap2024.js";
import { checkSheet } from "./check.js";
import { fillSheet } from "./fill/fill.js";
import { estimateSheet } from "./testing/estimateSheet.js";
import { sampleSpec } from "./testing/sampleSpec.js";
import { usableSheetOptions } from "./sheetOptions.js";
import { checkConferenceList } from "../lists/checkConferenceList.js";
import { planSchema } from "../plan/planSchema.js";
import { samplePlanInput } from "../testing/samplePlan.js";
import { checkDistributionSheet } from "../distribution/checkDistribution.js";

const invalid = (findings: readonly { code: string; params: Record<string, unknown> }[]) =>
  findings.filter((f) => f.code === "options.invalid").map((f) => f.params.option);

describe("options at the public entry points", () => {
  it("turns unusable options into options.invalid findings and checks without them, never throwing", () => {
    const grid = estimateSheet(sampleSpec);
    const cases: [unknown, string[]][] = [
      [null, ["options"]],
      [42, ["options"]],
      ["plan", ["options"]],
      [[], ["options"]],
      [{ plan: {} }, ["plan"]],
      [{ plan: null }, ["plan"]],
      [{ plan: { conferences: "many" } }, ["plan"]],
      [{ date: 2024 }, ["date"]],
      [{ date: "20/02/2024" }, ["date"]],
      [{ norms: "all" }, ["norms"]],
      [{ norms: [null] }, ["norms"]],
      [{ words: 5 }, ["words"]],
      [{ fix: 7 }, ["fix"]],
      [{ fix: [1] }, ["fix"]],
      [{ plan: thanhHoaPlan, date: "2024-02-20" }, []],
    ];
    for (const [options, expected] of cases) {
      const checked = checkSheet(grid, options as never);
      expect(checked.ok, JSON.stringify(options)).toBe(true);
      expect(invalid(checked.findings), JSON.stringify(options)).toEqual(expected);
      const filled = fillSheet(grid, options as never);
      expect(filled.ok, JSON.stringify(options)).toBe(true);
      expect(invalid(filled.findings)).toEqual(expected);
    }
  });

  it("checks a plan's structure once per plan object, not once per call", () => {
    const plan = { ...thanhHoaPlan };
    expect(usableSheetOptions({ plan }).findings).toEqual([]);
    // The verdict is kept for that object: later calls do not parse it again.
    const started = performance.now();
    for (let i = 0; i < 10_000; i++) usableSheetOptions({ plan });
    expect(performance.now() - started).toBeLessThan(500);
  });

  it("guards the list and distribution checks too: a wrong plan or options object is a finding", () => {
    const grid = { sheet: "DS", rows: [[{ value: "STT" }, { value: "Họ và tên" }, { value: "Đơn vị" }]] };
    const plan = planSchema.parse(samplePlanInput());
    const series = plan.conferences[0];
    if (!series) throw new Error("the sample plan has no conference");
    const badPlan = checkConferenceList(grid, {} as never, series);
    expect([badPlan.ok, invalid(badPlan.findings)]).toEqual([false, ["plan"]]);
    expect(invalid(checkConferenceList(grid, plan, series, null as never).findings)).toEqual(["options"]);
    expect(invalid(checkDistributionSheet(grid, null as never).findings)).toEqual(["options"]);
  });
});
