import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { amountValue, computeAmounts } from "./computeAmounts.js";
import type { EstimateDraft, LineDraft } from "./estimate.js";
import { sumDong } from "./lineProduct.js";
import { soTuPhapSheet } from "./testing/thanhHoa.js";

const line = (factors: number[], rate: number | null, amount: number | null = null): LineDraft => ({
  content: "x",
  factors: factors.map((value) => ({ kind: "quantity", value })),
  rate,
  amount,
});

describe("computeAmounts", () => {
  it("keeps every declared amount and computes the fixture sheet's subtotals and total", () => {
    const estimate = soTuPhapSheet();
    expect(estimate.sections.map((s) => s.amount)).toEqual([
      { declared: 528600000, computed: 528600000 },
      { declared: 33500000, computed: 33500000 },
    ]);
    expect(estimate.amount).toEqual({ declared: 562100000, computed: 562100000 });
    expect(estimate.sections[0]?.lines[0]?.amount).toEqual({ declared: 36000000, computed: 36000000 });
    expect(estimate.groups).toEqual([]);
  });

  it("computes a line from its factors × rate, or its sub-items as written, else as computed", () => {
    const draft: EstimateDraft = {
      sections: [
        {
          number: "I",
          title: "x",
          lines: [{ ...line([], null), children: [line([2], 10), line([], null, 5)] }, line([6], null, 7)],
          amount: 40,
        },
      ],
      amount: null,
    };
    const [section] = computeAmounts(draft).sections;
    const [parent, lump] = section?.lines ?? [];
    expect(parent?.amount).toEqual({ declared: null, computed: 25 });
    expect(parent?.children?.map((c) => c.amount)).toEqual([
      { declared: null, computed: 20 },
      { declared: 5, computed: null },
    ]);
    expect(lump?.amount).toEqual({ declared: 7, computed: null });
    // The section adds its items as written, else as computed: 25 + 7.
    expect(section?.amount).toEqual({ declared: 40, computed: 32 });
  });

  it("adds a group's sections, and the total over every section, each as written else computed", () => {
    const estimate = computeAmounts({
      groups: [
        { number: "A", title: "Hội nghị", sections: [0, 1], amount: 100 },
        { number: "B", title: "Tờ gấp", sections: [2], amount: null },
      ],
      sections: [
        { number: "I", title: "a", lines: [line([1], 30)], amount: null },
        { number: "II", title: "b", lines: [line([1], 40)], amount: 45 },
        { number: "III", title: "c", lines: [line([2], 5)], amount: null },
      ],
      amount: 85,
    });
    expect(estimate.groups.map((g) => [g.number, g.sections, g.amount])).toEqual([
      ["A", [0, 1], { declared: 100, computed: 75 }],
      ["B", [2], { declared: null, computed: 10 }],
    ]);
    expect(estimate.amount).toEqual({ declared: 85, computed: 85 });
  });

  it("adds adjustments into the total: a percentage over the sections it names, a correction as written", () => {
    const estimate = computeAmounts({
      sections: [
        { number: "I", title: "a", lines: [line([1], 3000)], amount: null },
        { number: "II", title: "b", lines: [line([1], 2000)], amount: 2000 },
      ],
      adjustments: [
        {
          number: "III",
          title: "Chi phí dự phòng 10 %",
          kind: "percentage",
          basis: { sections: [0, 1], percent: 10 },
          amount: null,
        },
        { title: "Thuế GTGT", kind: "percentage", amount: 550 },
        { title: "Làm tròn", kind: "correction", amount: -50 },
      ],
      amount: 6000,
    });
    expect(estimate.adjustments?.map((a) => a.amount)).toEqual([
      { declared: null, computed: 500 },
      { declared: 550, computed: 550 },
      { declared: -50, computed: -50 },
    ]);
    expect(estimate.amount).toEqual({ declared: 6000, computed: 6000 });
  });

  it("has no adjustments when the draft has none", () => {
    const estimate = computeAmounts({ sections: [{ number: "I", title: "a", lines: [], amount: 1 }], amount: 1 });
    expect(estimate).not.toHaveProperty("adjustments");
  });

  it("gives null for what cannot be computed: no rate, no factors, a sum past any number", () => {
    const estimate = computeAmounts({
      sections: [{ number: "I", title: "x", lines: [line([1], 1e308, 1e308), line([1], 1e308, 1e308)], amount: null }],
      amount: null,
    });
    expect(estimate.sections[0]?.amount.computed).toBeNull();
    // The sum is carried exactly: the total past any number cannot be computed either.
    expect(estimate.amount.computed).toBeNull();
    expect(amountValue({ declared: null, computed: 3 })).toBe(3);
    expect(amountValue({ declared: 0, computed: 3 })).toBe(0);
  });

  it("a section's computed amount is the exact sum of its items' values, whatever they are", () => {
    const value = fc.option(fc.integer({ min: -1e12, max: 1e12 }), { nil: null });
    fc.assert(
      fc.property(fc.array(fc.tuple(value, fc.option(fc.integer({ min: 0, max: 1e6 }), { nil: null }))), (lines) => {
        const drafts = lines.map(([amount, rate]) => line([3], rate, amount));
        const [section] = computeAmounts({
          sections: [{ number: "I", title: "x", lines: drafts, amount: null }],
          amount: null,
        }).sections;
        const expected = sumDong(lines.map(([amount, rate]) => amount ?? (rate === null ? null : rate * 3)));
        expect(section?.amount.computed).toBe(Number(expected));
      }),
    );
  });
});
