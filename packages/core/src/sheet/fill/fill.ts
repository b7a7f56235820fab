import { findingId, type Finding } from "../../findings/finding.js";
import { failure, success, type Result } from "../../findings/result.js";
import type { CellEdit, Grid } from "../../grid/grid.js";
import { readNumberCell } from "../../table/cellNumber.js";
import { analyzeSheet, type SheetCheckOptions } from "../check.js";
import { usableSheetOptions } from "../sheetOptions.js";
import { parseFormula, referencedCells } from "../formula/formula.js";
import { amountFormula } from "../formula/lineFormula.js";
import type { SectionRows } from "../read/bodyLayout.js";
import { subtotalRowOf } from "../read/read.js";
import { fillWords } from "./fillWords.js";
import { keepRightValues, withResults } from "./keepValues.js";
import { sumOverRows } from "../formula/sumFormula.js";
import type { SheetView } from "../../table/view.js";

/** Options of fillSheet: the check's, plus which findings' cells may be overwritten. */
export interface FillOptions extends SheetCheckOptions {
  /** Ids (findingId) of the findings whose cells fill may overwrite, or "all". */
  readonly fix?: readonly string[] | "all";
}

const moneyFormat = "#,##0";

/** What fill proposes for a sheet whose table it found. */
export interface SheetFill {
  /** The cell edits, in the order fill made them. */
  readonly edits: readonly CellEdit[];
  /** The findings fill leaves: those (of the sheet before the edits) whose id no edit answers. */
  readonly remaining: readonly Finding[];
  /**
   * The findings an edit can repair, by id (findingId) → the id to give `fix` to have them repaired: the
   * id the edit at their cell answers (one edit answers one finding of its cell; fixing it settles the
   * cell). Errors and warnings only: a note (info) is advice, not something to repair.
   */
  readonly fixable: ReadonlyMap<string, string>;
  /**
   * The problems still to report once the edits are written: `remaining` without the notes (info is advice)
   * and without those at a cell an edit rewrites anyway.
   */
  readonly unresolved: readonly Finding[];
}

/** Whether fill may rewrite a cell (null: no) and the finding id the rewrite answers. */
export type Permission = { readonly answers?: string } | null;

/**
 * Proposes the edits that complete an estimate sheet: amount formulas in empty amount cells from the
 * factor columns present (=D15*E15*F15, blank factors left out), parents' =SUM over their sub-items,
 * section subtotals =SUM over exactly their items, the total over the subtotals and the adjustments
 * (contingency, VAT, rounding: left as written), the "Bằng chữ" line
 * computed from the total, and #,##0 formats. A cell holding a value or formula is rewritten only when
 * `fix` names one of its findings (or is "all"); the edit then `answers` that finding. Numbers typed as
 * text that a written formula uses are turned into numbers (same value), so the formula computes. A
 * number is never given another value unless the check found an error at it or `fix` names its finding by
 * id: with "all", a right typed amount becomes its formula only when that gives the same amount, else it
 * is left alone. Every formula written carries its computed result as its value.
 * `findings` are the sheet's findings before the edits (checkSheet's); not `ok` when the sheet has no
 * estimate table. Applying the edits and filling again gives none.
 */
