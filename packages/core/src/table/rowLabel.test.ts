import { describe, expect, it } from "vitest";
import { foldText } from "../text/normalize.js";
import { isFooterSumText, isSignatureText, isTotalText, labelKind, splitWordsLine } from "./rowLabel.js";

describe("labelKind", () => {
  it.each([
    ["I", "section"],
    ["II.", "section"],
    ["IV", "section"],
    ["XL", "section"],
    ["XLIX.", "section"],
    ["LXXX", "section"],
    ["XCIX", "section"],
    ["A", "section"],
    ["B)", "section"],
    ["1", "item"],
    ["1.", "item"],
    ["12)", "item"],
    ["a", "subitem"],
    ["b)", "subitem"],
    ["1.2", "subitem"],
    ["-", "subitem"],
    ["+", "subitem"],
    ["", "none"],
    ["Ghi chú", "none"],
  ] as const)("%s → %s", (label, kind) => {
    expect(labelKind(label)).toBe(kind);
  });
});

describe("row markers", () => {
  it("knows total, footer and signature rows, and not look-alikes", () => {
    expect(isTotalText(foldText("TỔNG CỘNG"))).toBe(true);
    expect(isTotalText(foldText("Tổng kinh phí"))).toBe(true);
    expect(isTotalText(foldText("Tổng hợp ý kiến"))).toBe(false);
    expect(isFooterSumText(foldText("Cộng mục I"))).toBe(true);
    expect(isFooterSumText(foldText("Cộng:"))).toBe(true);
    expect(isFooterSumText(foldText("Công tác phí"))).toBe(false);
    expect(isSignatureText(foldText("NGƯỜI LẬP BIỂU"))).toBe(true);
    expect(isSignatureText(foldText("KT. GIÁM ĐỐC"))).toBe(true);
  });
  it("splits words lines in their variants", () => {
    expect(splitWordsLine("Bằng chữ: Một trăm đồng./.")).toEqual({ words: "Một trăm đồng./." });
    expect(splitWordsLine("Số tiền bằng chữ: Hai đồng")).toEqual({ words: "Hai đồng" });
    expect(splitWordsLine("(Bằng chữ: Ba đồng)")).toEqual({ words: "Ba đồng" });
    expect(splitWordsLine("BẰNG CHỮ:")).toEqual({ words: "" });
    expect(splitWordsLine("Thuê hội trường")).toBeUndefined();
  });
});
