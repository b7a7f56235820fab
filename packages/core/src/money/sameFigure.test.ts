import { describe, expect, it } from "vitest";
import { sameFigure } from "./sameFigure.js";

describe("sameFigure", () => {
  it("ignores float noise and nothing more", () => {
    expect(sameFigure(0.1 + 0.2, 0.3)).toBe(true);
    expect(sameFigure(1.15 * 8500, 9775)).toBe(true);
    expect(sameFigure(9_007_199_254_740, 9_007_199_254_740.004)).toBe(true);
    expect(sameFigure(1_500_000, 1_500_001)).toBe(false);
    expect(sameFigure(0.001, 0.002)).toBe(false);
  });
});
