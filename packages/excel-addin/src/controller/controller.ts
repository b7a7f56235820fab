// The one flow of every action: read the sheet (office/), make one core call, write or render the result.
// No business rules here: which cells, formulas, words and findings come from core.
import {
  estimateFromPlan,
  fillSheet,
  findingId,
  isError,
  renderEstimate,
  type CellEdit,
  type Finding,
  type Plan,
  type Prices,
} from "@hgcs/core";
import type { CellRef } from "../office/cellFill.js";
import { planCellWrites, type CellWrite } from "../office/cellWrites.js";
import { planHighlights, restoreFills, type Highlight } from "../office/highlight.js";
import { readActiveSheet, type SheetRead } from "../office/readSheet.js";
import { toRectangles, type RectWrite } from "../office/rectangles.js";
import { selectCell, writeBatch } from "../office/writeBatch.js";
import { writeNewSheet } from "../office/writeNewSheet.js";
import { coreOptions, type Settings } from "./settings.js";

/** What the pane shows after check or fill. */
export interface Outcome {
  readonly sheet: string;
  readonly findings: readonly Finding[];
  readonly tableFound: boolean;
  /** Cells written (fill, undo). */
  readonly changed: number;
  /**
   * Findings fill can repair when the user asks (a "Sửa" button each): finding id → the id to pass as `fix`.
   * Fill's edit of a cell answers one of the cell's findings; the others on that cell go with it.
   */
  readonly fixable: ReadonlyMap<string, string>;
}

export class Controller {
  #highlights: Highlight[] = [];
  #fixable = new Map<string, string>();
  readonly #undo: CellWrite[][] = [];

  /**
   * Checks the active sheet and marks the finding cells (2 syncs: read, marks); the ribbon also selects
   * the first error in the same write.
   */
  async check(settings: Settings, plan: Plan | undefined, options: { selectFirstError?: boolean } = {}): Promise<Outcome> {
    const read = await readActiveSheet();
    // Fill's dry run is the check (its findings are the sheet's, before edits) plus what fill could repair.
    const result = fillSheet(read.grid, { ...coreOptions(settings, plan), fix: "all" });
    this.#fixable = fixableFindings(result.findings, result.edits, read.grid.sheet);
    const outcome: Outcome = { sheet: read.grid.sheet, findings: result.findings, tableFound: tableFound(result.findings), changed: 0, fixable: this.#fixable };
    await this.#mark(read, result.findings, [], options.selectFirstError ? firstErrorCell(outcome) : undefined);
    return outcome;
  }

  /**
   * Fills the active sheet (everything fill may do, plus the findings the user asked to fix) and marks what
   * is left, in one write (2 syncs: read, write).
   */
  async fill(settings: Settings, plan: Plan | undefined, fix?: readonly string[]): Promise<Outcome> {
    const read = await readActiveSheet();
    const result = fillSheet(read.grid, { ...coreOptions(settings, plan), ...(fix ? { fix: [...fix] } : {}) });
    const answered = new Set(answeredIds(result.edits));
    const left = result.findings.filter((f) => !answered.has(findingId(f)));
    const planned = planCellWrites(result.edits, read.grid);
    await this.#mark(read, left, toRectangles(planned.writes));
    if (planned.writes.length > 0) this.#undo.push(planned.undo);
    return { sheet: read.grid.sheet, findings: left, tableFound: tableFound(result.findings), changed: planned.writes.length, fixable: this.#fixable };
  }

  /** Puts back every cell the last fill changed and removes the marks (1 sync); 0 when nothing to undo. */
  async undo(): Promise<number> {
    const cells = this.#undo.pop();
    if (!cells) return 0;
    await writeBatch({ rects: toRectangles(cells), fills: restoreFills(this.#highlights), undoGroup: true });
    this.#highlights = [];
    return cells.length;
  }

  /** Puts back the fills of the cells the last check or fill marked (1 sync); the number of cells. */
  async clearMarks(): Promise<number> {
    const marked = this.#highlights.length;
    await writeBatch({ fills: restoreFills(this.#highlights) });
    this.#highlights = [];
    return marked;
  }

  /** True while cells carry our marks. */
  get hasMarks(): boolean {
    return this.#highlights.length > 0;
  }

  /** Draws a new estimate sheet from a plan and unit prices; returns its name and the estimate's findings. */
  async newSheet(settings: Settings, plan: Plan, prices: Prices): Promise<{ sheet: string; findings: Finding[] }> {
    const options = coreOptions(settings, plan);
    const { estimate, findings } = estimateFromPlan(options.plan ?? plan, prices, options.date ? { date: options.date } : {});
    const rendered = renderEstimate(estimate, options.plan ?? plan, { words: options.words });
    const sheet = await writeNewSheet(rendered.grid, rendered.layout);
    return { sheet, findings };
  }

  /** Selects a finding's cell. */
  async select(ref: CellRef): Promise<void> {
    await selectCell(ref);
  }

  /** True when the last fill can be undone. */
  get canUndo(): boolean {
    return this.#undo.length > 0;
  }

  async #mark(read: SheetRead, findings: readonly Finding[], rects: readonly RectWrite[], select?: CellRef): Promise<void> {
    const targets = findings.flatMap((f) => (f.at?.cell ? [{ ref: { sheet: f.at.sheet ?? read.grid.sheet, address: f.at.cell }, severity: f.severity }] : []));
    const marks = planHighlights(targets, read.fills, this.#highlights);
    await writeBatch({ rects, fills: marks.changes, undoGroup: rects.length > 0, ...(select ? { select } : {}) });
    this.#highlights = marks.applied;
  }
}

function fixableFindings(findings: readonly Finding[], edits: readonly CellEdit[], sheet: string): Map<string, string> {
  const byCell = new Map(edits.flatMap((e) => (e.answers ? [[`${e.sheet}!${e.address}`, e.answers] as const] : [])));
  const out = new Map<string, string>();
  for (const f of findings) {
    const answer = f.at?.cell ? byCell.get(`${f.at.sheet ?? sheet}!${f.at.cell}`) : undefined;
    // Notes (info) are advice, not something to repair.
    if (answer && f.severity !== "info") out.set(findingId(f), answer);
  }
  return out;
}

function answeredIds(edits: readonly CellEdit[]): string[] {
  return edits.flatMap((e) => (e.answers ? [e.answers] : []));
}

// Which message the pane shows; the finding itself comes from core.
function tableFound(findings: readonly Finding[]): boolean {
  return !findings.some((f) => f.code === "table.not_found");
}

/** The first error with a cell, which the ribbon's check selects. */
export function firstErrorCell(outcome: Outcome): CellRef | undefined {
  const f = outcome.findings.find((x) => isError(x) && x.at?.cell);
  return f?.at?.cell ? { sheet: f.at.sheet ?? outcome.sheet, address: f.at.cell } : undefined;
}
