import { sameFigure } from "../../money/sameFigure.js";
import { fromA1 } from "../../grid/a1.js";
import type { CellEdit } from "../../grid/grid.js";
import { readNumberCell } from "../../table/cellNumber.js";
import type { SheetView } from "../../table/view.js";
import { evaluateFormula, type Operand } from "../formula/evaluate.js";
import { parseFormula } from "../formula/formula.js";
import { sheetValues } from "../formula/sheetValues.js";

/**
 * Drops the formula edits that would change a number the check found nothing wrong with: a formula may
 * take the place of a right amount only when, over the sheet as it stands, it gives that same amount (a
 * typed 30.000 becomes =C2*D2 when C2*D2 is 30.000; a lump sum beside a rate, or a product its own formula
 * rounds, is left alone). `mayChange` tells the cells whose value is known wrong (an error there) or that
 * the user named. Each formula is judged over the sheet before the other formulas, so that a right total
 * still becomes its SUM when a wrong line under it is repaired.
 */
export function keepRightValues(
  view: SheetView,
  edits: Map<string, CellEdit>,
  mayChange: (r: number, c: number) => boolean,
): void {
  // The sheet as it stands, numbers typed as text read as the numbers fill writes for them.
  const values = sheetValues(
    view,
    [...edits.values()].filter((e) => e.formula === undefined),
  );
  const asItStands = (row: number, col: number): Operand => {
    const v = values(row, col);
    if (typeof v !== "string") return v;
    const read = readNumberCell(view, view.gridRow(row), view.gridCol(col));
    return read.kind === "number" ? read.value : v;
  };
  for (const [address, edit] of edits) {
    const at = edit.formula === undefined ? undefined : fromA1(address);
    const parsed = edit.formula === undefined ? undefined : parseFormula(edit.formula);
    if (!at) continue;
    const r = view.gridRow(at.row);
    const c = view.gridCol(at.col);
    const before = readNumberCell(view, r, c);
    if (before.kind !== "number" || mayChange(r, c)) continue;
    const after = parsed && evaluateFormula(parsed, asItStands);
    if (!after?.ok || !sameFigure(after.value, before.value)) edits.delete(address);
  }
}

/** The edits with each formula's computed result as its value, so any reader sees the figures at once. */
export function withResults(view: SheetView, edits: readonly CellEdit[]): CellEdit[] {
  const values = sheetValues(view, edits);
  return edits.map((edit) => {
    const at = edit.formula === undefined ? undefined : fromA1(edit.address);
    const value = at && values(at.row, at.col);
    return typeof value === "number" ? { ...edit, value } : edit;
  });
}
