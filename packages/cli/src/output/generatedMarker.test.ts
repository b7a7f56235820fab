import { describe, expect, it } from "vitest";
import { generatedKeywords, isGeneratedByHgcs } from "./generatedMarker.js";

describe("isGeneratedByHgcs", () => {
  it("knows the report and consolidation marks among other keywords, and nothing else", () => {
    expect(isGeneratedByHgcs(generatedKeywords.report)).toBe(true);
    expect(isGeneratedByHgcs(`dự toán; ${generatedKeywords.consolidation}`)).toBe(true);
    expect(isGeneratedByHgcs(undefined)).toBe(false);
    expect(isGeneratedByHgcs("hgcs")).toBe(false);
    expect(isGeneratedByHgcs("hgcs:reports")).toBe(false);
  });
});
