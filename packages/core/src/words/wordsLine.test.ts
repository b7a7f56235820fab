import { describe, expect, it } from "vitest";
import { wordsLine } from "./wordsLine.js";

describe("wordsLine", () => {
  it("builds the Bằng chữ line with the closing mark", () => {
    expect(wordsLine(243_000_000)).toBe("Bằng chữ: Hai trăm bốn mươi ba triệu đồng./.");
  });
  it("takes another label, chẵn, no closing, or no label", () => {
    expect(wordsLine(1_000, { label: "Số tiền bằng chữ:", chan: true })).toBe(
      "Số tiền bằng chữ: Một nghìn đồng chẵn./.",
    );
    expect(wordsLine(1_000, { closing: false })).toBe("Bằng chữ: Một nghìn đồng");
    expect(wordsLine(1_000, { label: "" })).toBe("Một nghìn đồng./.");
    expect(wordsLine(1_000_000_000, { billion: "tỉ" })).toBe("Bằng chữ: Một tỉ đồng./.");
  });
});
