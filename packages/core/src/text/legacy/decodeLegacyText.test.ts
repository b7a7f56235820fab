import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeLegacyText } from "./decodeLegacyText.js";
import { encodeTcvn3, encodeVni } from "./testing/encode.js";
import { sentenceArb } from "./testing/syllables.js";

describe("decodeLegacyText", () => {
  it("decodes by font, upper-casing …H fonts", () => {
    expect(decodeLegacyText("tæng céng", ".VnTimeH")).toEqual({ text: "TỔNG CỘNG", encoding: "TCVN3" });
    expect(decodeLegacyText("ubnd", ".VnTimeH")).toEqual({ text: "UBND", encoding: "TCVN3" });
    expect(decodeLegacyText("Nöôùc uoáng", "VNI-Times")).toEqual({ text: "Nước uống", encoding: "VNI" });
  });

  it("reports an encoding only when the text changed", () => {
    expect(decodeLegacyText("STT", ".VnTime")).toEqual({ text: "STT" });
    expect(decodeLegacyText("Hội nghị tập huấn")).toEqual({ text: "Hội nghị tập huấn" });
    expect(decodeLegacyText("Héi nghÞ tËp huÊn")).toEqual({ text: "Hội nghị tập huấn", encoding: "TCVN3" });
  });

  it("with the font, round-trips any Vietnamese text", () => {
    fc.assert(
      fc.property(sentenceArb(1, 12), (s) => {
        expect(decodeLegacyText(encodeTcvn3(s), ".VnTime").text).toBe(s);
        expect(decodeLegacyText(encodeTcvn3(s, { capitals: "font-h" }), ".VnTimeH").text).toBe(s.toUpperCase());
        expect(decodeLegacyText(encodeVni(s), "VNI-Times").text).toBe(s);
        expect(decodeLegacyText(s, "Times New Roman").text).toBe(s);
      }),
    );
  });
});
