import { describe, expect, it } from "vitest";
import { encodeTcvn3, encodeTcvn3Capitals, encodeVni } from "./legacyCodeTables.js";

// Every expected string below was checked by hand against the published code tables (TCVN 5712:1993
// VN3 and the VNI-Windows table), letter by letter; the byte of each toned letter is noted where it
// is easy to get wrong.

describe("TCVN3 (.VnTime / .VnTimeH)", () => {
  it("writes the common words of an estimate sheet", () => {
    // ộ E9 é, ị DE Þ, ậ CB Ë, ấ CA Ê
    expect(encodeTcvn3("Hội nghị tập huấn")).toBe("Héi nghÞ tËp huÊn");
    // Đ A7 §, ộ E9 é, ậ CB Ë, ự F9 ù, ạ B9 ¹, ú F3 ó
    expect(encodeTcvn3("Độc lập - Tự do - Hạnh phúc")).toBe("§éc lËp - Tù do - H¹nh phóc");
    // ư AD (soft hyphen), ờ EA ê
    expect(encodeTcvn3("người")).toBe("ng\u00adêi");
    // ơ AC ¬, ị DE Þ, í DD Ý, đ AE ®, ồ E5 å
    expect(encodeTcvn3("Đơn vị tính: đồng")).toBe("§¬n vÞ tÝnh: ®ång");
    // ằ BB », ữ F7 ÷
    expect(encodeTcvn3("Bằng chữ")).toBe("B»ng ch÷");
  });

  it("keeps ASCII as it is and rejects what VN3 cannot write", () => {
    expect(encodeTcvn3("STT 1, 2 (3)")).toBe("STT 1, 2 (3)");
    // Capitals without a tone mark have codes of their own.
    expect(encodeTcvn3("ĂÂÊÔƠƯĐ")).toBe("\u00a1\u00a2\u00a3\u00a4\u00a5\u00a6\u00a7");
    expect(() => encodeTcvn3("Ủy ban")).toThrow(/no code for "Ủ"/);
  });

  it("stores capital text in lower-case codes for the .VnTimeH font", () => {
    // ò DF ß, ã B7 ·, ủ F1 ñ, ĩ DC Ü, ệ D6 Ö
    expect(encodeTcvn3Capitals("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")).toBe("céng hßa x· héi chñ nghÜa viÖt nam");
    // ổ E6 æ
    expect(encodeTcvn3Capitals("TỔNG CỘNG")).toBe("tæng céng");
  });

  it("reads decomposed (NFD) input as its composed letters", () => {
    expect(encodeTcvn3("Hội nghị".normalize("NFD"))).toBe("Héi nghÞ");
  });
});

describe("VNI-Windows (VNI-Times)", () => {
  it("writes letters as a base letter and a mark byte", () => {
    // ộ o+E4 ä, ò o+F8 ø, ã a+F5 õ, ủ u+FB û, ĩ F3 ó, ệ e+E4 ä
    expect(encodeVni("Cộng hòa xã hội chủ nghĩa Việt Nam")).toBe("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam");
    // Đ D1 Ñ, ậ a+E4 ä, ự F6 ö + EF ï, ạ a+EF ï, ú u+F9 ù
    expect(encodeVni("Độc lập - Tự do - Hạnh phúc")).toBe("Ñoäc laäp - Töï do - Haïnh phuùc");
    // ư F6 ö, ờ F4 ô + F8 ø
    expect(encodeVni("người")).toBe("ngöôøi");
    // ơ F4 ô, ị F2 ò, í ED í, đ F1 ñ, ồ o+E0 à
    expect(encodeVni("Đơn vị tính: đồng")).toBe("Ñôn vò tính: ñoàng");
    // ằ a+E8 è, ữ F6 ö + F5 õ
    expect(encodeVni("Bằng chữ")).toBe("Baèng chöõ");
  });

  it("writes capitals with capital mark bytes", () => {
    expect(encodeVni("CỘNG HÒA")).toBe("COÄNG HOØA");
    expect(encodeVni("ĐỘC LẬP")).toBe("ÑOÄC LAÄP");
    // Ằ A+C8 È, Ữ D6 Ö + D5 Õ
    expect(encodeVni("BẰNG CHỮ")).toBe("BAÈNG CHÖÕ");
    // Ư D6 Ö, Ờ D4 Ô + D8 Ø
    expect(encodeVni("NGƯỜI LẬP BIỂU")).toBe("NGÖÔØI LAÄP BIEÅU");
  });

  it("rejects characters outside Vietnamese and ASCII", () => {
    expect(() => encodeVni("5 €")).toThrow(/no code for "€"/);
  });
});
