import { describe, expect, it } from "vitest";
import { foldText } from "../../text/normalize.js";
import { roleOfHeader } from "./vocabulary.js";

const role = (text: string) => roleOfHeader(foldText(text));

describe("roleOfHeader", () => {
  it.each([
    ["STT", "number"],
    ["Số TT", "number"],
    ["Nội dung chi", "content"],
    ["Diễn giải", "content"],
    ["Diễn giải cách tính", "note"],
    ["ĐVT", "unit"],
    ["Đơn vị\ntính", "unit"],
    ["SL", "quantity"],
    ["Số người", "persons"],
    ["Số ngày/ buổi", "days"],
    ["Số buổi", "sessions"],
    ["Số lớp", "events"],
    ["Đơn giá (đồng)", "rate"],
    ["THÀNH  TIỀN", "amount"],
    ["Kinh phí", "amount"],
    ["Giá trị quy thành tiền", "amount"],
    ["Dự toán năm 2024", "amount"],
    ["Số lần", "count"],
    ["Số vụ việc", "count"],
    ["Số tháng", "count"],
    ["Đơn vị", "unitOrName"],
    ["Căn cứ", "note"],
  ] as const)("%s → %s", (text, expected) => {
    expect(role(text)).toBe(expected);
  });
  it("reads NFD headers and ignores other text", () => {
    expect(role("Thành tiền".normalize("NFD"))).toBe("amount");
    expect(role("Tổ chức hội nghị")).toBeUndefined();
    expect(role("Sltt")).toBeUndefined();
  });
});
