import { describe, expect, it } from "vitest";
import { distributeMaterial } from "../distribution/planDistribution.js";
import { renderDistribution } from "../distribution/renderDistribution.js";
import { conferenceLists } from "../lists/conferenceLists.js";
import { parsePlan } from "../plan/parsePlan.js";
import { valueOf } from "../testing/resultValue.js";
import { proposeSchedule } from "../schedule/proposeSchedule.js";
import { renderSchedule } from "../schedule/renderSchedule.js";
import { estimateSheet } from "../sheet/testing/estimateSheet.js";
import { buildGrid, f } from "../table/testing/gridBuilder.js";
import { sampleSpec } from "../sheet/testing/sampleSpec.js";
import { examplePlanJson } from "../../../../tests/testing/fixtures.js";
import { detectSheetKind } from "./sheetKind.js";

const plan = valueOf(parsePlan(examplePlanJson()));

describe("detectSheetKind", () => {
  it("tells an estimate, even though its Đơn vị tính | Số lượng header also reads as a distribution header", () => {
    const result = detectSheetKind(estimateSheet(sampleSpec));
    expect(result.kind).toBe("estimate");
    expect(result.kind === "estimate" && result.table.columns.amount).toBeGreaterThan(0);
  });

  it("tells an office's delegate list (other wording, title rows above) and gives its table", () => {
    const grid = buildGrid(
      [
        ["UBND HUYỆN NGA SƠN"],
        ["DANH SÁCH ĐẠI BIỂU DỰ HỘI NGHỊ TẬP HUẤN"],
        [],
        ["TT", "Họ tên", "Đơn vị công tác", "Thành phần", "Ký tên"],
        [1, "Lê Văn An", "Tổ hòa giải thôn 1", "Hòa giải viên"],
        [2, "Trần Thị Bình", "UBND xã Nga An", "Cán bộ quản lý"],
      ],
      { sheet: "DS HN1" },
    );
    const result = detectSheetKind(grid);
    expect(result).toMatchObject({
      sheet: "DS HN1",
      kind: "conference-list",
      list: "delegates",
      table: { headerRow: 3, bodyTop: 4, bodyBottom: 5 },
    });
  });

  it("tells a signed support list by its amount column", () => {
    const grid = buildGrid([
      ["STT", "Họ và tên", "Chức vụ, đơn vị", "Đối tượng", "Số ngày", "Số tiền", "Ký nhận"],
      [1, "Lê Văn An", "Tổ 1", "Hòa giải viên", 1, 150000],
      [null, "Tổng cộng", null, null, null, f("SUM(F2:F2)", 150000)],
    ]);
    expect(detectSheetKind(grid)).toMatchObject({ kind: "conference-list", list: "support", table: { totalRow: 2 } });
  });

  it("tells a distribution sheet, in an office's wording and as core draws it", () => {
    const office = buildGrid([
      ["DANH SÁCH CẤP PHÁT TỜ GẤP"],
      ["TT", "Tên đơn vị", "Số tờ", "Ký, ghi rõ họ tên"],
      [1, "Huyện A", 100],
    ]);
    expect(detectSheetKind(office)).toMatchObject({ kind: "distribution", table: { headerRow: 1 } });
    const { share, allocations } = valueOf(
      distributeMaterial(plan, [
        { unit: "Huyện A", weight: 3, line: 1 },
        { unit: "Huyện B", weight: 1, line: 2 },
      ]),
    );
    expect(detectSheetKind(renderDistribution(plan, share, allocations).grid).kind).toBe("distribution");
  });

  it("tells the blank lists core draws from the plan", () => {
    const [first] = conferenceLists(plan);
    expect(first && detectSheetKind(first.delegates.grid)).toMatchObject({
      kind: "conference-list",
      list: "delegates",
    });
    expect(first && detectSheetKind(first.support.grid)).toMatchObject({ kind: "conference-list", list: "support" });
  });

  it("tells a schedule kept on a sheet, and the one core draws, without taking other kinds for one", () => {
    const typed = buildGrid(
      [
        ["LỊCH TỔ CHỨC HỘI NGHỊ"],
        [],
        ["TT", "Nội dung", "Thời gian", "Địa điểm"],
        [1, "Hội nghị tại huyện A", "16/04/2024", "Hội trường"],
      ],
      { sheet: "Lịch" },
    );
    expect(detectSheetKind(typed)).toMatchObject({
      sheet: "Lịch",
      kind: "schedule",
      table: { headerRow: 2, bodyTop: 3 },
    });
    const series = plan.conferences[0];
    if (!series) throw new Error("the example plan has no conference series");
    const drawn = renderSchedule(plan, { series, conferences: proposeSchedule(series).conferences });
    expect(detectSheetKind(drawn.grid).kind).toBe("schedule");
    // A date line ("ngày … tháng … năm …") under some other table is no schedule header.
    expect(
      detectSheetKind(buildGrid([["Ghi chú"], ["Thanh Hóa, ngày 16 tháng 4 năm 2024"], ["ngày 16/04/2024"]])).kind,
    ).toBe("unknown");
  });

  it("says unknown for notes, an empty sheet or no grid rows at all", () => {
    expect(detectSheetKind(buildGrid([["Danh sách tổ hòa giải"], ["Ghi chú"]], { sheet: "Ghi chú" }))).toEqual({
      sheet: "Ghi chú",
      kind: "unknown",
    });
    expect(detectSheetKind({ sheet: "Trống", rows: [] })).toEqual({ sheet: "Trống", kind: "unknown" });
  });
});
