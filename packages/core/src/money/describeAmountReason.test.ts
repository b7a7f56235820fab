import { describe, expect, it } from "vitest";
import { describeAmountReason } from "./describeAmountReason.js";
import { parseAmountText, type AmountParseCode } from "./parseAmountText.js";

const samples: Record<AmountParseCode, string> = {
  empty: "đ",
  invalid_character: "1.500.000 x",
  bad_grouping: "1.50.000",
  missing_digits: "1.000,",
  too_large: "99999999999999999999",
};

describe("describeAmountReason", () => {
  it.each(Object.entries(samples))("renders %s as a sentence in both languages", (code, text) => {
    const parsed = parseAmountText(text);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.reason.code).toBe(code);
    const sentence = describeAmountReason(parsed.reason);
    for (const locale of ["vi", "en"] as const) {
      expect(sentence[locale].length).toBeGreaterThan(10);
      expect(sentence[locale]).not.toContain(code);
    }
    expect(sentence.vi).not.toBe(sentence.en);
  });

  it("names the character or the text at fault", () => {
    expect(describeAmountReason({ code: "invalid_character", character: "x" }).vi).toContain("“x”");
    expect(describeAmountReason({ code: "bad_grouping", text: "1.50.000" }).en).toContain("“1.50.000”");
  });
});
