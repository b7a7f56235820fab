import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldChar, latinFold } from "./latinFold.js";

// The reference: foldText's Unicode steps on the whole text.
const slowFold = (text: string): string => foldChar(text).replace(/\s+/g, " ").trim();

const vietnamese = "aàảãáạăằẳẵắặâầẩẫấậđeèẻẽéẹêềểễếệiìỉĩíịoòỏõóọôồổỗốộơờởỡớợuùủũúụưừửữứựyỳỷỹýỵ";
const pieces = [
  ...vietnamese,
  ...vietnamese.toUpperCase(),
  ..."0123456789 ,.()-/\t\n\u00a0",
  "\u0301",
  "\u0323",
  "\u0309",
];

describe("latinFold", () => {
  it("folds Vietnamese like the Unicode path", () => {
    expect(latinFold("  Nội dung\nCHI ")).toBe("noi dung chi");
    expect(latinFold("ĐƠN VỊ TÍNH")).toBe("don vi tinh");
    expect(latinFold("Thành tiền".normalize("NFD"))).toBe("thanh tien");
  });

  it("leaves text with other characters to the Unicode path", () => {
    expect(latinFold("Σ tổng")).toBeUndefined();
    expect(latinFold("中文")).toBeUndefined();
    expect(latinFold("a\u200bb")).toBeUndefined();
  });

  it("agrees with the Unicode path on Vietnamese text, NFC or NFD, with any spacing", () => {
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((chars) => chars.join(""));
    fc.assert(
      fc.property(text, fc.boolean(), (t, nfd) => {
        const input = nfd ? t.normalize("NFD") : t;
        expect(latinFold(input)).toBe(slowFold(input));
      }),
    );
  });

  it("agrees with the Unicode path whenever it answers, on any text", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme", maxLength: 30 }),
        fc.string({ unit: "binary", maxLength: 30 }),
        (a, b) => {
          for (const input of [a, b, a + b]) {
            const fast = latinFold(input);
            if (fast !== undefined) expect(fast).toBe(slowFold(input));
          }
        },
      ),
    );
  });

  it("agrees on every character of its table", () => {
    for (let code = 0; code < 0x1f00; code++) {
      const char = String.fromCharCode(code);
      const fast = latinFold(`x${char}y`);
      if (fast !== undefined) expect(fast).toBe(slowFold(`x${char}y`));
    }
  });
});
