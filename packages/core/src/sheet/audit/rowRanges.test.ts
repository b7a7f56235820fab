import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RowRanges } from "./rowRanges.js";

describe("RowRanges", () => {
  it("holds the rows of its ranges", () => {
    const rows = new RowRanges([
      { top: 10, bottom: 12 },
      { top: 3, bottom: 3 },
      { top: 11, bottom: 20 },
      { top: 8, bottom: 5 },
    ]);
    expect([2, 3, 4, 5, 9, 10, 15, 20, 21].filter((r) => rows.has(r))).toEqual([3, 10, 15, 20]);
    expect(new RowRanges([]).has(0)).toBe(false);
  });

  it("answers as a set of every row of every range", () => {
    const range = fc
      .tuple(fc.integer({ min: -3, max: 40 }), fc.integer({ min: -3, max: 40 }))
      .map(([top, bottom]) => ({ top, bottom }));
    fc.assert(
      fc.property(fc.array(range, { maxLength: 8 }), (ranges) => {
        const set = new Set<number>();
        for (const { top, bottom } of ranges) for (let r = top; r <= bottom; r++) set.add(r);
        const rows = new RowRanges(ranges);
        for (let r = -5; r <= 45; r++) expect(rows.has(r)).toBe(set.has(r));
      }),
    );
  });
});
