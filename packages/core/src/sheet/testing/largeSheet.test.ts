import { describe, expect, it } from "vitest";
import { checkSheet } from "../check.js";
import { largeSheet } from "./largeSheet.js";

// The benchmark must measure a valid sheet: a generator bug would time the error paths instead.
describe("largeSheet", () => {
  it.each([1_000, 10_000])("generates %i lines that check without errors", (lines) => {
    const { estimate, findings } = checkSheet(largeSheet(lines));
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
    const count = estimate?.sections.reduce((n, s) => n + s.lines.length, 0);
    expect(count).toBe(lines);
  });
});
