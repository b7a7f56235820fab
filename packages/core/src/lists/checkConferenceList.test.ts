import { describe, expect, it } from "vitest";
import { valueOf } from "../testing/resultValue.js";
import { planSchema, type ConferenceSeries } from "../plan/planSchema.js";
import { buildGrid, f, type CellSpec } from "../table/testing/gridBuilder.js";
import { samplePlanInput } from "../testing/samplePlan.js";
import { checkConferenceList } from "./checkConferenceList.js";

const plan = planSchema.parse(samplePlanInput());
const series = plan.conferences[0] as ConferenceSeries;
const HGV = "Hòa giải viên";
const CB = "Cán bộ quản lý";

// A signed support list as an office types it: title block, rate column, typed numbers, total and words.
function supportList(body: CellSpec[][], total: CellSpec, words: string): ReturnType<typeof buildGrid> {
  return buildGrid(
    [
      ["UBND TỈNH THANH HÓA"],
      ["SỞ TƯ PHÁP"],
      ["DANH SÁCH NHẬN TIỀN HỖ TRỢ TIỀN ĂN"],
      ["Hội nghị tập huấn số 1, ngày 16/04/2024"],
      [],
      ["STT", "Họ và tên", "Chức vụ, đơn vị", "Đối tượng", "Số ngày", "Mức hỗ trợ", "Số tiền", "Ký nhận"],
      ...body,
      [null, "Tổng cộng", null, null, null, null, total],
      [`Bằng chữ: ${words}`],
      [null, "NGƯỜI LẬP BIỂU", null, null, null, "THỦ TRƯỞNG ĐƠN VỊ"],
    ],
    { sheet: "Hỗ trợ HN1" },
  );
}
const codes = (r: ReturnType<typeof checkConferenceList>) => r.findings.map((x) => `${x.code}@${x.at?.cell ?? ""}`);

describe("checkConferenceList", () => {
  it("passes a correct support list and reads its persons", () => {
    const grid = supportList(
      [
        [1, "Nguyễn Văn An", "Tổ hòa giải thôn 1, xã Đông Hải", HGV, 1, 150000, 150000],
        [2, "Lê Thị Bình", "Tổ hòa giải thôn 2, xã Đông Hải", "HGV", "1", "150.000", f("E8*F8", 150000)],
      ],
      f("SUM(G7:G8)", 300000),
      "Ba trăm nghìn đồng.",
    );
    const r = checkConferenceList(grid, plan, series);
    expect(r.findings).toEqual([]);
    expect(valueOf(r).persons.map((p) => [p.name, p.group?.id, p.amount])).toEqual([
      ["Nguyễn Văn An", "hoa-giai-vien", 150000],
      ["Lê Thị Bình", "hoa-giai-vien", 150000],
    ]);
  });

  it("flags support to a salaried manager, a wrong product, a rate over the verified cap and too many days", () => {
    const grid = supportList(
      [
        [1, "Trần Văn Cường", "Phòng Tư pháp huyện A", CB, 1, 150000, 150000],
        [2, "Phạm Thị Dung", "Tổ hòa giải thôn 3", HGV, 1, 150000, 160000],
        [3, "Hoàng Văn Em", "Tổ hòa giải thôn 4", HGV, 1, 200000, 200000],
        [4, "Đỗ Thị Giang", "Tổ hòa giải thôn 5", HGV, 2, 150000, 300000],
      ],
      810000,
      "Tám trăm mười nghìn đồng",
    );
    expect(codes(checkConferenceList(grid, plan, series))).toEqual([
      "list.paid_salaried@G7",
      "amount.mismatch@G8",
      "rate.over_cap@F9",
      "list.days_over@E10",
    ]);
  });

  it("flags the same person twice (accent-insensitive name and unit), a wrong total and wrong words", () => {
    const grid = supportList(
      [
        [1, "Nguyễn Văn An", "Tổ hòa giải thôn 1", HGV, 1, 150000, 150000],
        [2, "nguyen van an", "To hoa giai thon 1", HGV, 1, 150000, 150000],
        [3, "Nguyễn Văn An", "Tổ hòa giải thôn 9", HGV, 1, 150000, 150000],
      ],
      400000,
      // The words are checked against the total as written (400.000), like the estimate engine does.
      "Ba trăm nghìn đồng",
    );
    const r = checkConferenceList(grid, plan, series, { limit: 300000 });
    expect(codes(r)).toEqual([
      "list.duplicate_person@B8",
      "total.mismatch@G10",
      "words.mismatch@A11",
      "list.over_estimate@G10",
    ]);
    expect(r.findings[0]?.params).toEqual({ name: "nguyen van an", first: "B7" });
  });

  it("uses options.rate when the sheet has no rate column, and infers the rate per day otherwise", () => {
    const grid = buildGrid([
      ["STT", "Họ tên", "Đơn vị", "Đối tượng", "Số ngày", "Số tiền", "Ký nhận"],
      [1, "A", "X", HGV, 1, 180000],
    ]);
    expect(codes(checkConferenceList(grid, plan, series, { rate: 150000 }))).toEqual([
      "amount.mismatch@F2",
      "words.missing@",
    ]);
    expect(codes(checkConferenceList(grid, plan, series))).toEqual(["rate.over_cap@F2", "words.missing@"]);
  });

  it("counts delegates and groups against the plan's quotas, not constants", () => {
    const small = {
      ...series,
      delegatesPerConference: 3,
      quotaGroups: [{ ...series.quotaGroups[0], persons: 1 } as never, series.quotaGroups[1] as never],
    };
    const grid = buildGrid([
      ["STT", "Họ và tên", "Chức vụ, đơn vị", "Đối tượng", "Ký tên"],
      [1, "A", "X", HGV],
      [2, "B", "Y", HGV],
      [3, "C", "Z", CB],
      [4, "D", "W", "khách mời"],
    ]);
    expect(codes(checkConferenceList(grid, plan, small))).toEqual([
      "list.unknown_group@D5",
      "list.over_delegates@B1",
      "list.group_over_quota@B1",
    ]);
  });

  it("reports text and errors in number columns, and a sheet without a list", () => {
    const grid = buildGrid([
      ["STT", "Họ và tên", "Đối tượng", "Số ngày", "Số tiền"],
      [1, "A", HGV, "một", { value: { error: "#VALUE!" }, formula: "X1" }],
    ]);
    expect(codes(checkConferenceList(grid, plan, series))).toEqual([
      "value.not_a_number@D2",
      "value.formula_error@E2",
      "words.missing@",
    ]);
    const none = checkConferenceList(buildGrid([["Nội dung", "Thành tiền"]]), plan, series);
    expect(none.ok).toBe(false);
    expect(codes(none)).toEqual(["list.not_found@"]);
  });
});
