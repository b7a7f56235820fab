import { describe, expect, it } from "vitest";
import { valueOf } from "../../testing/resultValue.js";
import { locateEstimateTable } from "../locate/locate.js";
import { readEstimateTable } from "./read.js";
import { estimateSheet } from "../testing/estimateSheet.js";
import { buildGrid, f } from "../../table/testing/gridBuilder.js";
import { sampleSections, sampleSpec, sampleTotal } from "../testing/sampleSpec.js";
import type { Grid } from "../../grid/grid.js";
import { placementCell, type EstimatePlacement } from "../placement.js";

/** The A1 address of a placed row's cell in a column. */
const at = (p: EstimatePlacement, row: number | undefined, col: number | undefined) =>
  row === undefined || col === undefined ? undefined : placementCell(p, row, col);

function read(grid: Grid) {
  return readEstimateTable(grid, valueOf(locateEstimateTable(grid)));
}

describe("readEstimateTable", () => {
  it("reads sections, lines, subtotals, total and words, and where they sit", () => {
    const { estimate, placement: p, findings } = read(estimateSheet(sampleSpec));
    expect(findings).toEqual([]);
    expect(estimate.sections.map((s, i) => [s.number, s.lines.length, at(p, p.sections[i]?.amountRow, 6)])).toEqual([
      ["I", 4, "G7"],
      ["II", 2, "G12"],
    ]);
    expect(estimate.sections[0]?.lines[0]).toMatchObject({
      number: "1",
      unit: "hội nghị",
      factors: [
        { kind: "quantity", value: 6 },
        { kind: "days", value: 1 },
      ],
      rate: 6_000_000,
      amount: { declared: 36_000_000, computed: 36_000_000 },
    });
    const line = p.sections[0]?.lines[0]?.row;
    expect(line).toBe(7);
    expect([p.columns.amount, p.columns.rate, ...p.columns.factors.map((f) => `${f.kind} ${f.col}`)]).toEqual([
      6,
      5,
      "quantity 3",
      "days 4",
    ]);
    expect(estimate.amount).toEqual({ declared: sampleTotal, computed: sampleTotal });
    expect([at(p, p.totalRow, p.columns.amount), at(p, p.words?.row, p.words?.col)]).toEqual(["G15", "A16"]);
    expect(estimate.words).toMatch(/^Bằng chữ: Ba trăm chín mươi sáu triệu ba trăm nghìn đồng/);
  });

  it("turns a thousands table into đồng, numbers typed as text included", () => {
    const grid = buildGrid([
      ["Đơn vị tính: nghìn đồng"],
      ["STT", "Nội dung", "Số lượng", "Đơn giá", "Thành tiền"],
      ["1", "In tờ gấp", "25.000", "1,2", "30.000"],
      ["2", "Hỗ trợ tiền ăn", 1620, 150, f("C4*D4", 243_000)],
      [null, "Tổng cộng", null, null, f("SUM(E3:E4)", 273_000)],
    ]);
    const { estimate, placement } = read(grid);
    expect(placement.scale).toBe(1000);
    const [a, b] = estimate.sections[0]?.lines ?? [];
    expect(a).toMatchObject({
      factors: [{ kind: "quantity", value: 25_000 }],
      rate: 1200,
      amount: { declared: 30_000_000 },
    });
    expect(b).toMatchObject({ rate: 150_000, amount: { declared: 243_000_000, computed: 243_000_000 } });
    expect(estimate.amount.declared).toBe(273_000_000);
  });

  it("reads sub-items under their item, with or without the parent's amount, and sections A/B", () => {
    const grid = buildGrid([
      ["TT", "Nội dung chi", "SL", "Mức chi", "Kinh phí"],
      ["A", "Hội nghị", null, null, f("SUM(E3,E6)", 0)],
      ["1", "Thuê hội trường", null, null, f("SUM(E4:E5)", 0)],
      ["a", "Hội trường", 1, 100, f("C4*D4", 100)],
      ["b)", "Âm thanh", 1, 50, f("C5*D5", 50)],
      ["2", "Nước uống", null, null, null],
      ["-", "Buổi sáng", 10, 5, 50],
      ["+", "Buổi chiều", 10, 5, 50],
      ["B", "Tờ gấp", null, null, 10],
      ["1.", "In", 10, 1, 10],
    ]);
    const { estimate } = read(grid);
    expect(estimate.sections.map((s) => s.number)).toEqual(["A", "B"]);
    const [hall, water] = estimate.sections[0]?.lines ?? [];
    expect(hall?.children?.map((c) => c.number)).toEqual(["a", "b)"]);
    expect(water).toMatchObject({
      amount: { declared: null, computed: 100 },
      children: [
        { number: "-", amount: { declared: 50, computed: 50 } },
        { number: "+", amount: { declared: 50, computed: 50 } },
      ],
    });
    expect(estimate.sections[1]?.lines[0]?.number).toBe("1.");
  });

  it("keeps letter groups over Roman sections (A over I, II) in the model, and where their headings sit", () => {
    const grid = buildGrid([
      ["TT", "Nội dung chi", "SL", "Mức chi", "Kinh phí"],
      ["A", "Hội nghị", null, null, 80],
      ["I", "Hội trường", null, null, 30],
      ["1", "Thuê", 1, 30, 30],
      ["II", "Nước", null, null, 40],
      ["1", "Nước uống", 10, 4, 40],
      ["B", "Tờ gấp", null, null, "mười"],
      ["III", "In", null, null, 10],
      ["1", "In tờ gấp", 10, 1, 10],
      [null, "Tổng cộng", null, null, 80],
    ]);
    const { estimate, placement, findings } = read(grid);
    expect(findings).toEqual([]);
    expect(estimate.sections.map((s) => s.number)).toEqual(["I", "II", "III"]);
    expect(estimate.groups).toEqual([
      { number: "A", title: "Hội nghị", sections: [0, 1], amount: { declared: 80, computed: 70 } },
      // An unreadable group amount is read as blank, quietly: the sheet's checks say nothing of it.
      { number: "B", title: "Tờ gấp", sections: [2], amount: { declared: null, computed: 10 } },
    ]);
    // The total adds the sections, as written.
    expect(estimate.amount).toEqual({ declared: 80, computed: 80 });
    expect(placement.groups).toEqual([{ row: 1 }, { row: 6 }]);
  });

  it("skips blank rows, reads hidden rows, and reports error values and unreadable numbers at their cells", () => {
    const grid = buildGrid(
      [
        ["STT", "Nội dung", "Số lượng", "Mức chi", "Thành tiền"],
        ["1", "Hội trường", 2, 10, f("C2*D2", 20)],
        [],
        ["2", "Ẩn", 1, 5, 5],
        ["3", "Lỗi", "hai", 5, { value: { error: "#REF!" }, formula: "C5*#REF!" }],
        [null, "Tổng cộng", null, null, f("SUM(E2:E5)", { error: "#REF!" })],
      ],
      { hiddenRows: [3] },
    );
    const { estimate, findings } = read(grid);
    expect(estimate.sections[0]?.lines.map((l) => l.content)).toEqual(["Hội trường", "Ẩn", "Lỗi"]);
    expect(findings.map((x) => `${x.code}@${x.at?.cell}`)).toEqual([
      "value.not_a_number@C5",
      "value.formula_error@E5",
      "value.formula_error@E6",
    ]);
  });

  it("keeps the sample's lines in any column order", () => {
    const grid = estimateSheet({
      sections: sampleSections,
      columns: ["amount", "rate", "days", "quantity", "unit", "content", "number"],
    });
    const { estimate, placement: p } = read(grid);
    expect(estimate.sections[0]?.lines[3]).toMatchObject({ rate: 150_000, amount: { declared: 243_000_000 } });
    expect(at(p, p.sections[0]?.lines[3]?.row, p.columns.amount)).toBe("A10");
    expect(estimate.amount.declared).toBe(sampleTotal);
  });

  it("takes a section's subtotal from its 'Cộng' footer, and a flat table's total from its 'Cộng' row", () => {
    const footer = buildGrid([
      ["STT", "Nội dung", "Số lượng", "Mức chi", "Thành tiền"],
      ["I", "Hội nghị"],
      ["1", "Hội trường", 2, 10, 20],
      [null, "Cộng mục I", null, null, 20],
      [null, "TỔNG CỘNG", null, null, 20],
    ]);
    const a = read(footer);
    expect(a.estimate.sections[0]).toMatchObject({
      amount: { declared: 20, computed: 20 },
      lines: [{ content: "Hội trường" }],
    });
    expect(at(a.placement, a.placement.sections[0]?.amountRow, 4)).toBe("E4");
    const flat = buildGrid([
      ["STT", "Nội dung", "Số lượng", "Mức chi", "Thành tiền"],
      ["1", "Hội trường", 2, 10, 20],
      ["2", "Nước", 1, 5, 5],
      [null, "Cộng:", null, null, 25],
    ]);
    const b = read(flat);
    expect(b.estimate.sections).toHaveLength(1);
    expect(b.estimate.amount).toEqual({ declared: 25, computed: 25 });
    expect(at(b.placement, b.placement.totalRow, 4)).toBe("E4");
  });
});
