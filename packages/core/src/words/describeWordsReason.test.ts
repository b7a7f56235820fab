import { describe, expect, it } from "vitest";
import { describeWordsReason } from "./describeWordsReason.js";
import { parseVietnameseWords, type WordsParseCode } from "./parseVietnameseWords.js";

// A text that breaks each rule, read by the parser itself: the sentence is the one a user sees for it.
const samples: Record<WordsParseCode, string> = {
  empty: "đồng chẵn./.",
  digit_in_text: "Một trăm 20 nghìn đồng",
  unknown_word: "Một trăm xyz nghìn đồng",
  unexpected_word: "hai mười nghìn đồng",
  misplaced_word: "tư nghìn đồng",
  missing_digit: "trăm nghìn đồng",
  zero_group: "một nghìn không trăm",
  scale_order: "một nghìn hai triệu đồng",
  ambiguous_group: "một nghìn hai",
  missing_number: "tỷ đồng",
};

describe("describeWordsReason", () => {
  it.each(Object.entries(samples))("renders %s as a sentence in both languages, naming the word", (code, text) => {
    const parsed = parseVietnameseWords(text);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.reason.code).toBe(code);
    const sentence = describeWordsReason(parsed.reason);
    for (const locale of ["vi", "en"] as const) {
      expect(sentence[locale].length).toBeGreaterThan(10);
      // The reason's code is for programs; the user reads words.
      expect(sentence[locale]).not.toContain(code);
      if (parsed.reason.word !== undefined) expect(sentence[locale]).toContain(parsed.reason.word);
    }
    expect(sentence.vi).not.toBe(sentence.en);
  });

  it("says an unknown word as the user typed it", () => {
    expect(describeWordsReason({ code: "unknown_word", word: "xyz" })).toEqual({
      vi: "không đọc được chữ “xyz”",
      en: "“xyz” is not a number word",
    });
  });
});
