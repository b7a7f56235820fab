import { describe, expect, it } from "vitest";
import { supportLimit } from "../lists/supportLimit.js";
import { parsePlan } from "../plan/parsePlan.js";
import { valueOf } from "../testing/resultValue.js";
import { buildGrid } from "../table/testing/gridBuilder.js";
import { examplePlanJson } from "../../../../tests/testing/fixtures.js";
import { findEstimate } from "./findEstimate.js";

const supportList = buildGrid(
  [
    ["STT", "Họ và tên", "Chức vụ, đơn vị", "Đối tượng", "Số ngày", "Số tiền", "Ký nhận"],
    [1, "Lê Văn An", "Tổ hòa giải thôn 1", "Hòa giải viên", 1, 100_000],
    [null, "Tổng cộng", null, null, null, 100_000],
  ],
  { sheet: "Hỗ trợ HN1" },
);
const estimate = buildGrid(
  [
    ["DỰ TOÁN KINH PHÍ HỘI NGHỊ TẬP HUẤN"],
    ["Đơn vị tính: đồng"],
    ["STT", "Nội dung", "Đơn vị tính", "Số người", "Số ngày", "Mức chi", "Thành tiền"],
    [1, "Thuê hội trường", "hội nghị", 1, 6, 2_000_000, 12_000_000],
    [2, "Hỗ trợ tiền ăn cho đại biểu không hưởng lương", "người/ngày", 3, 6, 100_000, 1_800_000],
    [null, "Tổng cộng", null, null, null, null, 13_800_000],
  ],
  { sheet: "Dự toán" },
);

describe("findEstimate", () => {
  it("skips a support list (it has an amount column too) and reads the estimate sheet", () => {
    const found = findEstimate([supportList, buildGrid([["Ghi chú"]], { sheet: "Ghi chú" }), estimate]);
    expect(found?.sheet).toBe("Dự toán");
    expect(found?.estimate.amount.declared).toBe(13_800_000);
    // What a support list is compared with: the meal line shared over the series' 6 conferences.
    const series = valueOf(parsePlan(examplePlanJson())).conferences[0];
    if (!series) throw new Error("the example plan has no series");
    expect(found && supportLimit(found.estimate, series)).toBe(300_000);
  });

  it("gives nothing when no sheet holds an estimate", () => {
    expect(findEstimate([supportList])).toBeUndefined();
    expect(findEstimate([])).toBeUndefined();
  });
});
