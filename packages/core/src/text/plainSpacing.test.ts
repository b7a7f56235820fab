import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hasPlainSpacing } from "./plainSpacing.js";

const reference = /^(?:\S(?:\S| (?=\S))*)?$/;
// Every character \s matches, and neighbours of them.
const spaces = [..." \t\n\v\f\r\u00a0\u1680\u2000\u2005\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"];
const others = [..."aĐệ1.\u0301\u200b\u0008\u000e\u009f\u00a1\u1fff\u200c\u2027\u202a\u3001\ufeffx"];

describe("hasPlainSpacing", () => {
  it("accepts single spaces between words only", () => {
    expect(hasPlainSpacing("")).toBe(true);
    expect(hasPlainSpacing("Nội dung chi")).toBe(true);
    expect(hasPlainSpacing("Nội  dung")).toBe(false);
    expect(hasPlainSpacing(" Nội")).toBe(false);
    expect(hasPlainSpacing("Nội ")).toBe(false);
    expect(hasPlainSpacing("Nội\ndung")).toBe(false);
    expect(hasPlainSpacing("Nội\u00a0dung")).toBe(false);
  });

  it("answers like the regular expression on any mix of spaces and other characters", () => {
    const text = fc.array(fc.constantFrom(...spaces, ...others), { maxLength: 12 }).map((chars) => chars.join(""));
    fc.assert(fc.property(text, (t) => hasPlainSpacing(t) === reference.test(t)));
    fc.assert(fc.property(fc.string({ unit: "binary" }), (t) => hasPlainSpacing(t) === reference.test(t)));
  });

  it("agrees with \\s on every UTF-16 code unit", () => {
    for (let code = 0; code < 0x10000; code++) {
      const c = String.fromCharCode(code);
      expect(hasPlainSpacing(`a${c}b`), code.toString(16)).toBe(reference.test(`a${c}b`));
    }
  });
});
