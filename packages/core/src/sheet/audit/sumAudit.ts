import type { Estimate } from "../../budget/estimate.js";
import { sumDong } from "../../budget/lineProduct.js";
import type { Finding } from "../../findings/finding.js";
import { makeFinding } from "../../findings/makeFinding.js";
import type { BodyLayout, ItemRows, SectionRows } from "../read/bodyLayout.js";
import { subtotalRowOf } from "../read/read.js";
import { addedCells, parseFormula } from "../formula/formula.js";
import { RowRanges } from "./rowRanges.js";
import { coveredBelow, covers, holdsAmount, sumTree, type SumNode } from "./sumTree.js";
import type { EstimateTable } from "../table.js";
import type { SheetView } from "../../table/view.js";

/**
 * Audits of the sums: `formula.range_omits_rows` where a subtotal (or a parent line's, or the total's)
 * additive formula leaves out rows it should add; `formula.range_adds_rows` where a subtotal's (a group's,
 * a parent line's) reaches rows of another part; `total.double_count` where the total adds items and
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
  findings.push(...reachingSums(view, table, layout, addedRows, at, rowLabel));

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

/** The part a row of the table belongs to: its section (and line), a group heading, or neither. */
interface RowOwner {
  readonly section?: SectionRows;
  readonly item?: ItemRows;
}

/**
 * `formula.range_adds_rows` for each subtotal, group heading and parent line whose additive formula takes
 * in rows of another part — a heading, line, sub-item or footer of another section (or line), an
 * adjustment, the total — whether or not those cells hold anything yet: a warning, as the figures may
 * still agree today.
 */
function reachingSums(
  view: SheetView,
  table: EstimateTable,
  layout: BodyLayout,
  addedRows: (r: number) => RowRanges | undefined,
  at: (r: number) => { sheet: string; cell: string },
  rowLabel: (r: number) => string,
): Finding[] {
  const owners = new Map<number, RowOwner>();
  for (const section of layout.sections) {
    if (section.row !== undefined) owners.set(section.row, { section });
    if (section.footerRow !== undefined) owners.set(section.footerRow, { section });
    for (const item of section.items) {
      owners.set(item.row, { section, item });
      for (const child of item.children) owners.set(child, { section, item });
    }
  }
  for (const g of layout.groups) owners.set(g.row, {});
  for (const a of layout.adjustments ?? []) owners.set(a.row, {});
  if (layout.totalRow !== undefined) owners.set(layout.totalRow, {});
  const rows = [...owners.keys()].sort((a, b) => a - b);

  const findings: Finding[] = [];
  const check = (r: number | undefined, own: (owner: RowOwner) => boolean) => {
    const added = r === undefined ? undefined : addedRows(r);
    const bounds = added?.bounds();
    if (r === undefined || !added || !bounds) return;
    const foreign: string[] = [];
    for (let i = firstAtOrAfter(rows, bounds.top); i < rows.length; i++) {
      const row = rows[i] as number;
      if (row > bounds.bottom) break;
      const owner = owners.get(row);
      if (row !== r && owner && added.has(row) && !own(owner)) foreign.push(rowLabel(row));
    }
    if (foreign.length > 0) {
      const formula = `=${view.formula(r, table.columns.amount) ?? ""}`;
      findings.push(makeFinding("formula.range_adds_rows", { formula, rows: foreign.join(", ") }, at(r)));
    }
  };
  for (const section of layout.sections) {
    check(subtotalRowOf(view, table, section.row, section.footerRow), (o) => o.section === section);
    for (const item of section.items) {
      // A parent line's own product adds none of its sub-items: only its sums are audited.
      if (item.children.length === 0) continue;
      const added = addedRows(item.row);
      if (added && item.children.some((c) => added.has(c))) check(item.row, (o) => o.item === item);
    }
  }
  for (const g of layout.groups) {
    const inGroup = new Set(g.sections);
    check(g.row, (o) => o.section !== undefined && inGroup.has(o.section));
  }
  return findings;
}

/** Index of the first sorted row at or after `row`. */
function firstAtOrAfter(rows: readonly number[], row: number): number {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((rows[mid] as number) < row) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
