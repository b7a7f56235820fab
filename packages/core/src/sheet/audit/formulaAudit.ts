import type { Finding } from "../../findings/finding.js";
import { makeFinding } from "../../findings/makeFinding.js";
import { toDong } from "../../money/toDong.js";
import type { BodyLayout } from "../read/bodyLayout.js";
import { readNumberCell } from "../../table/cellNumber.js";
import { parseFormula, productColumns } from "../formula/formula.js";
import { amountFormula, isAmountFormula } from "../formula/lineFormula.js";
import { subtotalRowOf } from "../read/read.js";
import type { EstimateTable } from "../table.js";
import type { SheetView } from "../../table/view.js";

/**
 * Audits of the amount column's formulas: `formula.hardcoded` for a typed number where the column
 * computes (a line with a rate, a subtotal, the total), `formula.inconsistent` for a line formula that
 * does not multiply exactly the line's filled factor cells and its rate (blank factors may be left out,
 * as offices do: D*E*F and D*F with E blank are both fine).
 */
export function auditLineFormulas(view: SheetView, table: EstimateTable, layout: BodyLayout): Finding[] {
  const findings: Finding[] = [];
  const amount = table.columns.amount;
  const leaves: number[] = [];
  const sums: number[] = [];
  for (const s of layout.sections) {
    const sub = subtotalRowOf(view, table, s.row, s.footerRow);
    if (sub !== undefined) sums.push(sub);
    for (const item of s.items) {
      if (item.children.length > 0) {
        sums.push(item.row);
        for (const child of item.children) leaves.push(child);
      } else leaves.push(item.row);
    }
  }
  for (const g of layout.groups) sums.push(g.row);
  if (layout.totalRow !== undefined) sums.push(layout.totalRow);

  const hasFormula = (r: number) => view.formula(r, amount) !== undefined;
  const columnComputes = leaves.some(hasFormula) || sums.some(hasFormula);
  const at = (r: number) => ({ sheet: view.sheet, cell: view.address(r, amount) });
  // A cell without a formula: a typed number there is hardcoded.
  const hardcoded = (r: number) => {
    const read = readNumberCell(view, r, amount);
    if (read.kind !== "number" || read.formula !== undefined) return;
    findings.push(makeFinding("formula.hardcoded", { value: toDong(read.value, table.scale) ?? read.value }, at(r)));
  };
  const rate = table.columns.rate;
  const allowed = new Set(table.columns.factors.map((f) => view.sheetCol(f.col)));
  if (rate !== undefined) allowed.add(view.sheetCol(rate));
  // One pass over the lines, each formula read once; reported in the order hardcoded lines, hardcoded
  // sums, inconsistent lines.
  const inconsistent: Finding[] = [];
  for (const r of leaves) {
    const formula = view.formula(r, amount);
    if (formula === undefined) {
      if (columnComputes && rate !== undefined && !view.isEmpty(r, rate)) hardcoded(r);
      continue;
    }
    if (rate === undefined) continue;
    // The usual case, the very formula fill would write, needs no parsing (nor building that formula).
    // Without a formula to write (blank rate) there is nothing to expect, so nothing to report.
    const usual = isAmountFormula(view, table, r, formula);
    if (usual !== false) continue;
    const written = amountFormula(view, table, r);
    if (
      written !== undefined &&
      written.length === formula.length + 1 &&
      (written.endsWith(formula) || written.slice(1) === formula.toUpperCase())
    ) {
      continue;
    }
    const parsed = parseFormula(formula);
    const used = parsed && productColumns(parsed, view.sheetRow(r));
    const fits =
      used !== undefined &&
      used.every((c) => allowed.has(c)) &&
      requiredColumns(view, table, r).every((c) => used.includes(c));
    const expected = fits ? undefined : written;
    if (expected !== undefined) {
      inconsistent.push(makeFinding("formula.inconsistent", { formula: `=${formula}`, expected }, at(r)));
    }
  }
  if (columnComputes) for (const r of sums) if (!hasFormula(r)) hardcoded(r);
  for (const finding of inconsistent) findings.push(finding);
  return findings;
}

/** Sheet columns a line's amount must multiply: its rate and every filled factor cell. */
function requiredColumns(view: SheetView, table: EstimateTable, r: number): number[] {
  const cols = table.columns.factors.filter((f) => !view.isEmpty(r, f.col)).map((f) => view.sheetCol(f.col));
  if (table.columns.rate !== undefined) cols.push(view.sheetCol(table.columns.rate));
  return cols;
}
