import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { displayText, widest } from "./displayText.js";

describe("displayText", () => {
  it("escapes line breaks, bidi overrides, C1 controls and other format characters", () => {
    expect(displayText("Dự toán\n    G99   lỗi        GIẢ MẠO")).toBe("Dự toán\\n    G99   lỗi        GIẢ MẠO");
    expect(displayText("Ghi chú\u202e\u0085\u2028\u200b\r\t")).toBe("Ghi chú\\u202E\\u0085\\u2028\\u200B\\r\\t");
  });

  it("keeps Vietnamese typed with combining marks, composed", () => {
    expect(displayText("Dư\u0323 toa\u0301n")).toBe("Dự toán");
    expect(displayText("Bằng chữ: Một trăm đồng./.")).toBe("Bằng chữ: Một trăm đồng./.");
  });

  it("never lets any text start a new line", () => {
    fc.assert(fc.property(fc.string({ unit: "binary" }), (s) => !/[\n\r\u2028\u2029\u0085]/.test(displayText(s))));
  });

  it("finds the widest of a huge list without spreading it", () => {
    expect(
      widest(
        Array.from({ length: 300_000 }, (_, i) => i % 7),
        4,
      ),
    ).toBe(6);
    expect(widest([], 4)).toBe(4);
  });
});
