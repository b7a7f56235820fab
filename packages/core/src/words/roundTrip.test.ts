// Property tests: every words style reads back to the number it was written from.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { amountInWords } from "./amountInWords.js";
import { parseVietnameseWords, type WordsParseReason } from "./parseVietnameseWords.js";
import { toVietnameseWords } from "./toVietnameseWords.js";
import { wordsLine } from "./wordsLine.js";

const upTo1e30 = fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n });
/** Amounts with many zero groups (the hard cases: "không trăm", skipped groups, recursive tỷ). */
const sparse = fc
  .array(fc.constantFrom(0, 0, 0, 1, 4, 5, 10, 15, 21, 24, 100, 105, 999), { minLength: 1, maxLength: 10 })
  .map((groups) => groups.reduce((acc, g) => acc * 1000n + BigInt(g), 0n));
const amounts = fc.oneof(upTo1e30, sparse);

const styles = fc.record({
  zeroTens: fc.constantFrom("linh", "lẻ" as const),
  thousand: fc.constantFrom("nghìn", "ngàn" as const),
  fourAfterTens: fc.constantFrom("tư", "bốn" as const),
  billion: fc.constantFrom("tỷ", "tỉ" as const),
  capitalize: fc.boolean(),
});

function parsed(text: string): bigint | WordsParseReason {
  const r = parseVietnameseWords(text);
  return r.ok ? r.value : r.reason;
}

describe("words round trip", () => {
  it("parse(words(n)) = n for integers up to 10^30 in every style", () => {
    fc.assert(
      fc.property(amounts, styles, (n, style) => {
        expect(parsed(toVietnameseWords(n, style))).toBe(n);
      }),
      { numRuns: 2000 },
    );
  });

  it("reads back amount lines and Bằng chữ lines with every option", () => {
    fc.assert(
      fc.property(amounts, styles, fc.boolean(), fc.boolean(), (n, style, chan, closing) => {
        const abs = n < 0n ? -n : n;
        expect(parsed(amountInWords(abs, { ...style, chan, closing }))).toBe(abs);
        expect(parsed(wordsLine(abs, { ...style, chan, closing }))).toBe(abs);
        expect(parsed(wordsLine(abs, { ...style, label: "Số tiền bằng chữ:" }))).toBe(abs);
      }),
      { numRuns: 500 },
    );
  });

  it("reads back typing variants: NFD, upper case, commas, colloquial forms without không trăm", () => {
    fc.assert(
      fc.property(amounts, styles, (n, style) => {
        const words = toVietnameseWords(n, style);
        expect(parsed(words.normalize("NFD"))).toBe(n);
        expect(parsed(words.toUpperCase())).toBe(n);
        expect(parsed(words.replaceAll(/ (triệu|nghìn|ngàn|tỷ|tỉ) /g, " $1, "))).toBe(n);
        expect(parsed(words.replaceAll("không trăm ", ""))).toBe(n);
        expect(parsed(words.replaceAll("lăm", "nhăm").replaceAll("bảy", "bẩy"))).toBe(n);
      }),
      { numRuns: 500 },
    );
  });

  it("never writes double or edge spaces", () => {
    fc.assert(
      fc.property(amounts, styles, (n, style) => {
        const words = toVietnameseWords(n, style);
        expect(words).not.toMatch(/ {2}|^ | $/);
      }),
      { numRuns: 2000 },
    );
  });

  it("never throws on arbitrary text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (text) => {
        const r = parseVietnameseWords(text);
        expect(typeof r.ok).toBe("boolean");
      }),
      { numRuns: 1000 },
    );
  });

  it("refuses a word dropped from or duplicated in a reading, or reads a different amount", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: 10n ** 15n }), fc.nat(), fc.boolean(), (n, at, duplicate) => {
        const words = toVietnameseWords(n).split(" ");
        const i = at % words.length;
        const changed = duplicate
          ? [...words.slice(0, i + 1), ...words.slice(i)]
          : [...words.slice(0, i), ...words.slice(i + 1)];
        if (changed.length === 0) return;
        expect(parsed(changed.join(" "))).not.toBe(n);
      }),
      { numRuns: 1000 },
    );
  });
});
