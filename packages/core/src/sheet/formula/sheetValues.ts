import type { CellEdit } from "../../grid/grid.js";
import { fromA1 } from "../../grid/a1.js";
import { evaluateFormula, maxRangeCells, type Operand } from "./evaluate.js";
import { parseFormula, referencedCells, type Expr } from "./formula.js";
import type { SheetView } from "../../table/view.js";

/**
 * The values a sheet's cells will have once edits are applied and the sheet recalculates: simple
 * formulas (products, sums, + − × ÷) are evaluated afresh, so stale cached values do not leak; richer
 * formulas keep their cached value. Cycles read as #REF!. Coordinates are 0-based sheet ones.
 * A chain of formulas (each row adding the one above) is followed with an explicit stack, not recursion,
 * so no length of chain can overflow the call stack.
 */
export function sheetValues(view: SheetView, edits: readonly CellEdit[] = []): (row: number, col: number) => Operand {
  const overlay = new Map<string, CellEdit>();
  // The edited columns of each row, so finding the edits inside a range does not scan every edit.
  const editedCols = new Map<number, number[]>();
  let editTop = Number.POSITIVE_INFINITY;
  let editBottom = Number.NEGATIVE_INFINITY;
  for (const e of edits) {
    const p = fromA1(e.address);
    if (!p) continue;
    const key = `${p.row}:${p.col}`;
    if (!overlay.has(key)) {
      const cols = editedCols.get(p.row);
      if (cols) cols.push(p.col);
      else editedCols.set(p.row, [p.col]);
    }
    overlay.set(key, e);
    editTop = Math.min(editTop, p.row);
    editBottom = Math.max(editBottom, p.row);
  }
  const memo = new Map<string, Operand>();
  // Cells whose dependencies are being worked out: reading one of them again is a cycle.
  const busy = new Set<string>();

  /** The parsed formula of a cell (after edits), null for a plain value, "opaque" for a richer formula. */
  const formulaOf = (row: number, col: number, edit: CellEdit | undefined): Expr | null | "opaque" => {
    const formula = edit ? edit.formula : view.formula(view.gridRow(row), view.gridCol(col));
    if (formula === undefined) return null;
    return parseFormula(formula) ?? "opaque";
  };

  const plainValue = (row: number, col: number, edit: CellEdit | undefined, opaque: boolean): Operand => {
    if (edit) return opaque ? { error: "#NAME?" } : (edit.value ?? null);
    const v = view.value(view.gridRow(row), view.gridCol(col));
    return typeof v === "boolean" ? String(v) : v;
  };

  // Reads a cell whose dependencies are all known: a busy cell (a cycle) is #REF!.
  const known = (row: number, col: number): Operand => {
    const key = `${row}:${col}`;
    const v = memo.get(key);
    if (v !== undefined) return v;
    if (busy.has(key)) return { error: "#REF!" };
    // Not a formula cell (the walk below settles every formula a formula reads).
    return plainValue(row, col, overlay.get(key), false);
  };

  /** The formula cells an expression reads that are not worked out yet. */
  const pending = (e: Expr): [number, number][] => {
    const out: [number, number][] = [];
    const want = (row: number, col: number) => {
      const key = `${row}:${col}`;
      if (!memo.has(key) && !busy.has(key)) out.push([row, col]);
    };
    for (const rect of referencedCells(e)) {
      if ((rect.bottom - rect.top + 1) * (rect.right - rect.left + 1) > maxRangeCells) continue;
      // Only cells that exist can hold a formula: walk the grid's rows, not the declared rectangle.
      const top = Math.max(rect.top, view.sheetRow(0));
      const bottom = Math.min(rect.bottom, view.sheetRow(view.rowCount - 1));
      for (let row = top; row <= bottom; row++) {
        const r = view.gridRow(row);
        const right = Math.min(rect.right, view.sheetCol(view.width(r) - 1));
        for (let col = Math.max(rect.left, view.sheetCol(0)); col <= right; col++) {
          if (!overlay.has(`${row}:${col}`) && view.formula(r, view.gridCol(col)) !== undefined) want(row, col);
        }
      }
      // Edited cells may hold formulas where the grid holds none.
      for (let row = Math.max(rect.top, editTop); row <= Math.min(rect.bottom, editBottom); row++) {
        for (const col of editedCols.get(row) ?? []) if (col >= rect.left && col <= rect.right) want(row, col);
      }
    }
    return out;
  };

  return (row: number, col: number): Operand => {
    const first = `${row}:${col}`;
    const done = memo.get(first);
    if (done !== undefined) return done;
    if (busy.has(first)) return { error: "#REF!" };
    const stack: { row: number; col: number; key: string; expr?: Expr | null | "opaque" }[] = [
      { row, col, key: first },
    ];
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as (typeof stack)[number];
      if (memo.has(top.key)) {
        stack.pop();
        continue;
      }
      const edit = overlay.get(top.key);
      if (top.expr === undefined) {
        // First visit: mark busy and queue the formula cells it reads.
        top.expr = formulaOf(top.row, top.col, edit);
        if (top.expr === null || top.expr === "opaque") {
          memo.set(top.key, plainValue(top.row, top.col, edit, top.expr === "opaque"));
          stack.pop();
          continue;
        }
        busy.add(top.key);
        for (const [r, c] of pending(top.expr)) stack.push({ row: r, col: c, key: `${r}:${c}` });
        continue;
      }
      // Second visit: every cell it reads is known (or busy: a cycle).
      const expr = top.expr;
      if (expr === null || expr === "opaque") continue;
      const result = evaluateFormula(expr, known);
      busy.delete(top.key);
      memo.set(top.key, result.ok ? result.value : { error: result.error });
      stack.pop();
    }
    return memo.get(first) ?? { error: "#REF!" };
  };
}
