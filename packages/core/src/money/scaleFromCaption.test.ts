import { describe, expect, it } from "vitest";
import { scaleFromCaption } from "./scaleFromCaption.js";

describe("scaleFromCaption", () => {
  it.each([
    ["Đơn vị tính: đồng", 1],
    ["Đơn vị tính: đồng.", 1],
    ["DON VI TINH : DONG", 1],
    ["ĐVT: VNĐ", 1],
    ["(đồng)", 1],
    ["Thành tiền (đồng)", 1],
    ["ĐVT: nghìn đồng", 1000],
    ["Đơn vị tính: Ngàn đồng", 1000],
    ["Đơn vị: 1.000 đồng", 1000],
    ["ĐVT: 1000đ", 1000],
    ["Thành tiền (nghìn đồng)", 1000],
    ["nghìn đồng", 1000],
    ["Đơn vị tính: nghìn đồng".normalize("NFD"), 1000],
    ["(Đơn vị tính: triệu đồng)", 1_000_000],
    ["Đvt: Tr.đ", 1_000_000],
    ["ĐVT: 1.000.000đ", 1_000_000],
  ] as const)("%s → %d", (text, scale) => {
    expect(scaleFromCaption(text)).toBe(scale);
  });

  it.each([
    "Hai trăm triệu đồng",
    "Dự toán kinh phí",
    "Đơn vị tính",
    "Đơn vị tính: Người",
    "Đơn vị: Đảng ủy xã",
    "",
    "Thành tiền",
  ])("%s → undefined", (text) => {
    expect(scaleFromCaption(text)).toBeUndefined();
  });
});
