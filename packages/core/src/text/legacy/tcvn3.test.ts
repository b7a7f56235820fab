import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeTcvn3, tcvn3Table } from "./tcvn3.js";
import { encodeTcvn3, vietnameseLetters } from "./testing/encode.js";
import { sentenceArb } from "./testing/syllables.js";

describe("TCVN3 (TCVN 5712:1993) decoding", () => {
  it("reads .VnTime text as Excel gives it", () => {
    expect(decodeTcvn3("Héi nghÞ tËp huÊn")).toBe("Hội nghị tập huấn");
    expect(decodeTcvn3("§éc lËp - Tù do - H¹nh phóc")).toBe("Độc lập - Tự do - Hạnh phúc");
    expect(decodeTcvn3("Thanh Hãa, ngµy 20 th¸ng 02 n¨m 2024")).toBe("Thanh Hóa, ngày 20 tháng 02 năm 2024");
    expect(decodeTcvn3("Sè l­îng")).toBe("Số lượng"); // 0xAD (soft hyphen) is ư
  });

  it("upper-cases text of a capitals (…H) font", () => {
    expect(decodeTcvn3("céng hßa x· héi chñ nghÜa viÖt nam", true)).toBe("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(decodeTcvn3("tæng céng", true)).toBe("TỔNG CỘNG");
  });

  it("accepts bytes 0x80–0x9F in both the Windows-1252 and the raw Latin-1 view", () => {
    expect(decodeTcvn3("\u2020")).toBe("Ậ");
    expect(decodeTcvn3("\u0086")).toBe("Ậ");
    expect(decodeTcvn3("\u201c\u0093")).toBe("ỎỎ");
  });

  it("places each vowel's tones in the standard's order (huyền, hỏi, ngã, sắc, nặng)", () => {
    const tones = ["\u0300", "\u0309", "\u0303", "\u0301", "\u0323"];
    for (const [start, vowel] of [
      [0xb5, "a"],
      [0xef, "u"],
      [0xfa, "y"],
    ] as const) {
      tones.forEach((t, i) =>
        expect(tcvn3Table.get(start + (vowel === "u" && i > 0 ? i + 1 : i))).toBe((vowel + t).normalize("NFC")),
      );
    }
  });

  it("round-trips every Vietnamese letter with every tone, both byte views", () => {
    const all = vietnameseLetters.join(" ");
    expect(decodeTcvn3(encodeTcvn3(all))).toBe(all);
    expect(decodeTcvn3(encodeTcvn3(all, { view: "latin1" }))).toBe(all);
    expect(decodeTcvn3(encodeTcvn3(all, { capitals: "font-h" }), true)).toBe(all.toUpperCase());
  });

  it("round-trips random Vietnamese text", () => {
    fc.assert(
      fc.property(
        sentenceArb(1, 12),
        fc.constantFrom("cp1252", "latin1") as fc.Arbitrary<"cp1252" | "latin1">,
        (s, view) => {
          expect(decodeTcvn3(encodeTcvn3(s, { view }))).toBe(s);
        },
      ),
    );
  });

  it("leaves ASCII alone", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme-ascii" }), (s) => decodeTcvn3(s) === s));
  });
});
