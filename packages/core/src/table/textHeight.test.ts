import { describe, expect, it } from "vitest";
import { wrappedHeight } from "./textHeight.js";

describe("wrappedHeight", () => {
  it("grows by whole lines with the text and with line breaks", () => {
    const one = wrappedHeight("ngắn", 38, 12);
    expect(wrappedHeight("x".repeat(200), 38, 12)).toBeGreaterThanOrEqual(one * 3);
    expect(wrappedHeight("a\nb", 38, 12)).toBe(wrappedHeight("a", 38, 12) * 2);
    expect(wrappedHeight("ngắn", 38, 14)).toBeGreaterThan(one);
  });
});
