import { describe, expect, it } from "vitest";
import { fromA1 } from "../grid/a1.js";
import { cellAt, type Grid } from "../grid/grid.js";
import { makeFinding } from "../findings/makeFinding.js";
import { thanhHoaPlan } from "../plan/testing/soTuPhap2024.js";
import { sheetValues } from "../sheet/formula/sheetValues.js";
import { SheetView } from "../table/view.js";
import { valueOf } from "../testing/resultValue.js";
import { consolidateEstimates } from "./consolidateEstimates.js";
import { renderConsolidation } from "./renderConsolidation.js";
import { communeDraft, unitOf } from "./testing/unitEstimate.js";

const cell = (grid: Grid, a1: string) => {
  const p = fromA1(a1);
  return p ? cellAt(grid, p.row, p.col) : undefined;
};
const texts = (grid: Grid) =>
  grid.rows.flatMap((row) => (row ?? []).flatMap((c) => (typeof c?.value === "string" ? [c.value] : [])));

/** The grid's values after a recalculation that ignores every cached formula value. */
function recalculated(grid: Grid): (a1: string) => unknown {
  const stripped: Grid = {
    ...grid,
    rows: grid.rows.map((row) => (row ?? []).map((c) => (c?.formula ? { ...c, value: null } : c))),
  };
  const values = sheetValues(new SheetView(stripped));
  return (a1) => {
    const p = fromA1(a1);
    return p ? values(p.row, p.col) : undefined;
  };
}

const clean = () => unitOf("UBND xã An Cư", communeDraft());
function withErrors() {
  const draft = communeDraft();
  const section = draft.sections[0];
  const lines = section?.lines.map((l, i) => (i === 1 ? { ...l, amount: 9_000_000 } : l)) ?? [];
  const error = makeFinding("amount.mismatch", { expected: 8_000_000, actual: 9_000_000 });
  return unitOf(
    "UBND xã Sai Số",
    { sections: [{ number: "I", title: "x", lines, amount: 14_200_000 }], amount: 14_000_000 },
    [error],
  );
}

