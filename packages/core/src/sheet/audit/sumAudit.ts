import type { Estimate } from "../../budget/estimate.js";
import { sumDong } from "../../budget/lineProduct.js";
import type { Finding } from "../../findings/finding.js";
import { makeFinding } from "../../findings/makeFinding.js";
import type { BodyLayout } from "../read/bodyLayout.js";
import { addedCells, parseFormula } from "../formula/formula.js";
import { RowRanges } from "./rowRanges.js";
import { coveredBelow, covers, holdsAmount, sumTree, type SumNode } from "./sumTree.js";
import type { EstimateTable } from "../table.js";
import type { SheetView } from "../../table/view.js";

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
  const addedRows = (r: number): RowRanges | undefined => {
    const formula = view.formula(r, amount);
    const parsed = formula === undefined ? undefined : parseFormula(formula);
    const rects = parsed && addedCells(parsed);
    if (!rects) return undefined;
    const col = view.sheetCol(amount);
    const ranges: { top: number; bottom: number }[] = [];
    for (const rect of rects) {
      if (rect.left > col || rect.right < col) continue;
      ranges.push({
        top: Math.max(view.gridRow(rect.top), 0),
        bottom: Math.min(view.gridRow(rect.bottom), view.rowCount - 1),
      });
    }
    return new RowRanges(ranges);
  };
  const omits = (r: number, wanted: readonly SumNode[]) => {
    const rows = addedRows(r);
    if (!rows) return;
    const missing = wanted
      .filter((w) => holdsAmount(w) && !covers(rows, w))
      .map((w) => rowLabel(w.row ?? w.parts[0]?.row ?? r));
    if (missing.length > 0) {
      findings.push(
        makeFinding(
          "formula.range_omits_rows",
          { formula: `=${view.formula(r, amount) ?? ""}`, rows: missing.join(", ") },
          at(r),
        ),
      );
    }
  };

  const top = sumTree(view, table, layout);
  const walk = (node: SumNode) => {
    if (node.parts.length === 0) return;
    const rows = node.row === undefined ? undefined : addedRows(node.row);
    // A parent line's formula adding some of its sub-items must add them all (its product formula adds none).
    const adds = node.kind !== "item" || node.parts.some((p) => p.row !== undefined && rows?.has(p.row));
    if (node.row !== undefined && rows && node.parts.length > 0 && adds) omits(node.row, node.parts);
    node.parts.forEach(walk);
  };
  top.forEach(walk);

  const total = layout.totalRow;
  if (total === undefined) return findings;
  const totalRows = addedRows(total);
  if (totalRows) {
    const doubled: string[] = [];
    const visit = (node: SumNode) => {
      if (node.row !== undefined && totalRows.has(node.row)) {
        const below = coveredBelow(totalRows, node);
        if (below.length > 0)
          doubled.push(view.address(node.row, amount), ...below.map((r) => view.address(r, amount)));
      } else node.parts.forEach(visit);
    };
    top.forEach(visit);
    if (doubled.length > 0) findings.push(makeFinding("total.double_count", { cells: doubled.join(", ") }, at(total)));
    else omits(total, top);
    return findings;
  }
  const sums = top
    .flatMap((n) => (n.row === undefined ? n.parts : [n]))
    .flatMap((n) => (n.row === undefined ? [] : [n.row]));
  const written = estimate.amount.declared;
  if (written !== null && sums.length > 0 && view.formula(total, amount) === undefined) {
    // What the sections add up to (the total as computed), and what their items add up to.
    const subtotals = sumDong([estimate.amount.computed]);
    const items = sumDong(estimate.sections.map((s) => s.amount.computed));
    if (items > 0n && BigInt(written) === subtotals + items) {
      findings.push(
        makeFinding("total.double_count", { cells: sums.map((r) => view.address(r, amount)).join(", ") }, at(total)),
      );
    }
  }
  return findings;
}
