import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toDong } from "./toDong.js";

describe("toDong", () => {
  it("scales to integer đồng, rounding away float noise only", () => {
    expect(toDong(1.2, 1000)).toBe(1200);
    expect(toDong(1.1, 1000)).toBe(1100);
    expect(toDong(0.1 + 0.2, 1000)).toBe(300);
    expect(toDong(243, 1_000_000)).toBe(243_000_000);
    expect(toDong(1_234_567, 1)).toBe(1_234_567);
    expect(toDong(-1.5, 1000)).toBe(-1500);
    expect(toDong(-0, 1)).toBe(0);
    expect(Object.is(toDong(-0, 1), 0)).toBe(true);
  });
  it("signals a result that is not whole đồng, not finite or not safe", () => {
    expect(toDong(1.2345, 1000)).toBeUndefined();
    expect(toDong(0.5, 1)).toBeUndefined();
    expect(toDong(1e-7, 1)).toBeUndefined();
    expect(toDong(Number.NaN, 1000)).toBeUndefined();
    expect(toDong(Number.POSITIVE_INFINITY, 1)).toBeUndefined();
    expect(toDong(1e16, 1000)).toBeUndefined();
  });
  it("recovers n from n/1000 read back in a thousands table", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => {
        expect(toDong(n / 1000, 1000)).toBe(n === 0 ? 0 : n);
      }),
    );
  });
});
