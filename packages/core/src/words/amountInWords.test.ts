import { describe, expect, it } from "vitest";
import { amountInWords } from "./amountInWords.js";

describe("amountInWords", () => {
  it("capitalises and appends đồng", () => {
    expect(amountInWords(243_000_000)).toBe("Hai trăm bốn mươi ba triệu đồng");
    expect(amountInWords(0)).toBe("Không đồng");
    expect(amountInWords(5_690_700n)).toBe("Năm triệu sáu trăm chín mươi nghìn bảy trăm đồng");
  });
  it("adds chẵn and the closing ./.", () => {
    expect(amountInWords(243_000_000, { chan: true })).toBe("Hai trăm bốn mươi ba triệu đồng chẵn");
    expect(amountInWords(243_000_000, { closing: true })).toBe("Hai trăm bốn mươi ba triệu đồng./.");
    expect(amountInWords(243_000_000, { chan: true, closing: true })).toBe("Hai trăm bốn mươi ba triệu đồng chẵn./.");
  });
  it("passes the words style through and can stay lower case", () => {
    expect(
      amountInWords(1_001_024, { zeroTens: "lẻ", thousand: "ngàn", fourAfterTens: "bốn", capitalize: false }),
    ).toBe("một triệu không trăm lẻ một ngàn không trăm hai mươi bốn đồng");
  });
  it("throws a RangeError for a non-integer amount", () => {
    expect(() => amountInWords(12.5)).toThrow(RangeError);
  });
});
