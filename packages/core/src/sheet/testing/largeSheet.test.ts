import { describe, expect, it } from "vitest";
import { checkSheet } from "../check.js";
import { valueOf } from "../../testing/resultValue.js";
import { largeSheet } from "./largeSheet.js";

// The benchmark must measure a valid sheet: a generator bug would time the error paths instead.
describe("largeSheet", () => {
  it.each([1_000, 10_000])("generates %i lines that check without errors", (lines) => {
    const checked = checkSheet(largeSheet(lines));
    expect(checked.findings.filter((f) => f.severity === "error")).toEqual([]);
    const count = valueOf(checked).estimate.sections.reduce((n, s) => n + s.lines.length, 0);
    expect(count).toBe(lines);
  });
});
