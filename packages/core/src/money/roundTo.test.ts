import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { roundTo } from "./roundTo.js";

describe("roundTo", () => {
  it("rounds as Excel: half away from zero, up away from zero, down toward zero", () => {
    expect(roundTo(1234.5, 0, "round")).toBe(1235);
    expect(roundTo(-1234.5, 0, "round")).toBe(-1235);
    expect(roundTo(99_999, -3, "round")).toBe(100_000);
    expect(roundTo(7_777, -3, "up")).toBe(8_000);
    expect(roundTo(-7_777, -3, "down")).toBe(-7_000);
    expect(roundTo(1.005, 2, "round")).toBe(1.01);
  });
  it("leaves a figure already at its digits as it is", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.constantFrom("round", "up", "down" as const), (n, mode) => {
        expect(roundTo(n * 1000, -3, mode)).toBe(n * 1000 + 0);
      }),
    );
  });
});
