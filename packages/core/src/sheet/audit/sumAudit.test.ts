import { describe, expect, it } from "vitest";
import { paramOf, type Finding } from "../../findings/finding.js";
import { fromA1 } from "../../grid/a1.js";
import type { Cell, Grid } from "../../grid/grid.js";
import { locateIn } from "../locate/locate.js";
import { readIn } from "../read/read.js";
import { auditSums } from "./sumAudit.js";
import { checkSheet } from "../check.js";
import { estimateSheet, type SheetSectionSpec } from "../testing/estimateSheet.js";
import { buildGrid, f, type CellSpec } from "../../table/testing/gridBuilder.js";
import { sampleSections, sampleSpec, sampleTotal } from "../testing/sampleSpec.js";
import { SheetView } from "../../table/view.js";

function audit(grid: Grid): Finding[] {
  const view = new SheetView(grid);
  const table = locateIn(view).table;
  if (!table) throw new Error("no table located");
  const read = readIn(view, table);
  return auditSums(view, table, read.layout, read.estimate);
}
const ids = (grid: Grid) => audit(grid).map((x) => `${x.code}@${x.at?.cell}`);

/** The grid with one cell replaced, the cell given by its A1 address on the sheet. */
function withCell(grid: Grid, address: string, cell: CellSpec): Grid {
  const at = fromA1(address);
  if (!at) throw new Error(`bad address ${address}`);
  const r = at.row - (grid.origin?.row ?? 0);
  const c = at.col - (grid.origin?.col ?? 0);
  const rows = grid.rows.map((row) => [...(row ?? [])]);
  const row = (rows[r] ??= []);
  row[c] = typeof cell === "object" && cell !== null ? (cell as Cell) : cell == null ? undefined : { value: cell };
  return { ...grid, rows };
}

// The sample (sampleSpec): header on row 5, column numbers on 6; I on G7 with items G8:G11 (36, 9, 76,8
// and 243 million); II on G12 with G13:G14 (1,5 and 30 million); the total on G15 = G7+G12.
const sample = estimateSheet(sampleSpec);
const sectionI = 364_800_000;
const sectionII = 31_500_000;

// A section whose first line has sub-items a, b, c (rows 8–11 on the sheet, the parent on G8).
const withSubItems: SheetSectionSpec[] = [
  {
    number: "I",
    title: "Hội nghị",
    lines: [
      {
        number: "1",
        content: "Thuê hội trường, âm thanh",
        children: [
          { number: "a", content: "Hội trường", factors: { quantity: 2 }, rate: 5_000_000 },
          { number: "b", content: "Âm thanh", factors: { quantity: 2 }, rate: 1_000_000 },
          { number: "c", content: "Màn chiếu", factors: { quantity: 2 }, rate: 500_000 },
        ],
      },
      { number: "2", content: "Nước uống", factors: { quantity: 100 }, rate: 20_000 },
    ],
  },
];

