import { describe, expect, it } from "vitest";
import { cleanText, foldText } from "./normalize.js";

describe("text normalisation", () => {
  it("folds accents, case, đ and spaces", () => {
    expect(foldText("  Nội dung\nCHI ")).toBe("noi dung chi");
    expect(foldText("Đơn vị tính")).toBe("don vi tinh");
    expect(foldText("Thành tiền".normalize("NFD"))).toBe("thanh tien");
  });
  it("cleans to NFC with single spaces", () => {
    const nfd = "Hội  nghị\ttập huấn".normalize("NFD");
    expect(cleanText(nfd)).toBe("Hội nghị tập huấn");
    expect(cleanText(nfd)).toBe(cleanText(nfd).normalize("NFC"));
  });
});
