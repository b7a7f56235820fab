import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { encodeVni, vietnameseLetters } from "./testing/encode.js";
import { sentenceArb } from "./testing/syllables.js";
import { decodeVni } from "./vni.js";

describe("VNI-Windows decoding", () => {
  it("reads base letter + diacritic byte pairs", () => {
    expect(decodeVni("Vieät Nam")).toBe("Việt Nam");
    expect(decodeVni("Hoäi nghò taäp huaán")).toBe("Hội nghị tập huấn");
    expect(decodeVni("ngöôøi ñaïi bieåu")).toBe("người đại biểu");
    expect(decodeVni("Bình ñaúng giôùi")).toBe("Bình đẳng giới");
  });

  it("reads capitals, with upper- or lower-case diacritic bytes", () => {
    expect(decodeVni("ÑOÄC LAÄP - TÖÏ DO - HAÏNH PHUÙC")).toBe("ĐỘC LẬP - TỰ DO - HẠNH PHÚC");
    expect(decodeVni("Eä")).toBe("Ệ");
    expect(decodeVni("TOÅNG COÄNG")).toBe("TỔNG CỘNG");
  });

  it("round-trips every Vietnamese letter with every tone, both byte views", () => {
    const all = vietnameseLetters.join(" ");
    expect(decodeVni(encodeVni(all))).toBe(all);
    expect(decodeVni(encodeVni(all, { view: "latin1" }))).toBe(all);
  });

  it("round-trips random Vietnamese text", () => {
    fc.assert(
      fc.property(sentenceArb(1, 12), (s) => {
        expect(decodeVni(encodeVni(s))).toBe(s);
      }),
    );
  });

  it("leaves ASCII alone", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme-ascii" }), (s) => decodeVni(s) === s));
  });
});
