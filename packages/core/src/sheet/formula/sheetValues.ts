import type { CellEdit } from "../../grid/grid.js";
import { fromA1 } from "../../grid/a1.js";
import { evaluateFormula, type Operand } from "./evaluate.js";
import { parseFormula } from "./formula.js";
import type { SheetView } from "../../table/view.js";

/**
 * The values a sheet's cells will have once edits are applied and the sheet recalculates: simple
 * formulas (products, sums, + − × ÷) are evaluated afresh, so stale cached values do not leak; richer
 * formulas keep their cached value. Cycles read as #REF!. Coordinates are 0-based sheet ones.
 */
export function sheetValues(view: SheetView, edits: readonly CellEdit[] = []): (row: number, col: number) => Operand {
  const overlay = new Map<string, CellEdit>();
  for (const e of edits) {
    const p = fromA1(e.address);
    if (p) overlay.set(`${p.row}:${p.col}`, e);
  }
  const memo = new Map<string, Operand>();
  const busy = new Set<string>();
  const valueAt = (row: number, col: number): Operand => {
    const key = `${row}:${col}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    if (busy.has(key)) return { error: "#REF!" };
    busy.add(key);
    const v = compute(row, col, overlay.get(key));
    busy.delete(key);
    memo.set(key, v);
    return v;
  };
  const compute = (row: number, col: number, edit: CellEdit | undefined): Operand => {
    const r = view.gridRow(row);
    const c = view.gridCol(col);
    const formula = edit ? edit.formula : view.formula(r, c);
    if (formula !== undefined) {
      const parsed = parseFormula(formula);
      if (parsed) {
        const result = evaluateFormula(parsed, valueAt);
        return result.ok ? result.value : { error: result.error };
      }
      if (edit) return { error: "#NAME?" };
    }
    if (edit) return edit.value ?? null;
    const v = view.value(r, c);
    return typeof v === "boolean" ? String(v) : v;
  };
  return valueAt;
}
