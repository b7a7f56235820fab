import { describe, expect, it } from "vitest";
import { computeAmounts } from "./computeAmounts.js";
import { spendingByCategory, spendingCategories } from "./spendingCategory.js";
import { summarizeEstimate } from "./summarizeEstimate.js";
import { sheetLocator, soTuPhapDraft, soTuPhapSheet, thanhHoaPlan } from "./testing/thanhHoa.js";

describe("summarizeEstimate", () => {
  it("gives the Thanh Hóa estimate's total, words, subtotals and categories, adding up to the total", () => {
    const estimate = soTuPhapSheet();
    const summary = summarizeEstimate(estimate);
    expect(summary.total).toBe(562_100_000);
    expect(summary.words).toBe("Năm trăm sáu mươi hai triệu một trăm nghìn đồng");
    expect(summary.sections.map((s) => [s.number, s.amount])).toEqual([
      ["I", 528_600_000],
      ["II", 33_500_000],
    ]);
    expect(summary.categories.map((c) => c.category)).toEqual([...spendingCategories]);
    expect(summary.categories.reduce((sum, c) => sum + c.amount, 0)).toBe(562_100_000);
    // The same mapping as the consolidated estimate's columns.
    const byCategory = spendingByCategory(estimate);
    for (const c of summary.categories) expect(BigInt(c.amount)).toBe(byCategory[c.category]);
    expect(summary.perConference).toBeUndefined();
    expect(summary.allocation).toBeUndefined();
  });

  it("points each category at its lines' amount cells when the estimate comes from a sheet", () => {
    const summary = summarizeEstimate(soTuPhapSheet(), { locator: sheetLocator() });
    const meal = summary.categories.find((c) => c.category === "meal_support");
    expect(meal?.amount).toBe(243_000_000);
    expect(meal?.lines).toEqual([{ sheet: "Dự toán", cell: "G19" }]);
    const hall = summary.categories.find((c) => c.category === "hall");
    expect(hall?.lines.map((l) => l.cell)).toEqual(["G14", "G15"]);
    // Without a sheet, a path into the estimate.
    const plain = summarizeEstimate(soTuPhapSheet());
    expect(plain.categories.find((c) => c.category === "hall")?.lines[0]).toEqual({
      path: "sections.0.lines.0.amount",
    });
  });

  it("with a plan: cost per conference and per delegate-day, and what is left of the allocation", () => {
    const plan = thanhHoaPlan;
    const summary = summarizeEstimate(soTuPhapSheet(), { plan, allocation: 600_000_000 });
    // 6 conferences of 320 delegates for one day: 1.920 delegate-days.
    expect(summary.perConference).toBe(Math.round(562_100_000 / 6));
    expect(summary.perDelegateDay).toBe(Math.round(562_100_000 / 1920));
    expect(summary.allocation).toEqual({ allocated: 600_000_000, remaining: 37_900_000 });
    expect(summarizeEstimate(soTuPhapSheet(), { plan, allocation: 500_000_000 }).allocation?.remaining).toBe(
      -62_100_000,
    );
  });

  it("sets each capped rate against its cap, saying when the cap is only advice", () => {
    const draft = soTuPhapDraft();
    const lines = draft.sections[0]?.lines ?? [];
    const meal = lines[5];
    if (!meal) throw new Error("no meal line");
    const over = { ...meal, rate: 200_000, amount: 1620 * 200_000 };
    const estimate = computeAmounts({
      ...draft,
      sections: [{ ...draft.sections[0]!, lines: lines.map((l) => (l === meal ? over : l)) }, draft.sections[1]!],
    });
    const summary = summarizeEstimate(estimate, { plan: thanhHoaPlan, locator: sheetLocator() });
    const mealCap = summary.caps.find((c) => c.at.cell === "F19");
    expect(mealCap).toMatchObject({ rate: 200_000, cap: 150_000, advisory: false });
    expect(mealCap?.ratio).toBeCloseTo(4 / 3);
    expect(mealCap).toMatchObject({ state: "over", percent: 33 });
    expect(summary.caps.some((c) => c.advisory && c.state === "advisory")).toBe(true);
    for (const c of summary.caps) expect(c.cap).toBeGreaterThan(0);
  });

  it("says a rate a hair over its cap is over by 1 %, never 0 %, and gives each category its share", () => {
    const draft = soTuPhapDraft();
    const lines = draft.sections[0]?.lines ?? [];
    const meal = lines[5];
    if (!meal) throw new Error("no meal line");
    const hair = { ...meal, rate: 150_600, amount: 1620 * 150_600 };
    const estimate = computeAmounts({
      ...draft,
      sections: [{ ...draft.sections[0]!, lines: lines.map((l) => (l === meal ? hair : l)) }, draft.sections[1]!],
    });
    const summary = summarizeEstimate(estimate, { plan: thanhHoaPlan, locator: sheetLocator() });
    expect(summary.caps.find((c) => c.at.cell === "F19")).toMatchObject({ state: "over", percent: 1 });
    const shares = summary.categories.map((c) => c.percent);
    expect(shares.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(98);
    expect(shares.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(102);
  });

  it("has no total, words or per-unit costs when nothing adds up", () => {
    // Amounts past any number add up to no figure.
    const huge = { content: "Khoản lớn", factors: [], rate: null, amount: 1e308 };
    const estimate = computeAmounts({
      sections: [{ number: "I", title: "Chi", lines: [huge, huge], amount: null }],
      amount: null,
    });
    const summary = summarizeEstimate(estimate, { plan: thanhHoaPlan });
    expect(summary.total).toBeNull();
    expect(summary.words).toBeUndefined();
    expect(summary.perConference).toBeUndefined();
    expect(summary.allocation).toBeUndefined();
  });
});