describe("renderConsolidation", () => {
  it("draws one row per unit, one column per category, live row and grand totals, and the words", () => {
    const consolidation = valueOf(
      consolidateEstimates([clean(), unitOf("UBND xã Yên Lạc", communeDraft({ delegates: 100 }))]),
    );
    const { grid, layout } = renderConsolidation(consolidation);
    expect(texts(grid)).toEqual(
      expect.arrayContaining([
        "SỞ TƯ PHÁP",
        "TỔNG HỢP DỰ TOÁN KINH PHÍ CỦA CÁC ĐƠN VỊ",
        "Hỗ trợ tiền ăn",
        "Chi khác (1)",
        "Tổng cộng",
      ]),
    );
    expect(layout.table.totalCell).toBe("I11");
    expect(cell(grid, "B9")?.value).toBe("UBND xã An Cư");
    expect(cell(grid, "C9")).toMatchObject({ value: 8_000_000, numberFormat: "#,##0" });
    expect(cell(grid, "I9")).toMatchObject({ value: 13_200_000, formula: "SUM(C9:H9)" });
    expect(cell(grid, "I11")).toMatchObject({ value: 28_400_000, formula: "SUM(I9:I10)" });
    expect(cell(grid, "C11")).toMatchObject({ value: 18_000_000, formula: "SUM(C9:C10)" });
    const value = recalculated(grid);
    expect(value("I11")).toBe(28_400_000);
    expect(value("I9")).toBe(13_200_000);
    expect(cell(grid, layout.table.words)?.value).toBe("Bằng chữ: Hai mươi tám triệu bốn trăm nghìn đồng./.");
    expect(texts(grid)).toContain("- UBND xã An Cư: Chi hỗ trợ khác 700.000 đ.");
    expect(texts(grid)).toContain(
      "(1) Chi khác gồm nước uống, thuốc, thù lao hòa giải viên, hỗ trợ tổ hòa giải, câu lạc bộ, xây dựng kế hoạch " +
        "và các khoản chưa xếp được vào cột nào:",
    );
    expect(texts(grid)).toEqual(expect.arrayContaining(["NGƯỜI LẬP BIỂU", "KẾ TOÁN TRƯỞNG", "GIÁM ĐỐC"]));
    expect(layout.print.orientation).toBe("landscape");
  });

  it("keeps a unit with errors as submitted, with its difference, its recomputed total and a note", () => {
    const result = consolidateEstimates([clean(), withErrors()]);
    const { grid, layout, findings } = renderConsolidation(valueOf(result), { findings: result.findings });
    // Columns: categories C:H, difference I, total J, recomputed K, note L.
    expect(cell(grid, "I8")?.value).toBe("Chênh lệch (2)");
    expect(cell(grid, "I10")?.value).toBe(-200_000);
    expect(cell(grid, "J10")).toMatchObject({ value: 14_000_000, formula: "SUM(C10:I10)" });
    expect(cell(grid, "K10")?.value).toBe(13_200_000);
    expect(cell(grid, "K9")).toBeUndefined();
    expect(cell(grid, "L10")?.value).toBe(
      "Bảng dự toán của UBND xã Sai Số có 1 lỗi; số liệu được tổng hợp như đơn vị gửi, cần đơn vị sửa và gửi lại.",
    );
    expect(layout.styles).toContainEqual({ range: "A10:L10", style: { fill: "FFF2CC" } });
    expect(layout.styles.some((s) => s.range === "A9:L9" && s.style.fill !== undefined)).toBe(false);
    expect(layout.table.totalCell).toBe("J11");
    expect(recalculated(grid)("J11")).toBe(27_200_000);
    expect(findings).toEqual([{ ...result.findings[0], at: { sheet: "Tổng hợp", cell: "L10" } }]);
  });

  it("points each allotment finding at its unit's cells and leaves the plan's at their paths", () => {
    const plan = {
      ...thanhHoaPlan,
      allotments: [{ unit: "xã An Cư", amountVnd: 10_000_000, delegates: 50 }, { unit: "xã Hải Bình" }],
    };
    const result = consolidateEstimates([clean()], plan);
    const { findings, grid, layout } = renderConsolidation(valueOf(result), { plan, findings: result.findings });
    // Columns: categories C:H, total I, what the plan allots J, note K.
    expect(cell(grid, "J8")?.value).toBe("Kế hoạch giao (4)");
    expect(cell(grid, "J9")).toMatchObject({ value: 10_000_000, numberFormat: "#,##0" });
    // Every finding about the unit is in its row's note, the row filled: not only on the terminal.
    expect(cell(grid, "K9")?.value).toBe(
      "Dự toán của UBND xã An Cư là 13.200.000 đ, vượt số kế hoạch giao 10.000.000 đ. " +
        "Dự toán của UBND xã An Cư tính 80 đại biểu (cộng các hội nghị), vượt số kế hoạch giao (50).",
    );
    expect(layout.styles).toContainEqual({ range: "A9:K9", style: { fill: "FFF2CC" } });
    expect(texts(grid)).toContain("(4) Kế hoạch giao: số tiền kế hoạch giao cho đơn vị.");
    expect(findings.map((f) => `${f.code}@${f.at?.cell ?? f.at?.path ?? ""}`)).toEqual([
      "consolidation.over_allotment@I9",
      "consolidation.count_over_allotment@B9",
      "consolidation.allotment_without_estimate@allotments.1",
    ]);
    expect(texts(grid)).toEqual(
      expect.arrayContaining(["UBND TỈNH THANH HÓA", "SỞ TƯ PHÁP", thanhHoaPlan.document.title]),
    );
    // Made now, not on the plan's date: blanks unless a date is given.
    expect(texts(grid)).toContain("Thanh Hóa, ngày …… tháng …… năm ……");
    const dated = renderConsolidation(valueOf(result), { plan, date: "2025-07-15" });
    expect(texts(dated.grid)).toContain("Thanh Hóa, ngày 15 tháng 7 năm 2025");
  });

  it("takes the title block and the signer from the options without a plan, and adds the caller's notes", () => {
    const { grid } = renderConsolidation(valueOf(consolidateEstimates([clean()])), {
      parentAgency: "UBND tỉnh Thanh Hóa",
      agency: "Sở Tư pháp",
      dateLine: "Thanh Hóa, ngày 15 tháng 7 năm 2025",
      signer: { title: "Phó Giám đốc", onBehalf: "Giám đốc", name: "Lê Văn A" },
      accountant: "none",
      notes: ["Không đọc được: hong.xlsx (tệp hỏng)."],
    });
    const all = texts(grid);
    expect(all).toEqual(
      expect.arrayContaining([
        "UBND TỈNH THANH HÓA",
        "Thanh Hóa, ngày 15 tháng 7 năm 2025",
        "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC",
        "Lê Văn A",
      ]),
    );
    expect(all).toContain("Không đọc được: hong.xlsx (tệp hỏng).");
    expect(all).not.toContain("KẾ TOÁN TRƯỞNG");
  });
});
