import type { Estimate } from "../budget/estimate.js";
import { lineValue, sectionsTotal, sumDong } from "../budget/lineProduct.js";
import type { Finding } from "../findings/finding.js";
import { makeFinding } from "../findings/makeFinding.js";
import type { BodyLayout, ItemRows } from "./bodyLayout.js";
import { addedCells, parseFormula } from "./formula.js";
import { subtotalRowOf } from "./read.js";
import type { EstimateTable } from "./table.js";
import type { SheetView } from "./view.js";

/**
 * Audits of the sums: `formula.range_omits_rows` where a subtotal (or a parent line's, or the total's)
 * additive formula leaves out rows it should add; `total.double_count` where the total adds items and
 * their subtotals both — by its formula, or, typed, by its value.
 */
export function auditSums(view: SheetView, table: EstimateTable, layout: BodyLayout, estimate: Estimate): Finding[] {
  const findings: Finding[] = [];
  const amount = table.columns.amount;
  const at = (r: number) => ({ sheet: view.sheet, cell: view.address(r, amount) });
  const rowLabel = (r: number) => String(view.sheetRow(r) + 1);

  /** Grid rows of the amount column an additive formula adds, or undefined when it is not additive. */
  const addedRows = (r: number): Set<number> | undefined => {
    const formula = view.formula(r, amount);
    const parsed = formula === undefined ? undefined : parseFormula(formula);
    const rects = parsed && addedCells(parsed);
    if (!rects) return undefined;
    const col = view.sheetCol(amount);
    const rows = new Set<number>();
    for (const rect of rects) {
      if (rect.left > col || rect.right < col) continue;
      const top = Math.max(view.gridRow(rect.top), 0);
      const bottom = Math.min(view.gridRow(rect.bottom), view.rowCount - 1);
      for (let g = top; g <= bottom; g++) rows.add(g);
    }
    return rows;
  };
  const covers = (rows: Set<number>, item: ItemRows) =>
    rows.has(item.row) || (item.children.length > 0 && item.children.every((c) => rows.has(c)));
  const omits = (r: number, wanted: readonly ItemRows[]) => {
    const rows = addedRows(r);
    if (!rows) return;
    const missing = wanted.filter((w) => !covers(rows, w)).map((w) => rowLabel(w.row));
    if (missing.length > 0) {
      findings.push(makeFinding("formula.range_omits_rows", { formula: `=${view.formula(r, amount) ?? ""}`, rows: missing.join(", ") }, at(r)));
    }
  };

  const subtotalRows: number[] = [];
  const sectionUnits: ItemRows[] = [];
  for (const s of layout.sections) {
    for (const item of s.items) {
      const rows = item.children.length > 0 ? addedRows(item.row) : undefined;
      // A parent's formula that adds some of its sub-items must add them all.
      if (rows && item.children.some((c) => rows.has(c))) omits(item.row, item.children.map((c) => ({ row: c, children: [] })));
    }
    const sub = subtotalRowOf(view, table, s.row, s.footerRow);
    if (sub !== undefined && view.formula(sub, amount) !== undefined) omits(sub, s.items);
    if (sub !== undefined && !view.isEmpty(sub, amount)) {
      subtotalRows.push(sub);
      sectionUnits.push({ row: sub, children: s.items.map((i) => i.row) });
    } else sectionUnits.push(...s.items);
  }
  const total = layout.totalRow;
  if (total === undefined) return findings;
  const totalRows = addedRows(total);
  if (totalRows) {
    const doubled: string[] = [];
    for (const s of layout.sections) {
      const sub = subtotalRowOf(view, table, s.row, s.footerRow);
      if (sub === undefined || !totalRows.has(sub)) continue;
      const items = s.items.flatMap((i) => [i.row, ...i.children]).filter((r) => totalRows.has(r));
      if (items.length > 0) doubled.push(view.address(sub, amount), ...items.map((r) => view.address(r, amount)));
    }
    if (doubled.length > 0) findings.push(makeFinding("total.double_count", { cells: doubled.join(", ") }, at(total)));
    else omits(total, sectionUnits);
  } else if (estimate.total !== null && subtotalRows.length > 0 && view.formula(total, amount) === undefined) {
    const subtotals = sectionsTotal(estimate);
    const items = sumDong(estimate.sections.flatMap((s) => s.lines.map(lineValue)));
    if (items > 0n && BigInt(estimate.total) === subtotals + items && subtotals + items !== subtotals) {
      findings.push(makeFinding("total.double_count", { cells: subtotalRows.map((r) => view.address(r, amount)).join(", ") }, at(total)));
    }
  }
  return findings;
}
