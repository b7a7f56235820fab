import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allocateLargestRemainder } from "./allocate.js";

const units = (weights: readonly number[]) => weights.map((weight, i) => ({ unit: `U${i}`, weight }));
const counts = (total: number, weights: readonly number[]) =>
  allocateLargestRemainder(total, units(weights))?.map((a) => a.count);

const weightsArb = fc.array(fc.nat({ max: 1000 }), { minLength: 1, maxLength: 40 }).filter((w) => w.some((x) => x > 0));
const totalArb = fc.nat({ max: 1_000_000 });

describe("allocateLargestRemainder", () => {
  it("shares in proportion, remainders to the largest fractions", () => {
    expect(counts(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(counts(25000, [27, 20, 13])).toEqual([11250, 8333, 5417]);
    expect(counts(7, [5, 3, 2])).toEqual([4, 2, 1]);
  });

  it("breaks equal remainders by larger weight, then by list order", () => {
    // 5 × 1/2 = 2.5 for both: the first listed gets the extra copy.
    expect(counts(5, [1, 1])).toEqual([3, 2]);
    // 3 × (2/4, 1/4, 1/4): 1.5, 0.75, 0.75 → base 1,0,0; remainders .5,.75,.75 → the two quarters first.
    expect(counts(3, [2, 1, 1])).toEqual([1, 1, 1]);
    // 2 × (1/4, 3/4) = 0.5, 1.5: equal remainders 0.5 → the larger weight gets the copy left over.
    expect(counts(2, [1, 3])).toEqual([0, 2]);
  });

  it("gives zero-weight units nothing and refuses all-zero weights for a positive total", () => {
    expect(counts(9, [0, 3, 0])).toEqual([0, 9, 0]);
    expect(counts(0, [0, 0])).toEqual([0, 0]);
    expect(allocateLargestRemainder(5, units([0, 0]))).toBeUndefined();
    expect(allocateLargestRemainder(5, [])).toBeUndefined();
  });

  it("refuses non-integer or negative totals and weights", () => {
    expect(allocateLargestRemainder(2.5, units([1]))).toBeUndefined();
    expect(allocateLargestRemainder(-1, units([1]))).toBeUndefined();
    expect(allocateLargestRemainder(3, units([1, -1]))).toBeUndefined();
    expect(allocateLargestRemainder(3, units([0.5]))).toBeUndefined();
  });

  it("is exact for large numbers", () => {
    const big = Number.MAX_SAFE_INTEGER - 1;
    expect(counts(big, [Number.MAX_SAFE_INTEGER, 1])?.reduce((a, b) => a + b, 0)).toBe(big);
  });

  it("property: the counts sum exactly to the total", () => {
    fc.assert(
      fc.property(totalArb, weightsArb, (total, weights) => {
        expect(counts(total, weights)?.reduce((a, b) => a + b, 0)).toBe(total);
      }),
    );
  });

  it("property: each count is the floor or the ceiling of its exact quota", () => {
    fc.assert(
      fc.property(totalArb, weightsArb, (total, weights) => {
        const sum = weights.reduce((a, b) => a + b, 0);
        counts(total, weights)?.forEach((c, i) => {
          const floor = Math.floor((total * (weights[i] ?? 0)) / sum);
          expect(c === floor || c === floor + 1 || c === Math.ceil((total * (weights[i] ?? 0)) / sum)).toBe(true);
        });
      }),
    );
  });

  it("property: monotone in weight (a larger weight never gets fewer; equal weights differ by at most 1)", () => {
    fc.assert(
      fc.property(totalArb, weightsArb, (total, weights) => {
        const c = counts(total, weights) ?? [];
        for (let i = 0; i < weights.length; i++) {
          for (let j = 0; j < weights.length; j++) {
            const [wi, wj, ci, cj] = [weights[i] ?? 0, weights[j] ?? 0, c[i] ?? 0, c[j] ?? 0];
            if (wi > wj) expect(ci).toBeGreaterThanOrEqual(cj);
            if (wi === wj) expect(Math.abs(ci - cj)).toBeLessThanOrEqual(1);
          }
        }
      }),
    );
  });

  it("property: deterministic, and zero weights get zero", () => {
    fc.assert(
      fc.property(totalArb, weightsArb, (total, weights) => {
        const first = counts(total, weights);
        expect(counts(total, [...weights])).toEqual(first);
        weights.forEach((w, i) => {
          if (w === 0) expect(first?.[i]).toBe(0);
        });
      }),
    );
  });

  it("property: raising one unit's weight never lowers its count", () => {
    fc.assert(
      fc.property(
        totalArb,
        weightsArb,
        fc.nat({ max: 39 }),
        fc.integer({ min: 1, max: 500 }),
        (total, weights, k, bump) => {
          const i = k % weights.length;
          const before = counts(total, weights)?.[i] ?? 0;
          const raised = weights.map((w, j) => (j === i ? w + bump : w));
          // Hamilton's method is not house-monotone in general, but it is monotone for the unit whose weight rises.
          expect(counts(total, raised)?.[i] ?? 0).toBeGreaterThanOrEqual(before);
        },
      ),
    );
  });
});
