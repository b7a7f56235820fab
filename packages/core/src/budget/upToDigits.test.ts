import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hashUpToDigits, memoUpToDigits, sameUpToDigits } from "./upToDigits.js";

const collapse = (text: string) => text.replace(/[0-9]+/g, "0");
const text = fc.array(fc.constantFrom(..."ab ộ(0)19\n"), { maxLength: 10 }).map((chars) => chars.join(""));

describe("memoUpToDigits", () => {
  it("compares and hashes texts as if each run of digits were one 0", () => {
    expect(sameUpToDigits("Hội nghị lần 2", "Hội nghị lần 13")).toBe(true);
    expect(sameUpToDigits("đợt 1 và 2", "đợt 10 và 20")).toBe(true);
    expect(sameUpToDigits("đợt 1", "đợt 1a")).toBe(false);
    expect(sameUpToDigits("1 2", "12")).toBe(false);
    fc.assert(
      fc.property(text, text, (x, y) => {
        const same = collapse(x) === collapse(y);
        expect(sameUpToDigits(x, y)).toBe(same);
        if (same) expect(hashUpToDigits(x, 7)).toBe(hashUpToDigits(y, 7));
      }),
    );
  });

  it("answers once per pair of texts up to their numbers", () => {
    const calls: string[] = [];
    const memo = memoUpToDigits((a, b) => {
      calls.push(`${a}|${b}`);
      return `${collapse(a)}|${collapse(b)}`;
    });
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(memo(a, b)).toBe(`${collapse(a)}|${collapse(b)}`);
      }),
    );
    expect(new Set(calls.map((c) => collapse(c))).size).toBe(calls.length);
    expect(memo("x 1", "y")).toBe(memo("x 22", "y"));
  });
});
