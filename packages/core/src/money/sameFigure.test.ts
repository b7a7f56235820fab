import { describe, expect, it } from "vitest";
import { sameFigure, sameOrRounded } from "./sameFigure.js";

describe("sameFigure", () => {
  it("ignores float noise and nothing more", () => {
    expect(sameFigure(0.1 + 0.2, 0.3)).toBe(true);
    expect(sameFigure(1.15 * 8500, 9775)).toBe(true);
    expect(sameFigure(9_007_199_254_740, 9_007_199_254_740.004)).toBe(true);
    expect(sameFigure(1_500_000, 1_500_001)).toBe(false);
    expect(sameFigure(0.001, 0.002)).toBe(false);
  });
});

describe("sameOrRounded", () => {
  it("takes a figure rounded to the thousand, hundred or two decimals, in any of Excel's modes", () => {
    expect(sameOrRounded(1_663_574, 1_664_000)).toBe(true);
    expect(sameOrRounded(1_663_574, 1_663_000)).toBe(true);
    expect(sameOrRounded(1_663_574, 1_663_600)).toBe(true);
    expect(sameOrRounded(1_663.574, 1_663.57)).toBe(true);
    expect(sameOrRounded(1_663.574, 1_664)).toBe(true);
    expect(sameOrRounded(2_000_000, 2_000_000)).toBe(true);
  });

  it("does not take a figure off by more than the rounding", () => {
    expect(sameOrRounded(1_663_574, 1_665_000)).toBe(false);
    expect(sameOrRounded(1_663_574, 1_660_000)).toBe(false);
    expect(sameOrRounded(19_962_888, 1_664_000)).toBe(false);
  });
});
