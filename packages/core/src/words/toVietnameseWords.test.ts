import { describe, expect, it } from "vitest";
import { parseVietnameseWords } from "./parseVietnameseWords.js";
import { toVietnameseWords } from "./toVietnameseWords.js";
import { allStyles, expectedWords, wordVectors } from "./testing/wordsVectors.js";

describe("toVietnameseWords", () => {
  it("reads the reference vectors in the default (northern) style", () => {
    expect(toVietnameseWords(15)).toBe("mười lăm");
    expect(toVietnameseWords(21)).toBe("hai mươi mốt");
    expect(toVietnameseWords(24)).toBe("hai mươi tư");
    expect(toVietnameseWords(105)).toBe("một trăm linh năm");
    expect(toVietnameseWords(134)).toBe("một trăm ba mươi tư");
    expect(toVietnameseWords(1001)).toBe("một nghìn không trăm linh một");
    expect(toVietnameseWords(100021)).toBe("một trăm nghìn không trăm hai mươi mốt");
    expect(toVietnameseWords(124001)).toBe("một trăm hai mươi tư nghìn không trăm linh một");
    expect(toVietnameseWords(1250000)).toBe("một triệu hai trăm năm mươi nghìn");
    expect(toVietnameseWords(5690700)).toBe("năm triệu sáu trăm chín mươi nghìn bảy trăm");
    expect(toVietnameseWords(19990000)).toBe("mười chín triệu chín trăm chín mươi nghìn");
    expect(toVietnameseWords(131050035)).toBe(
      "một trăm ba mươi mốt triệu không trăm năm mươi nghìn không trăm ba mươi lăm",
    );
    expect(toVietnameseWords(854000900)).toBe("tám trăm năm mươi tư triệu chín trăm");
  });

  it("reads the southern reference vectors with lẻ, ngàn, bốn, tỉ", () => {
    const south = { zeroTens: "lẻ", thousand: "ngàn", fourAfterTens: "bốn", billion: "tỉ" } as const;
    expect(toVietnameseWords(124001, south)).toBe("một trăm hai mươi bốn ngàn không trăm lẻ một");
    expect(toVietnameseWords(1453121401, { zeroTens: "lẻ", billion: "tỉ", capitalize: true })).toBe(
      "Một tỉ bốn trăm năm mươi ba triệu một trăm hai mươi mốt nghìn bốn trăm lẻ một",
    );
  });

  describe.each(allStyles)("style %o", (style) => {
    it.each(wordVectors)("%s", (n, template) => {
      const expected = expectedWords(template, style);
      expect(toVietnameseWords(n, style)).toBe(expected);
      expect(toVietnameseWords(n.toString(), style)).toBe(expected);
      if (n <= BigInt(Number.MAX_SAFE_INTEGER)) expect(toVietnameseWords(Number(n), style)).toBe(expected);
      const capital = toVietnameseWords(n, { ...style, capitalize: true });
      expect(capital).toBe(expected.charAt(0).toUpperCase() + expected.slice(1));
      expect(toVietnameseWords(-n, style)).toBe(n === 0n ? "không" : `âm ${expected}`);
    });
  });

  it("never uses mốt, lăm or tư after linh/lẻ", () => {
    expect(toVietnameseWords(101)).toBe("một trăm linh một");
    expect(toVietnameseWords(104, { fourAfterTens: "tư" })).toBe("một trăm linh bốn");
    expect(toVietnameseWords(2005, { zeroTens: "lẻ" })).toBe("hai nghìn không trăm lẻ năm");
  });

  it("capitalises negatives and zero", () => {
    expect(toVietnameseWords(-1000, { capitalize: true })).toBe("Âm một nghìn");
    expect(toVietnameseWords(0, { capitalize: true })).toBe("Không");
    expect(toVietnameseWords(-0)).toBe("không");
    expect(toVietnameseWords("-000")).toBe("không");
  });

  it("is exact past 2^53 for bigint and digit strings, and reads large numbers by their exact value", () => {
    expect(toVietnameseWords("000123")).toBe("một trăm hai mươi ba");
    expect(toVietnameseWords(2n ** 53n + 1n)).toBe(toVietnameseWords("9007199254740993"));
    expect(toVietnameseWords(1e21)).toBe("một nghìn tỷ tỷ");
  });

  it("rejects non-integers with a RangeError", () => {
    for (const bad of [1.5, Number.NaN, Number.POSITIVE_INFINITY, "", "12a", "1.000", " 12", "+5", "--1", "1e3"]) {
      expect(() => toVietnameseWords(bad)).toThrow(RangeError);
    }
    expect(() => toVietnameseWords(0.1)).toThrow(/not an integer/);
  });

  it("reads a number of 100.000 digits in a loop, without recursion", () => {
    const words = toVietnameseWords(`1${"0".repeat(99_999)}`);
    // 10^99999 = 10^9 · (10^9)^11110: "một tỷ tỷ … tỷ".
    expect(words).toBe(`một${" tỷ".repeat(11_111)}`);
    expect(parseVietnameseWords(words)).toEqual({ ok: true, value: 10n ** 99_999n });
    expect(toVietnameseWords(`-${"9".repeat(100_000)}`).startsWith("âm chín")).toBe(true);
  });
});
