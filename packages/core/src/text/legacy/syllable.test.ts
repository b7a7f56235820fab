import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isVietnameseSyllable } from "./syllable.js";
import { casedSyllableArb } from "./testing/syllables.js";

describe("isVietnameseSyllable", () => {
  it("accepts real words", () => {
    const words =
      "Hội nghị tập huấn người nghĩa khuyết thuê chuyển giữa gì quốc quyết hòa hoà khỏe ngoặc rượu khuya huỳnh uống Ở ĐỒNG ký boong";
    for (const w of words.split(" ")) expect(isVietnameseSyllable(w), w).toBe(true);
  });

  it("rejects mojibake, foreign words and bad tones on checked rhymes", () => {
    for (const w of [
      "Héi",
      "nghÞ",
      "ThỔnh",
      "café",
      "Vieät",
      "tàp",
      "hỏc",
      "xyz",
      "chỳ",
      "trỳ",
      "aé",
      "ViỆt",
      "hello",
    ]) {
      expect(isVietnameseSyllable(w), w).toBe(false);
    }
  });

  it("accepts any case of a syllable", () => {
    fc.assert(fc.property(casedSyllableArb, (s) => isVietnameseSyllable(s) && isVietnameseSyllable(s.toUpperCase())));
  });
  it("applies the spelling rules of k/c, gh/g, ngh/ng", () => {
    for (const w of ["kem", "ghi", "nghe", "cá", "ngà", "gà", "kỳ"]) expect(isVietnameseSyllable(w), w).toBe(true);
    for (const w of ["ka", "ghá", "ngha", "ce", "nge", "ge"]) expect(isVietnameseSyllable(w), w).toBe(false);
  });
});
