import { describe, expect, it } from "vitest";
import { thanhHoaPlan } from "../plan/testing/soTuPhap2024.js";
import { checkSheet } from "./check.js";
import { fillSheet } from "./fill/fill.js";
import { estimateSheet } from "./testing/estimateSheet.js";
import { sampleSpec } from "./testing/sampleSpec.js";
import { usableSheetOptions } from "./sheetOptions.js";

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
});
