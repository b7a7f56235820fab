import { describe, expect, it } from "vitest";
import { paramOf, type Finding } from "../../findings/finding.js";
import { fromA1 } from "../../grid/a1.js";
import type { Cell, Grid } from "../../grid/grid.js";
import { auditLineFormulas } from "./formulaAudit.js";
import { locateIn } from "../locate/locate.js";
import { readIn } from "../read/read.js";
import { estimateSheet, type SheetSectionSpec } from "../testing/estimateSheet.js";
import { buildGrid, f, type CellSpec } from "../../table/testing/gridBuilder.js";
import { sampleSections, sampleSpec } from "../testing/sampleSpec.js";
import { SheetView } from "../../table/view.js";

function audit(grid: Grid): Finding[] {
  const view = new SheetView(grid);
  const table = locateIn(view).table;
  if (!table) throw new Error("no table located");
  return auditLineFormulas(view, table, readIn(view, table).layout);
}
const ids = (grid: Grid) => audit(grid).map((x) => `${x.code}@${x.at?.cell}`);

/** The grid with cells replaced, each given by its A1 address on the sheet. */
function withCells(grid: Grid, cells: Record<string, CellSpec>): Grid {
  const rows = grid.rows.map((row) => [...(row ?? [])]);
  for (const [address, cell] of Object.entries(cells)) {
    const at = fromA1(address);
    if (!at) throw new Error(`bad address ${address}`);
    const row = (rows[at.row - (grid.origin?.row ?? 0)] ??= []);
    row[at.col - (grid.origin?.col ?? 0)] =
      cell === null || cell === undefined ? undefined : typeof cell === "object" ? (cell as Cell) : { value: cell };
  }
  return { ...grid, rows };
}

// The sample (sampleSpec): A STT, B content, C unit, D quantity, E days, F rate, G amount. Section I on
// row 7 with lines 8–11 (line 9 has no days: its formula is D9*F9), II on 12 with 13–14, the total on 15.
const sample = estimateSheet(sampleSpec);