describe("auditSums", () => {
  it("finds nothing in correct sheets: sections, sub-items, another origin, a thousands scale", () => {
    expect(audit(sample)).toEqual([]);
    expect(audit(estimateSheet({ sections: withSubItems, columnNumbers: true }))).toEqual([]);
    expect(audit(estimateSheet({ ...sampleSpec, origin: { row: 20, col: 30 } }))).toEqual([]);
    expect(audit(estimateSheet({ ...sampleSpec, scale: 1000 }))).toEqual([]);
    // Typed sums that add up are no business of the formula audit.
    expect(audit(estimateSheet({ sections: sampleSections, total: "typed" }))).toEqual([]);
  });

  it("reports a subtotal SUM that stops a row short, naming the left-out row", () => {
    const grid = withCell(sample, "G7", f("SUM(G8:G10)", sectionI - 243_000_000));
    expect(audit(grid)).toEqual([
      {
        code: "formula.range_omits_rows",
        severity: "error",
        at: { sheet: "Dự toán", cell: "G7" },
        params: { formula: "=SUM(G8:G10)", rows: "11" },
      },
    ]);
  });

  it("reports a SUM shifted into the next section for the rows of its own it leaves out", () => {
    // SUM(G9:G12) starts a row late and runs into II's heading.
    const grid = withCell(sample, "G7", f("SUM(G9:G12)", sectionI - 36_000_000 + sectionII));
    expect(audit(grid).map((x) => [x.code, x.at?.cell, paramOf(x, "rows")])).toEqual([
      ["formula.range_omits_rows", "G7", "8"],
      ["formula.range_adds_rows", "G7", "12"],
    ]);
    // II's SUM reaching up into I's last line adds all of II, and a line of I besides.
    expect(ids(withCell(sample, "G12", f("SUM(G11:G14)", 243_000_000 + sectionII)))).toEqual([
      "formula.range_adds_rows@G12",
    ]);
  });

  it("reports a subtotal SUM reaching into the next section, even where the cells it reaches are empty", () => {
    // I's SUM runs on into II's heading and first line: a warning naming the rows of another part.
    const into = audit(withCell(sample, "G7", f("SUM(G8:G13)", 0)));
    expect(into.map((x) => [x.code, x.severity, x.at?.cell, paramOf(x, "rows")])).toEqual([
      ["formula.range_adds_rows", "warning", "G7", "12, 13"],
    ]);
    // II's subtotal in a "Cộng" footer, its heading cell empty: I's SUM over that empty cell adds nothing
    // today, and would add II's figures once someone types them there.
    const footer = buildGrid([
      ["STT", "Nội dung", "Số lượng", "Mức chi", "Thành tiền"],
      ["I", "Hội nghị"],
      ["1", "Hội trường", 1, 10, f("C3*D3", 10)],
      ["2", "Nước uống", 1, 20, f("C4*D4", 20)],
      [null, "Cộng mục I", null, null, f("SUM(E3:E4,E6)", 30)],
      ["II", "Tờ gấp"],
      ["1", "In tờ gấp", 1, 5, f("C7*D7", 5)],
      [null, "Cộng mục II", null, null, f("SUM(E7)", 5)],
      [null, "Tổng cộng", null, null, f("E5+E8", 35)],
    ]);
    expect(ids(footer)).toEqual(["formula.range_adds_rows@E5"]);
  });

  it("reports a SUM that covers a parent line only through its empty cell, leaving out its sub-items", () => {
    const grid = estimateSheet({ sections: withSubItems, columnNumbers: true });
    // The parent's amount cell G8 emptied; I's subtotal adds G8 and line 2 (G12), none of the sub-items.
    const emptied = withCell(withCell(grid, "G8", null), "G7", f("G8+G12", 2_000_000));
    expect(ids(emptied)).toEqual(["formula.range_omits_rows@G7"]);
    expect(audit(emptied).map((x) => paramOf(x, "rows"))).toEqual(["9"]);
    // Over the sub-items it is whole.
    expect(audit(withCell(withCell(grid, "G8", null), "G7", f("SUM(G9:G12)", 15_000_000)))).toEqual([]);
  });

  it("reports every left-out row, and a SUM over another column as leaving out all", () => {
    expect(audit(withCell(sample, "G7", f("G8+G10", 0))).map((x) => paramOf(x, "rows"))).toEqual(["9, 11"]);
    expect(audit(withCell(sample, "G12", f("SUM(F13:F14)", 0))).map((x) => paramOf(x, "rows"))).toEqual(["13, 14"]);
    // A formula that does more than add (ROUND, a product) is no sum to audit.
    expect(audit(withCell(sample, "G7", f("ROUND(SUM(G8:G10),0)", 0)))).toEqual([]);
  });

  it("reports a parent line whose SUM leaves out one of its sub-items", () => {
    const grid = estimateSheet({ sections: withSubItems, columnNumbers: true });
    // Layout: I on G7, the parent line on G8 = SUM(G9:G11), sub-items G9:G11, line 2 on G12.
    expect(audit(withCell(grid, "G8", f("SUM(G9:G10)", 12_000_000)))).toEqual([
      expect.objectContaining({ code: "formula.range_omits_rows", at: { sheet: "Dự toán", cell: "G8" } }),
    ]);
    expect(audit(withCell(grid, "G8", f("G9+G11", 11_000_000))).map((x) => paramOf(x, "rows"))[0]).toBe("10");
    // The parent's own product formula adds none of its sub-items: not a sum, not audited.
    expect(audit(withCell(grid, "G8", f("D8*F8", 13_000_000)))).toEqual([]);
    // A section SUM over the sub-items instead of the parent line covers the parent.
    expect(audit(withCell(grid, "G7", f("SUM(G9:G12)", 15_000_000)))).toEqual([]);
  });

  it("reports a total formula that adds items and their subtotals both", () => {
    const grid = withCell(sample, "G15", f("SUM(G7:G14)", 2 * sampleTotal));
    expect(audit(grid)).toEqual([
      {
        code: "total.double_count",
        severity: "error",
        at: { sheet: "Dự toán", cell: "G15" },
        params: { cells: "G7, G8, G9, G10, G11, G12, G13, G14" },
      },
    ]);
    // Only section I counted twice: its subtotal and its lines.
    expect(audit(withCell(sample, "G15", f("G7+SUM(G8:G11)+G12", 2 * sectionI + sectionII)))[0]?.params).toEqual({
      cells: "G7, G8, G9, G10, G11",
    });
  });

  it("reports a sub-item counted twice in the total, through its parent line", () => {
    const grid = estimateSheet({ sections: withSubItems, columnNumbers: true });
    // No subtotal on G7; the total adds the parent line G8, its first sub-item G9 and line 2 on G12.
    const doubled = withCell(withCell(grid, "G7", null), "G13", f("G8+G9+G12", 0));
    expect(audit(doubled).map((x) => [x.code, paramOf(x, "cells")])).toEqual([["total.double_count", "G8, G9"]]);
  });

  it("reports a typed total that equals subtotals plus items", () => {
    const grid = withCell(sample, "G15", 2 * sampleTotal);
    expect(audit(grid)).toEqual([
      expect.objectContaining({ code: "total.double_count", params: { cells: "G7, G12" } }),
    ]);
    expect(audit(withCell(sample, "G15", sampleTotal))).toEqual([]);
    expect(audit(withCell(sample, "G15", 2 * sampleTotal + 1))).toEqual([]);
  });

  it("reports a total formula that leaves out a section", () => {
    expect(audit(withCell(sample, "G15", f("G7", sectionI)))).toEqual([
      expect.objectContaining({ code: "formula.range_omits_rows", params: { formula: "=G7", rows: "12" } }),
    ]);
    // A total over every line, with no subtotals filled in, covers everything.
    const noSubtotals = estimateSheet({
      ...sampleSpec,
      sections: sampleSections.map((s) => ({ ...s, subtotal: "empty" as const })),
    });
    expect(audit(withCell(noSubtotals, "G15", f("SUM(G8:G11,G13:G14)", sampleTotal)))).toEqual([]);
    expect(
      audit(withCell(noSubtotals, "G15", f("SUM(G8:G11,G14)", sampleTotal))).map((x) => paramOf(x, "rows")),
    ).toEqual(["13"]);
  });

  it("reads formulas in sheet coordinates when the grid does not start at A1", () => {
    const origin = { row: 20, col: 30 };
    const grid = estimateSheet({ ...sampleSpec, origin });
    // The sample shifted 20 rows down and 30 columns right: G → AK, row 7 → 27.
    expect(ids(withCell(grid, "AK27", f("SUM(AK28:AK30)", 0)))).toEqual(["formula.range_omits_rows@AK27"]);
    expect(audit(withCell(grid, "AK27", f("SUM(AK28:AK30)", 0))).map((x) => paramOf(x, "rows"))[0]).toBe("31");
    expect(ids(withCell(grid, "AK35", f("SUM(AK27:AK34)", 0)))).toEqual(["total.double_count@AK35"]);
    // A range reaching above the grid is clipped, not misread.
    expect(audit(withCell(grid, "AK27", f("SUM(AK1:AK31)", 0)))).toEqual([]);
  });

  describe("groups (A over I, II)", () => {
    const header: CellSpec[] = ["STT", "Nội dung", "Số lượng", "Mức chi", "Thành tiền"];
    const grouped = (a: CellSpec, total: CellSpec = f("E2+E8", 42)) =>
      buildGrid([
        header,
        ["A", "Trung ương", null, null, a],
        ["I", "Hội nghị", null, null, f("SUM(E4:E5)", 30)],
        ["1", "Hội trường", 2, 10, f("C4*D4", 20)],
        ["2", "Nước", 2, 5, f("C5*D5", 10)],
        ["II", "Tờ gấp", null, null, f("E7", 5)],
        ["1", "In", 1, 5, f("C7*D7", 5)],
        ["B", "Địa phương", null, null, f("E9", 7)],
        ["III", "Khác", null, null, f("E10", 7)],
        ["1", "Khác", 1, 7, f("C10*D10", 7)],
        [null, "Tổng cộng", null, null, total],
      ]);

    it("finds nothing when each group adds its sections and the total adds the groups", () => {
      expect(audit(grouped(f("E3+E6", 35)))).toEqual([]);
      // Adding the sections rather than the groups is as good.
      expect(audit(grouped(f("E3+E6", 35), f("E3+E6+E9", 42)))).toEqual([]);
    });

    // The group's figure against its sections is the budget's arithmetic (groups are in the estimate model);
    // the audit says which rows its formula leaves out.
    const sheetErrors = (grid: Grid) => checkSheet(grid).findings.filter((x) => x.severity === "error");

    it("reports a group that leaves out a section, by formula and by value", () => {
      expect(audit(grouped(f("E3", 30))).map((x) => [x.code, x.at?.cell, paramOf(x, "rows")])).toEqual([
        ["formula.range_omits_rows", "E2", "6"],
      ]);
      expect(
        sheetErrors(grouped(f("E3", 30))).map((x) => [
          x.code,
          x.at?.cell,
          paramOf(x, "rows") ?? paramOf(x, "expected"),
        ]),
      ).toEqual([
        ["subtotal.mismatch", "E2", 35],
        ["formula.range_omits_rows", "E2", "6"],
      ]);
    });

    it("reports a typed group amount that differs from its sections", () => {
      expect(audit(grouped(36))).toEqual([]);
      expect(sheetErrors(grouped(36))).toEqual([
        {
          code: "subtotal.mismatch",
          severity: "error",
          at: { sheet: "Dự toán", cell: "E2" },
          params: { section: "A", expected: 35, actual: 36 },
        },
      ]);
    });

    it("reports a total that adds a group and one of its sections", () => {
      expect(audit(grouped(f("E3+E6", 35), f("E2+E3+E8", 72))).map((x) => [x.code, paramOf(x, "cells")])).toEqual([
        ["total.double_count", "E2, E3"],
      ]);
    });
  });

  it("asks no sum to add a section heading that holds nothing (no lines, no subtotal)", () => {
    // Rows 1–6: a header, section I with two lines, an empty section II, the total adding I and II's cell.
    const grid = buildGrid([
      ["STT", "Nội dung", "Số lượng", "Mức chi", "Thành tiền"],
      ["I", "Hội nghị", null, null, f("SUM(E3:E4)", 30)],
      ["1", "Hội trường", 2, 10, f("C3*D3", 20)],
      ["2", "Nước", 2, 5, f("C4*D4", 10)],
      ["II", "Dự phòng"],
      [null, "Tổng cộng", null, null, f("E2+E5", 30)],
    ]);
    expect(ids(grid)).toEqual([]);
    // Leaving out section I is still reported.
    expect(ids(withCell(grid, "E6", f("E5", 0)))).toEqual(["formula.range_omits_rows@E6"]);
  });
});