export function fillSheet(grid: Grid, given: FillOptions = {}): Result<SheetFill> {
  // The check reports unusable options; fill reads only the usable ones.
  const options = usableSheetOptions<FillOptions>(given).options;
  const { view, table, read, findings } = analyzeSheet(grid, given);
  if (!table || !read) return failure(findings);
  const fixAll = options.fix === "all" || (Array.isArray(options.fix) && options.fix.includes("all"));
  const asked = new Set(Array.isArray(options.fix) ? options.fix : []);
  const byCell = new Map<string, Finding[]>();
  for (const f of findings) if (f.at?.cell) byCell.set(f.at.cell, [...(byCell.get(f.at.cell) ?? []), f]);
  const edits = new Map<string, CellEdit>();
  const amount = table.columns.amount;

  /** May fill rewrite this cell, and which finding does that answer? Empty cells: yes, none. */
  const permission = (r: number, c: number): Permission => {
    if (view.isEmpty(r, c)) return {};
    const ids = (byCell.get(view.address(r, c)) ?? []).filter((f) => f.severity !== "info").map(findingId);
    const answers = ids.find((id) => fixAll || asked.has(id));
    if (answers) return { answers };
    // "all" also turns typed money into the formulas that belong there, so one fill reaches the end.
    return fixAll ? {} : null;
  };
  const write = (r: number, c: number, formula: string | undefined) => {
    if (formula === undefined) return;
    const allowed = permission(r, c);
    if (allowed === null) return;
    const answers = allowed.answers;
    if (view.formula(r, c) !== undefined && `=${view.formula(r, c)}`.replace(/\s/g, "") === formula.replace(/\s/g, ""))
      return;
    const address = view.address(r, c);
    edits.set(address, {
      sheet: view.sheet,
      address,
      formula,
      numberFormat: moneyFormat,
      ...(answers ? { answers } : {}),
    });
    numericOperands(view, formula, answers, edits);
  };

  const at = (r: number) => view.address(r, amount);
  /** "=G13+G23" over sum cells alone, else =SUM over the rows (sum cells and loose items). */
  const sumOf = (rows: readonly number[], sumCells: number) =>
    sumCells === rows.length && rows.length <= 30 ? `=${rows.map(at).join("+")}` : `=${sumOverRows(rows, at)}`;
  const rowsOf = new Map<SectionRows, { rows: number[]; sums: number }>();
  for (const s of read.layout.sections) {
    for (const item of s.items) {
      for (const child of item.children) write(child, amount, amountFormula(view, table, child));
      write(
        item.row,
        amount,
        item.children.length > 0 ? `=${sumOverRows(item.children, at)}` : amountFormula(view, table, item.row),
      );
    }
    const sub = subtotalRowOf(view, table, s.row, s.footerRow);
    if (sub !== undefined && s.items.length > 0) {
      write(
        sub,
        amount,
        `=${sumOverRows(
          s.items.map((i) => i.row),
          at,
        )}`,
      );
      rowsOf.set(s, { rows: [sub], sums: 1 });
    } else rowsOf.set(s, { rows: s.items.map((i) => i.row), sums: 0 });
  }
  const top: number[] = [];
  let topSums = 0;
  const grouped = new Set<SectionRows>();
  for (const g of read.layout.groups) {
    const parts = g.sections.map((s) => rowsOf.get(s) ?? { rows: [], sums: 0 });
    const rows = parts.flatMap((p) => p.rows);
    g.sections.forEach((s) => grouped.add(s));
    if (rows.length === 0) continue;
    write(
      g.row,
      amount,
      sumOf(
        rows,
        parts.reduce((n, p) => n + p.sums, 0),
      ),
    );
    top.push(g.row);
    topSums++;
  }
  for (const s of read.layout.sections) {
    const part = rowsOf.get(s);
    if (grouped.has(s) || !part) continue;
    for (const row of part.rows) top.push(row);
    topSums += part.sums;
  }
  // Adjustments (contingency, VAT, rounding) are left as written, and the total adds them.
  for (const a of read.layout.adjustments ?? []) {
    if (view.isEmpty(a.row, amount)) continue;
    top.push(a.row);
    topSums++;
  }
  const totalRow = read.layout.totalRow;
  if (totalRow !== undefined && top.length > 0) write(totalRow, amount, sumOf(top, topSums));
  // A right number stays that number: only a cell with an error, or one the user named, may change value.
  keepRightValues(view, edits, (r, c) =>
    (byCell.get(view.address(r, c)) ?? []).some((f) => f.severity === "error" || asked.has(findingId(f))),
  );
  formatMoney(view, [table.columns.rate, amount], table.bodyTop, totalRow ?? table.bodyBottom, edits);
  if (totalRow !== undefined) {
    fillWords({
      view,
      table,
      totalRow,
      edits,
      findings,
      permission,
      ...(options.words ? { words: options.words } : {}),
    });
  }
  const written = withResults(view, [...edits.values()]);
  return success(
    {
      edits: written,
      remaining: unanswered(findings, written),
      fixable: fixableFindings(findings, written, view.sheet),
      unresolved: unresolved(unanswered(findings, written), written, view.sheet),
    },
    findings,
  );
}

/** The findings whose id no edit answers. */
function unanswered(findings: readonly Finding[], edits: readonly CellEdit[]): Finding[] {
  const answered = new Set(edits.flatMap((e) => (e.answers ? [e.answers] : [])));
  return findings.filter((f) => !answered.has(findingId(f)));
}

/** Problems left to report: not a note, and not at a cell an edit rewrites. */
function unresolved(remaining: readonly Finding[], edits: readonly CellEdit[], sheet: string): Finding[] {
  const written = new Set(edits.map((e) => `${e.sheet}!${e.address}`));
  return remaining.filter(
    (f) => f.severity !== "info" && !(f.at?.cell && written.has(`${f.at.sheet ?? sheet}!${f.at.cell}`)),
  );
}

/** Each error or warning at a cell an answering edit writes → the id that edit answers. */
function fixableFindings(findings: readonly Finding[], edits: readonly CellEdit[], sheet: string): Map<string, string> {
  const byCell = new Map(edits.flatMap((e) => (e.answers ? [[`${e.sheet}!${e.address}`, e.answers] as const] : [])));
  const out = new Map<string, string>();
  for (const f of findings) {
    const answer = f.at?.cell ? byCell.get(`${f.at.sheet ?? sheet}!${f.at.cell}`) : undefined;
    if (answer && f.severity !== "info") out.set(findingId(f), answer);
  }
  return out;
}

/** Cells a written formula reads that hold numbers typed as text become those numbers (same value). */
function numericOperands(
  view: SheetView,
  formula: string,
  answers: string | undefined,
  edits: Map<string, CellEdit>,
): void {
  const parsed = parseFormula(formula);
  for (const rect of parsed ? referencedCells(parsed) : []) {
    for (let row = view.gridRow(rect.top); row <= view.gridRow(rect.bottom); row++) {
      for (let col = view.gridCol(rect.left); col <= view.gridCol(rect.right); col++) {
        const read = readNumberCell(view, row, col);
        const address = view.address(row, col);
        if (read.kind !== "number" || !read.typedText || edits.has(address)) continue;
        edits.set(address, {
          sheet: view.sheet,
          address,
          value: read.value,
          numberFormat: moneyFormat,
          ...(answers ? { answers } : {}),
        });
      }
    }
  }
}

/** Typed numbers in the money columns without a number format get #,##0 (the value written back unchanged). */
function formatMoney(
  view: SheetView,
  cols: readonly (number | undefined)[],
  top: number,
  bottom: number,
  edits: Map<string, CellEdit>,
): void {
  for (const c of cols) {
    if (c === undefined) continue;
    for (let r = top; r <= bottom; r++) {
      const v = view.value(r, c);
      const format = view.cell(r, c)?.numberFormat;
      const address = view.address(r, c);
      if (typeof v !== "number" || view.formula(r, c) !== undefined || edits.has(address)) continue;
      if (format === undefined || format === "" || format === "General") {
        edits.set(address, { sheet: view.sheet, address, value: v, numberFormat: moneyFormat });
      }
    }
  }
}
