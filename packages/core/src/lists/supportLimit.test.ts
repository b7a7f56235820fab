import { describe, expect, it } from "vitest";
import { computeAmounts } from "../budget/computeAmounts.js";
import type { Estimate, LineDraft } from "../budget/estimate.js";
import { planSchema, type ConferenceSeries } from "../plan/planSchema.js";
import { samplePlanInput } from "../testing/samplePlan.js";
import { supportLimit } from "./supportLimit.js";

const series = planSchema.parse(samplePlanInput()).conferences[0] as ConferenceSeries;
const line = (content: string, amount: number, extra: Partial<LineDraft> = {}): LineDraft => ({
  content,
  factors: [],
  rate: null,
  amount,
  ...extra,
});
const estimate = (lines: LineDraft[]): Estimate =>
  computeAmounts({ sections: [{ number: "I", title: "Hội nghị", lines, amount: null }], amount: null });

describe("supportLimit", () => {
  it("shares the estimate's meal-support line over the series' conferences", () => {
    const e = estimate([
      line("Thuê hội trường", 36000000),
      line("Hỗ trợ tiền ăn cho đại biểu không hưởng lương từ NSNN", 243000000),
    ]);
    expect(supportLimit(e, series)).toBe(40500000);
  });

  it("prefers lines tied to the series, rounds down, and is undefined without a meal line", () => {
    const tied = estimate([
      line("Hỗ trợ tiền ăn đại biểu", 100, {
        normId: "meeting.meal.nonsalaried",
        planRef: { conferenceSeries: "other" },
      }),
      line("Hỗ trợ tiền ăn đại biểu", 1000, {
        normId: "meeting.meal.nonsalaried",
        planRef: { conferenceSeries: series.id },
      }),
    ]);
    expect(supportLimit(tied, series)).toBe(166);
    expect(supportLimit(estimate([line("Thuê hội trường", 1)]), series)).toBeUndefined();
  });

  it("counts travel support with meal support: the list pays both", () => {
    const e = estimate([
      line("Hỗ trợ tiền ăn cho đại biểu không hưởng lương từ NSNN", 3600000),
      line("Hỗ trợ tiền đi lại cho đại biểu không hưởng lương từ NSNN", 2400000),
      line("Nước uống giữa giờ", 600000),
    ]);
    const one = { ...series, count: 1 };
    expect(supportLimit(e, one)).toBe(6000000);
  });
});