describe("auditLineFormulas", () => {
  it("finds nothing in correct sheets: sample, sub-items, another origin, a thousands scale", () => {
    expect(audit(sample)).toEqual([]);
    expect(audit(estimateSheet({ ...sampleSpec, origin: { row: 40, col: 5 }, scale: 1000 }))).toEqual([]);
    const withSubItems: SheetSectionSpec[] = [
      {
        number: "I",
        title: "Hội nghị",
        lines: [
          {
            number: "1",
            content: "Thuê",
            children: [
              { number: "a", content: "Hội trường", factors: { quantity: 2, days: 1 }, rate: 100 },
              { number: "-", content: "Âm thanh", factors: { quantity: 2 }, rate: 50 },
            ],
          },
        ],
      },
    ];
    expect(audit(estimateSheet({ sections: withSubItems }))).toEqual([]);
  });

  it("accepts the line's product in any order, with $ or lower case, a blank factor left out or kept", () => {
    for (const formula of ["F8*E8*D8", "$D$8*$E$8*$F$8", "d8*e8*f8", "D8 * E8 * F8", "E8*F8*D8"]) {
      expect(audit(withCells(sample, { G8: f(formula, 36_000_000) })), formula).toEqual([]);
    }
    // Line 9 has a blank days cell: D9*F9 and D9*E9*F9 are both fine.
    expect(audit(withCells(sample, { G9: f("D9*E9*F9", 9_000_000) }))).toEqual([]);
  });

  it("accepts the line's product rounded: ROUND around the shape is the same shape", () => {
    for (const formula of ["ROUND(D8*E8*F8;0)", "ROUND(D8*E8*F8,0)", "round(F8*D8*E8, -3)", "ROUND((D8*E8*F8),-3)"]) {
      expect(audit(withCells(sample, { G8: f(formula, 36_000_000) })), formula).toEqual([]);
    }
    expect(ids(withCells(sample, { G8: f("ROUND(D8*F8,0)", 36_000_000) }))).toEqual(["formula.inconsistent@G8"]);
  });

  it("finds nothing in a sheet typed by hand throughout: there is no formula to expect", () => {
    const typed = estimateSheet({
      sections: sampleSections.map((s) => ({
        ...s,
        subtotal: "typed" as const,
        lines: s.lines.map((l) => ({ ...l, amount: "typed" as const })),
      })),
      total: "typed",
    });
    expect(audit(typed)).toEqual([]);
  });

  describe("formula.hardcoded", () => {
    it("reports a typed amount on a line with a rate where the column computes, in đồng", () => {
      expect(audit(withCells(sample, { G9: 9_000_000 }))).toEqual([
        {
          code: "formula.hardcoded",
          severity: "warning",
          at: { sheet: "Dự toán", cell: "G9" },
          params: { value: 9_000_000 },
        },
      ]);
      // A number typed as text is as hardcoded as a number.
      expect(ids(withCells(sample, { G9: "9.000.000" }))).toEqual(["formula.hardcoded@G9"]);
      // In a thousands table the value is given in đồng.
      const thousands = estimateSheet({ ...sampleSpec, scale: 1000 });
      expect(audit(withCells(thousands, { G9: 9_000 }))[0]?.params).toEqual({ value: 9_000_000 });
    });

    it("leaves a typed amount alone on a line without a rate, and a blank amount anywhere", () => {
      expect(audit(withCells(sample, { F9: null, G9: 9_000_000 }))).toEqual([]);
      expect(audit(withCells(sample, { G9: null }))).toEqual([]);
      expect(audit(withCells(sample, { G9: "-" }))).toEqual([]);
    });

    it("reports typed subtotals, totals and parent lines", () => {
      expect(ids(withCells(sample, { G7: 364_800_000, G15: 396_300_000 }))).toEqual([
        "formula.hardcoded@G7",
        "formula.hardcoded@G15",
      ]);
      const parent = buildGrid([
        ["STT", "Nội dung", "Số lượng", "Mức chi", "Thành tiền"],
        ["1", "Thuê", null, null, 30],
        ["a", "Hội trường", 2, 10, f("C3*D3", 20)],
        ["b", "Âm thanh", 2, 5, f("C4*D4", 10)],
        [null, "Cộng", null, null, f("E2", 30)],
      ]);
      expect(ids(parent)).toEqual(["formula.hardcoded@E2"]);
    });

    it("reports a typed 'Cộng' footer and a typed group amount", () => {
      const grid = buildGrid([
        ["STT", "Nội dung", "Số lượng", "Mức chi", "Thành tiền"],
        ["A", "Trung ương", null, null, 30],
        ["I", "Hội nghị"],
        ["1", "Hội trường", 2, 10, f("C4*D4", 20)],
        ["2", "Nước", 2, 5, f("C5*D5", 10)],
        [null, "Cộng mục I", null, null, 30],
        [null, "Tổng cộng", null, null, f("E2", 30)],
      ]);
      expect(ids(grid)).toEqual(["formula.hardcoded@E6", "formula.hardcoded@E2"]);
    });
  });

  describe("formula.inconsistent", () => {
    it("reports a line formula that leaves out a filled factor, with the formula fill would write", () => {
      expect(audit(withCells(sample, { G8: f("D8*F8", 36_000_000) }))).toEqual([
        {
          code: "formula.inconsistent",
          severity: "warning",
          at: { sheet: "Dự toán", cell: "G8" },
          params: { formula: "=D8*F8", expected: "=D8*E8*F8" },
        },
      ]);
    });

    it("reports a formula reading another row, another column or a typed constant", () => {
      for (const formula of ["D7*E8*F8", "D8*E8*F9", "D8*E8*F8*C8", "D8*E8*6000000", "D8*E8*F8/1", "D8+E8+F8"]) {
        expect(
          audit(withCells(sample, { G8: f(formula, 36_000_000) })).map((x) => [x.code, paramOf(x, "expected")]),
          formula,
        ).toEqual([["formula.inconsistent", "=D8*E8*F8"]]);
      }
    });

    it("takes the line's own cells wherever the table sits", () => {
      const moved = estimateSheet({ ...sampleSpec, origin: { row: 40, col: 5 } });
      // Shifted 40 rows and 5 columns: D8 → I48, F8 → K48, G8 → L48.
      expect(audit(withCells(moved, { L48: f("I48*K48", 36_000_000) }))).toEqual([
        expect.objectContaining({
          at: { sheet: "Dự toán", cell: "L48" },
          params: { formula: "=I48*K48", expected: "=I48*J48*K48" },
        }),
      ]);
      expect(audit(withCells(moved, { L48: f("K48*J48*I48", 36_000_000) }))).toEqual([]);
    });

    it("expects nothing of a line without a rate, or of a table without a rate column", () => {
      expect(audit(withCells(sample, { F8: null, G8: f("D8*E8*6000000", 36_000_000) }))).toEqual([]);
      const noRate = buildGrid([
        ["STT", "Nội dung", "Số lượng", "Thành tiền"],
        ["1", "Hội trường", 2, f("C2*10", 20)],
        ["2", "Nước", 2, f("C3*5", 10)],
        [null, "Tổng cộng", null, f("SUM(D2:D3)", 30)],
      ]);
      expect(audit(noRate)).toEqual([]);
    });

    it("audits sub-items as lines", () => {
      const grid = buildGrid([
        ["STT", "Nội dung", "Số lượng", "Số ngày", "Mức chi", "Thành tiền"],
        ["1", "Thuê", null, null, null, f("SUM(F3:F4)", 30)],
        ["a", "Hội trường", 2, 1, 10, f("C3*E3", 20)],
        ["b", "Âm thanh", 2, null, 5, f("C4*E4", 10)],
        [null, "Tổng cộng", null, null, null, f("F2", 30)],
      ]);
      expect(audit(grid).map((x) => [x.code, x.at?.cell, paramOf(x, "expected")])).toEqual([
        ["formula.inconsistent", "F3", "=C3*D3*E3"],
      ]);
    });
  });

  it("reports hardcoded lines, then hardcoded sums, then inconsistent lines", () => {
    const grid = withCells(sample, { G13: f("D13*1500000", 1_500_000), G12: 31_500_000, G10: 76_800_000 });
    expect(ids(grid)).toEqual(["formula.hardcoded@G10", "formula.hardcoded@G12", "formula.inconsistent@G13"]);
  });
});
