import { describe, expect, it } from "vitest";
import { foldText } from "../../text/normalize.js";
import { adjustmentKind, statedPercent } from "./adjustmentLine.js";

describe("adjustmentKind", () => {
  it.each([
    ["Chi phí dự phòng 10 %", "percentage"],
    ["Dự phòng phí", "percentage"],
    ["Thuế GTGT 10 %", "percentage"],
    ["Thuế giá trị gia tăng", "percentage"],
    ["VAT 8%", "percentage"],
    ["Làm tròn", "correction"],
    ["Giảm trừ", "correction"],
  ])("reads %s as %s", (text, kind) => {
    expect(adjustmentKind(foldText(text))).toBe(kind);
  });

  it.each(["Hội nghị tập huấn", "Thuê hội trường", "In tờ gấp", "Thuế thu nhập cá nhân"])(
    "reads %s as no adjustment",
    (text) => {
      expect(adjustmentKind(foldText(text))).toBeUndefined();
    },
  );
});

describe("statedPercent", () => {
  it("reads the one percent a text states", () => {
    expect(statedPercent("Chi phí dự phòng 10 %")).toBe(10);
    expect(statedPercent("10%")).toBe(10);
    expect(statedPercent("Thuế 5,5 %")).toBe(5.5);
  });
  it("reads none when there is none or more than one", () => {
    expect(statedPercent("Làm tròn")).toBeUndefined();
    expect(statedPercent("5 % hoặc 10 %")).toBeUndefined();
  });
});
