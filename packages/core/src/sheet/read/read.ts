import { computeAmounts } from "../../budget/computeAmounts.js";
import type {
  AdjustmentBasis,
  AdjustmentDraft,
  Estimate,
  Factor,
  GroupDraft,
  LineDraft,
  LineFields,
  SectionDraft,
} from "../../budget/estimate.js";
import { numberFieldNames } from "../../budget/fieldNames.js";
import type { Finding, LocalizedText } from "../../findings/finding.js";
import { makeFinding } from "../../findings/makeFinding.js";
import type { Grid } from "../../grid/grid.js";
import { toDong } from "../../money/toDong.js";
import { statedPercent } from "./adjustmentLine.js";
import { layoutBody, type AdjustmentRows, type BodyLayout, type ItemRows } from "./bodyLayout.js";
import { parseFormula, productColumns, referencedCells } from "../formula/formula.js";
import { readNumberCell, unreadableNumberFinding } from "../../table/cellNumber.js";
import type { EstimateTable } from "../table.js";
import type { ColumnRole } from "../locate/vocabulary.js";
import type { EstimatePlacement, GroupPlacement, LinePlacement, SectionPlacement } from "../placement.js";
import { SheetView } from "../../table/view.js";

/** What readIn gives the checks and fill: the estimate, where it sits, and the body's rows. */
export interface ReadResult {
  readonly estimate: Estimate;
  readonly placement: EstimatePlacement;
  readonly layout: BodyLayout;
  readonly findings: Finding[];
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const columnNames: Record<ColumnRole, LocalizedText> = {
  number: { vi: "STT", en: "No." },
  content: { vi: "Nội dung", en: "content" },
  unit: { vi: "Đơn vị tính", en: "unit" },
  unitOrName: { vi: "Đơn vị", en: "unit" },
  ...numberFieldNames,
  note: { vi: "Ghi chú", en: "note" },
};

/**
 * Reads a located table into the estimate model (money in integer đồng, whatever the table's scale) and
 * where each of its lines, sections, total and words sit (the placement). Error values →
 * `value.formula_error`; unreadable text in a numeric column → `value.not_a_number`. Never throws.
 */
export function readEstimateTable(
  grid: Grid,
  table: EstimateTable,
): { estimate: Estimate; placement: EstimatePlacement; findings: Finding[] } {
  const { estimate, placement, findings } = readIn(new SheetView(grid), table);
  return { estimate, placement, findings };
}

/** readEstimateTable over a shared view, also giving the body layout. */
export function readIn(view: SheetView, table: EstimateTable): ReadResult {
  const findings: Finding[] = [];
  const cols = table.columns;
  const at = (r: number, c: number) => ({ sheet: view.sheet, cell: view.address(r, c) });

  const num = (r: number, c: number, role: ColumnRole): number | null => {
    // The usual cell, a finite number (typed or a formula's cached value), needs no read object.
    const value = view.value(r, c);
    if (typeof value === "number" && Number.isFinite(value)) return value;
    const read = readNumberCell(view, r, c);
    if (read.kind === "number") return read.value;
    const unreadable = unreadableNumberFinding(read, columnNames[role], at(r, c));
    if (unreadable) findings.push(unreadable);
    return null;
  };
  const money = (r: number, c: number | undefined, role: ColumnRole): number | null => {
    if (c === undefined) return null;
    const v = num(r, c, role);
    if (v === null) return null;
    const dong = toDong(v, table.scale);
    // Money must be whole đồng: a fraction is reported, never silently rounded.
    if (dong === undefined)
      findings.push(makeFinding("value.not_a_number", { text: String(v), column: columnNames[role] }, at(r, c)));
    return dong ?? null;
  };
  const text = (r: number, c: number | undefined) => (c === undefined ? "" : view.text(r, c));

  // Built from literals rather than conditional spreads: this runs once per line of big sheets.
  const readLine = (r: number, children: readonly number[]): LineDraft => {
    // Sized up front: a pushed-to empty array reserves room for 16 factors on every line.
    const factors = new Array<Factor>(cols.factors.length);
    let filled = 0;
    for (const f of cols.factors) {
      const v = num(r, f.col, f.kind);
      if (v !== null) factors[filled++] = { kind: f.kind, value: v };
    }
    factors.length = filled;
    // Read in this order (findings and legacy-text hits follow it): content, rate, amount, number, unit, note.
    const content = text(r, cols.content);
    const rate = money(r, cols.rate, "rate");
    const amount = money(r, cols.amount, "amount");
    const number = text(r, cols.number);
    const unit = text(r, cols.unit);
    const note = text(r, cols.note);
    let line: Mutable<LineDraft>;
    if (number && unit) {
      // Key order as the optional fields were always added: number, unit, note, children.
      line = note
        ? { content, factors, rate, amount, number, unit, note }
        : { content, factors, rate, amount, number, unit };
    } else {
      line = { content, factors, rate, amount };
      if (number) line.number = number;
      if (unit) line.unit = unit;
      if (note) line.note = note;
    }
    const rounding = roundingOf(view, table, r);
    if (rounding) line.rounding = rounding;
    if (children.length > 0) line.children = children.map((k) => readLine(k, []));
    return line;
  };

  const layout = layoutBody(view, table);
  const sectionPlaces: SectionPlacement[] = [];
  const sections: SectionDraft[] = layout.sections.map((s) => {
    const subtotalRow = subtotalRowOf(view, table, s.row, s.footerRow);
    sectionPlaces.push({
      ...(s.row === undefined ? {} : { row: s.row }),
      ...(subtotalRow === undefined ? {} : { amountRow: subtotalRow }),
      lines: s.items.map(itemPlacement),
    });
    return {
      number: s.row === undefined || cols.number === undefined ? "" : view.text(s.row, cols.number),
      title: s.row === undefined ? "" : view.text(s.row, cols.content),
      lines: s.items.map((item: ItemRows) => readLine(item.row, item.children)),
      amount: subtotalRow === undefined ? null : money(subtotalRow, cols.amount, "amount"),
    };
  });
  const groupPlaces: GroupPlacement[] = [];
  const groups: GroupDraft[] = layout.groups.map((g) => {
    groupPlaces.push({ row: g.row });
    return {
      number: text(g.row, cols.number),
      title: text(g.row, cols.content),
      sections: g.sections.map((s) => layout.sections.indexOf(s)),
      amount: groupAmount(view, table, g.row),
    };
  });
  const adjustments: AdjustmentDraft[] = (layout.adjustments ?? []).map((a) => {
    const number = text(a.row, cols.number);
    const basis = a.kind === "percentage" ? adjustmentBasis(view, table, a, sectionPlaces) : undefined;
    return {
      ...(number ? { number } : {}),
      title: text(a.row, cols.content),
      kind: a.kind,
      ...(basis ? { basis } : {}),
      amount: money(a.row, cols.amount, "amount"),
    };
  });
  const totalRow = layout.totalRow;
  const words = table.words && !table.words.labelOnly ? view.text(table.words.row, table.words.col) : undefined;
  const estimate: Estimate = computeAmounts({
    groups,
    sections,
    ...(adjustments.length > 0 ? { adjustments } : {}),
    amount: totalRow === undefined ? null : money(totalRow, cols.amount, "amount"),
    ...(words ? { words } : {}),
  });
  const placement: EstimatePlacement = {
    sheet: view.sheet,
    origin: { row: view.sheetRow(0), col: view.sheetCol(0) },
    columns: cols,
    scale: table.scale,
    groups: groupPlaces,
    sections: sectionPlaces,
    ...(adjustments.length > 0 ? { adjustments: (layout.adjustments ?? []).map((a) => ({ row: a.row })) } : {}),
    ...(totalRow === undefined ? {} : { totalRow }),
    ...(table.words ? { words: { row: table.words.row, col: table.words.col } } : {}),
  };
  return { estimate, placement, layout, findings };
}

/**
 * A percentage adjustment's basis, when it can be read with certainty: the percent its text (or its rate
 * cell, "10%") states, and the sections whose amount cells its formula names — every cell it names being
 * one. Otherwise none, and the adjustment is taken as written.
 */
function adjustmentBasis(
  view: SheetView,
  table: EstimateTable,
  adjustment: AdjustmentRows,
  sections: readonly SectionPlacement[],
): AdjustmentBasis | undefined {
  const cols = table.columns;
  const percent =
    statedPercent(view.text(adjustment.row, cols.content)) ??
    (cols.rate === undefined ? undefined : statedPercent(view.text(adjustment.row, cols.rate)));
  const formula = view.formula(adjustment.row, cols.amount);
  const parsed = formula === undefined ? undefined : parseFormula(formula);
  if (percent === undefined || !parsed) return undefined;
  const amountCol = view.sheetCol(cols.amount);
  const named = new Set<number>();
  for (const rect of referencedCells(parsed)) {
    if (rect.left !== amountCol || rect.right !== amountCol) return undefined;
    for (let row = rect.top; row <= rect.bottom; row++) {
      const index = sections.findIndex((s) => s.amountRow === view.gridRow(row));
      if (index < 0) return undefined;
      named.add(index);
    }
  }
  if (named.size === 0) return undefined;
  return { sections: [...named].sort((a, b) => a - b), percent };
}

/**
 * How a line's amount formula rounds its product (=ROUND(D8*E8*F8,-3)), in digits of đồng: ROUND(…, 0) in a
 * thousands table rounds to thousands of đồng. None for any other formula.
 */
function roundingOf(view: SheetView, table: EstimateTable, r: number): LineFields["rounding"] {
  const formula = view.formula(r, table.columns.amount);
  // Most amount formulas are plain products: only those starting with ROUND are parsed here.
  if (formula === undefined || !/^\s*=?\s*round/i.test(formula)) return undefined;
  const parsed = parseFormula(formula);
  if (parsed?.k !== "round" || productColumns(parsed.e, view.sheetRow(r)) === undefined) return undefined;
  return { digits: parsed.digits - Math.round(Math.log10(table.scale)), mode: parsed.mode };
}

// A group's amount is read quietly, as the sum audit always has: an unreadable one is simply not compared.
function groupAmount(view: SheetView, table: EstimateTable, row: number): number | null {
  const read = readNumberCell(view, row, table.columns.amount);
  return read.kind === "number" ? (toDong(read.value, table.scale) ?? null) : null;
}

// Most lines have no sub-items: they share one empty list.
const noChildren: readonly LinePlacement[] = Object.freeze([]);

function itemPlacement(item: ItemRows): LinePlacement {
  return {
    row: item.row,
    children: item.children.length === 0 ? noChildren : item.children.map((row) => ({ row, children: noChildren })),
  };
}

/** The row whose amount cell is a section's subtotal: its heading row, or its "Cộng" footer when that holds it. */
export function subtotalRowOf(
  view: SheetView,
  table: EstimateTable,
  headingRow: number | undefined,
  footerRow: number | undefined,
): number | undefined {
  if (footerRow !== undefined && (headingRow === undefined || view.isEmpty(headingRow, table.columns.amount)))
    return footerRow;
  return headingRow;
}
