import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isPlainAscii } from "./byteView.js";
import { detectLegacyEncoding, scoreLegacyText } from "./detectLegacyEncoding.js";
import { encodeTcvn3, encodeVni } from "./testing/encode.js";
import { sentenceArb } from "./testing/syllables.js";

/** Enough non-ASCII words for statistics to speak. */
const richSentence = sentenceArb(6, 20).filter((s) => s.split(" ").filter((w) => /[^\x20-\x7e]/.test(w)).length >= 6);

describe("detectLegacyEncoding", () => {
  it("detects the fixture's kind of text without a font", () => {
    expect(detectLegacyEncoding("Héi nghÞ tËp huÊn")).toBe("TCVN3");
    expect(detectLegacyEncoding("Tæ chøc 06 héi nghÞ tËp huÊn nghiÖp vô hßa gi¶i ë c¬ së")).toBe("TCVN3");
    expect(detectLegacyEncoding("Hoäi nghò taäp huaán hoøa giaûi ôû cô sôû")).toBe("VNI");
  });

  it("trusts a legacy font when the text could be legacy bytes", () => {
    expect(detectLegacyEncoding("STT", ".VnTime")).toBe("TCVN3");
    expect(detectLegacyEncoding("Vieät", "VNI-Times")).toBe("VNI");
    expect(detectLegacyEncoding("Hội nghị", ".VnTime")).toBeUndefined(); // already Unicode
  });

  it("never fires on Unicode Vietnamese", () => {
    fc.assert(fc.property(sentenceArb(0, 20), (s) => detectLegacyEncoding(s) === undefined));
    expect(detectLegacyEncoding("Ghi chú")).toBeUndefined();
    expect(detectLegacyEncoding("bé")).toBeUndefined(); // "bộ" in TCVN3 too: a tie stays Unicode
  });

  it("reads the dashes and quotes typed in Unicode sheets as punctuation, not as VN1 capitals", () => {
    for (const text of ["—", "–", " – ", "…", "“”", "Tiền ăn – đại biểu"])
      expect(detectLegacyEncoding(text)).toBeUndefined();
    expect(detectLegacyEncoding("—", "Times New Roman")).toBeUndefined();
  });

  it("has nothing to score in printable ASCII and white space, so skips it", () => {
    const ascii = fc.string({ unit: fc.integer({ min: 0, max: 0x7f }).map((c) => String.fromCharCode(c)) });
    fc.assert(fc.property(ascii, (s) => !isPlainAscii(s) || scoreLegacyText(s).words === 0));
    expect(isPlainAscii("STT (1)\tTổng")).toBe(false);
    expect(isPlainAscii("Ghi chu\r\n")).toBe(true);
    expect(isPlainAscii("\x01")).toBe(false); // a TCVN3 capital in the control codes
  });

  it("never fires on English, numbers or Latin-1 words", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme-ascii" }), (s) => detectLegacyEncoding(s) === undefined));
    fc.assert(fc.property(fc.double({ noNaN: true }), (n) => detectLegacyEncoding(String(n)) === undefined));
    for (const s of ["1.234.567 đ", "Total amount", "café crème brûlée", "Müller & Söhne", "(7)=(4)x(5)x(6)"]) {
      expect(detectLegacyEncoding(s), s).toBeUndefined();
    }
  });

  it("finds TCVN3 and VNI in random encoded text, either byte view", () => {
    const view = fc.constantFrom("cp1252", "latin1") as fc.Arbitrary<"cp1252" | "latin1">;
    fc.assert(fc.property(richSentence, view, (s, v) => detectLegacyEncoding(encodeTcvn3(s, { view: v })) === "TCVN3"));
    fc.assert(fc.property(richSentence, view, (s, v) => detectLegacyEncoding(encodeVni(s, { view: v })) === "VNI"));
  });

  it("never misreads one legacy encoding as the other", () => {
    fc.assert(fc.property(sentenceArb(1, 8), (s) => detectLegacyEncoding(encodeTcvn3(s)) !== "VNI"));
    fc.assert(fc.property(sentenceArb(1, 8), (s) => detectLegacyEncoding(encodeVni(s)) !== "TCVN3"));
  });

  it("scores only words with non-ASCII characters", () => {
    expect(scoreLegacyText("STT 2024 Héi")).toEqual({ words: 1, unicode: 0, tcvn3: 1, vni: 0 });
  });
});
