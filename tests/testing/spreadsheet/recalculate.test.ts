import type { CellEdit, Grid } from "@hgcs/core";
import { describe, expect, it } from "vitest";
import { FormulaError } from "./formulaEval.js";
import { applyEditsAndRecalculate } from "./recalculate.js";

const sheet = "Dự toán";
const edit = (address: string, rest: Omit<CellEdit, "sheet" | "address">): CellEdit => ({ sheet, address, ...rest });

describe("applyEditsAndRecalculate", () => {
  it("writes formulas and values, then recomputes every formula cell, edited or not", () => {
    const grid: Grid = {
      sheet,
      rows: [
        [{ value: 2 }, { value: 3 }, null],
        [
          { value: 5, hidden: true },
          { value: 999, formula: "A1*B1" },
          { value: -1, formula: "SUM(A1:B2)" },
        ],
      ],
    };
    const filled = applyEditsAndRecalculate(grid, [
      edit("C1", { formula: "=A1+B1", numberFormat: "#,##0" }),
      edit("A1", { value: 4, font: "Times New Roman" }),
      edit("A2", { numberFormat: "0.00" }),
    ]);
    expect(filled.rows).toEqual([
      [{ value: 4, font: "Times New Roman" }, { value: 3 }, { value: 7, formula: "A1+B1", numberFormat: "#,##0" }],
      [
        { value: 5, hidden: true, numberFormat: "0.00" },
        { value: 12, formula: "A1*B1" },
        { value: 24, formula: "SUM(A1:B2)" },
      ],
    ]);
    // The input is left as it was.
    expect(grid.rows[0]?.[0]).toEqual({ value: 2 });
  });

  it("replaces a formula by a value, clears with null, and grows the grid for cells past its end", () => {
    const grid: Grid = { sheet, rows: [[{ value: 1 }, { value: 1, formula: "A1" }]] };
    const filled = applyEditsAndRecalculate(grid, [
      edit("B1", { value: 7 }),
      edit("A1", { value: null }),
      edit("C3", { formula: "=B1*2" }),
    ]);
    expect(filled.rows).toEqual([
      [{ value: null }, { value: 7 }],
      [],
      [undefined, undefined, { value: 14, formula: "B1*2" }],
    ]);
  });

  it("honours the grid's origin", () => {
    const grid: Grid = { sheet, origin: { row: 4, col: 2 }, rows: [[{ value: 10 }, null]] };
    const filled = applyEditsAndRecalculate(grid, [edit("D5", { formula: "=C5*3" })]);
    expect(filled.rows[0]?.[1]).toEqual({ value: 30, formula: "C5*3" });
    expect(() => applyEditsAndRecalculate(grid, [edit("A1", { value: 1 })])).toThrow(/before the grid's origin/);
  });

  it("throws on a formula it cannot compute, written or already in the grid", () => {
    const grid: Grid = { sheet, rows: [[{ value: 2 }, { value: 2, formula: "INT(A1)" }]] };
    expect(() => applyEditsAndRecalculate(grid, [])).toThrow(/Cannot compute "=INT\(A1\)" in Dự toán!B1/);
    const plain: Grid = { sheet, rows: [[{ value: "abc" }]] };
    expect(() => applyEditsAndRecalculate(plain, [edit("B1", { formula: "=A1*2" })])).toThrow(FormulaError);
    expect(() => applyEditsAndRecalculate(plain, [edit("B1", { formula: "='Khác'!A1" })])).toThrow(/another sheet/);
  });

  it("throws on an edit for another sheet or a non-address", () => {
    const grid: Grid = { sheet, rows: [] };
    expect(() => applyEditsAndRecalculate(grid, [{ sheet: "Khác", address: "A1", value: 1 }])).toThrow(/Khác!A1/);
    expect(() => applyEditsAndRecalculate(grid, [edit("A0", { value: 1 })])).toThrow(/not a cell address/);
  });
});
