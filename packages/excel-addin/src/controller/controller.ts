// The one flow of every action: read the sheet (office/), make one core call, write or render the result.
// No business rules here: which cells, formulas, words and findings come from core.
import {
  conferenceLists,
  detectSheetKind,
  distributeMaterial,
  estimateFromPlan,
  fillSheet,
  isError,
  proposeSchedule,
  renderDistribution,
  renderEstimate,
  renderSchedule,
  type Finding,
  type Grid,
  type Plan,
  type Prices,
  type SheetKindResult,
} from "@hgcs/core";
import type { EstimateSummary } from "@hgcs/core/budget";
import { parseWeightsCsv } from "@hgcs/core/distribution";
import { withEdits } from "@hgcs/core/sheet";
import { type ConferenceSeries } from "@hgcs/core/plan";
import type { CellRef } from "../office/cellFill.js";
import { planCellWrites, type CellWrite } from "../office/cellWrites.js";
import { planHighlights, restoreFills, type Highlight } from "../office/highlight.js";
import { readActiveSheet, readSheets, type SheetRead } from "../office/readSheet.js";
import { toRectangles, type RectWrite } from "../office/rectangles.js";
import { onSheetActivated, type StopListening } from "../office/sheetEvents.js";
import { selectCell, selectCells, writeBatch } from "../office/writeBatch.js";
import { writeNewSheet, writeNewSheets } from "../office/writeNewSheet.js";
import {
  distributionCheck,
  estimateCheck,
  estimateSummary,
  listCheck,
  scheduleCheck,
  seriesOf,
  type CheckInput,
  type EstimateLimit,
  type GridCheck,
} from "./kindChecks.js";
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
  /** The estimate sheet a support list was compared with. */
  readonly estimateLimit?: EstimateLimit;
  /** What an estimate is made of (core's summary), for the pane's card and picture. */
  readonly summary?: EstimateSummary;
}

/** What opening the pane (or "detect") found: the sheet's kind and, for a kind it can check, that check. */
export interface Inspection {
  readonly detected: SheetKindResult;
  /** Undefined for an unknown sheet, or a list without a plan (or series) to compare with. */
  readonly outcome?: Outcome;
  /** True when the sheet holds nothing at all (a new workbook): the pane offers to draw one. */
  readonly blank?: boolean;
}

export class Controller {
  #highlights: Highlight[] = [];
  #fixable = new Map<string, string>();
  readonly #undo: CellWrite[][] = [];
  /** The workbook's sheets as the last read saw them: a list check reads them in its own batch. */
  #sheetNames: readonly string[] = [];

  /**
   * Checks the active sheet and marks the finding cells (2 syncs: read, marks); the ribbon also selects
   * the first error in the same write.
   */
  async check(
    settings: Settings,
    plan: Plan | undefined,
    options: { selectFirstError?: boolean } = {},
  ): Promise<Outcome> {
    return this.#checkAndMark(
      (read) => estimateCheck(read.grid, { settings, plan }),
      options.selectFirstError === true,
    );
  }

  /**
   * Checks the active sheet as a delegate or signed support list of the series, with the estimate on another
   * sheet, and marks (2 syncs; one more to read the other sheets when they changed since the last read).
   */
  async checkList(input: CheckInput & { readonly plan: Plan; readonly series: ConferenceSeries }): Promise<Outcome> {
    return this.#checkAndMark(
      (read) => listCheck(read.grid, input.plan, input.series, input, read.otherGrids),
      false,
      true,
    );
  }

  /** Checks the active sheet as a distribution sheet (against the plan's copies and the weights), and marks (2 syncs). */
  async checkDistribution(input: CheckInput): Promise<Outcome> {
    return this.#checkAndMark((read) => distributionCheck(read.grid, input), false);
  }

  /** Checks the active sheet as a conference schedule of the series (its date column), and marks (2 syncs). */
  async checkSchedule(input: CheckInput & { readonly series: ConferenceSeries }): Promise<Outcome> {
    return this.#checkAndMark((read) => scheduleCheck(read.grid, input.series, input), false);
  }

  /**
   * Tells which kind of sheet is open and gives that kind's findings, from one read (1 sync). Marks nothing
   * unless asked (opening the pane never writes to the workbook); the ribbon's check marks and selects the
   * first error (2 syncs).
   */
  async inspect(input: CheckInput, options: { mark?: boolean; selectFirstError?: boolean } = {}): Promise<Inspection> {
    // Any sheet may turn out to be a list, so the other sheets (for the estimate) come in the same batch.
    let read = await this.#read(input.plan !== undefined);
    const detected = detectSheetKind(read.grid);
    // The ribbon's check (which marks) keeps to 2 syncs and compares with the sheets the read could name.
    if (detected.kind === "conference-list" && input.plan && !options.mark) read = await withAllOthers(read);
    const check = kindCheck(detected, input);
    if (!check) return { detected, ...(isBlank(read.grid) ? { blank: true } : {}) };
    const outcome = this.#outcome(read, check(read));
    if (options.mark)
      await this.#mark(read, outcome.findings, [], options.selectFirstError ? firstErrorCell(outcome) : undefined);
    return { detected, outcome };
  }

  async #checkAndMark(
    check: (read: SheetRead) => GridCheck,
    selectFirstError: boolean,
    others = false,
  ): Promise<Outcome> {
    const read = others ? await withAllOthers(await this.#read(true)) : await this.#read(false);
    const outcome = this.#outcome(read, check(read));
    await this.#mark(read, outcome.findings, [], selectFirstError ? firstErrorCell(outcome) : undefined);
    return outcome;
  }

  // Reads the active sheet (and, when asked, the other sheets the last read saw) in one sync.
  async #read(others: boolean): Promise<SheetRead> {
    const read = await readActiveSheet(undefined, others ? this.#sheetNames : []);
    this.#sheetNames = read.sheetNames;
    return read;
  }

  #outcome(read: SheetRead, result: GridCheck): Outcome {
    this.#fixable = new Map(result.fixable);
    const limit = result.estimateLimit ? { estimateLimit: result.estimateLimit } : {};
    return {
      sheet: read.grid.sheet,
      findings: result.findings,
      tableFound: result.tableFound,
      changed: 0,
      fixable: this.#fixable,
      ...limit,
      ...(result.summary ? { summary: result.summary } : {}),
    };
  }

  /**
   * Fills the active sheet (everything fill may do, plus the findings the user asked to fix) and marks what
   * is left, in one write (2 syncs: read, write).
   */
  async fill(settings: Settings, plan: Plan | undefined, fix?: readonly string[]): Promise<Outcome> {
    const read = await readActiveSheet();
    const result = fillSheet(read.grid, { ...coreOptions(settings, plan), ...(fix ? { fix: [...fix] } : {}) });
    // What is left is core's rule (SheetFill.unresolved), the same list the CLI prints.
    const left = result.ok ? result.value.unresolved : result.findings;
    const planned = planCellWrites(result.ok ? result.value.edits : [], read.grid);
    await this.#mark(read, left, toRectangles(planned.writes));
    if (planned.writes.length > 0) this.#undo.push(planned.undo);
    // The card shows the sheet as fill leaves it: a corrected amount or total counts at its new value.
    const summary = result.ok ? estimateSummary(withEdits(read.grid, result.value.edits), settings, plan) : undefined;
    return {
      sheet: read.grid.sheet,
      findings: left,
      tableFound: result.ok,
      changed: planned.writes.length,
      fixable: this.#fixable,
      ...(summary ? { summary } : {}),
    };
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

  /**
   * Draws a new estimate sheet from a plan and unit prices; returns its name and the estimate's findings. An
   * example is drawn under its own name and a title that says so (`example.sheetName`, `example.subtitle`).
   */
  async newSheet(
    settings: Settings,
    plan: Plan,
    prices: Prices,
    example?: { readonly sheetName: string; readonly subtitle: string },
  ): Promise<{ sheet: string; findings: Finding[] }> {
    const options = coreOptions(settings, plan);
    const { estimate, findings } = estimateFromPlan(
      options.plan ?? plan,
      prices,
      options.date ? { date: options.date } : {},
    );
    const rendered = renderEstimate(estimate, options.plan ?? plan, { words: options.words, ...example });
    const sheet = await writeNewSheet(rendered.grid, rendered.layout);
    return { sheet, findings };
  }

  /** Draws the blank delegate and support lists of every conference of the plan on new sheets (2 syncs). */
  async newLists(settings: Settings, plan: Plan): Promise<string[]> {
    const options = coreOptions(settings, plan);
    const lists = conferenceLists(options.plan ?? plan, options.date ? { date: options.date } : {});
    return writeNewSheets(lists.flatMap((c) => [c.delegates, c.support]));
  }

  /**
   * Shares the plan's leaflets over the weighted units and draws the distribution sheet (2 syncs). Nothing is
   * drawn when the weights give no allocation; the findings say why.
   */
  async newDistribution(plan: Plan, weightsText: string): Promise<{ sheet?: string; findings: Finding[] }> {
    const weights = parseWeightsCsv(weightsText);
    const distributed = distributeMaterial(plan, weights.rows);
    const all = [...weights.findings, ...distributed.findings];
    if (!distributed.ok || weights.rows.length === 0) return { findings: all };
    const rendered = renderDistribution(plan, distributed.value.share, distributed.value.allocations);
    return { sheet: await writeNewSheet(rendered.grid, rendered.layout), findings: all };
  }

  /**
   * Proposes the series' dates and draws them as a schedule sheet (2 syncs, as the other draws). Nothing is
   * drawn when they do not fit in the window; the findings say why.
   */
  async newSchedule(
    plan: Plan,
    series: ConferenceSeries,
    minGap: number | undefined,
  ): Promise<{ sheet?: string; count: number; findings: Finding[] }> {
    const { conferences, findings } = proposeSchedule(series, minGap === undefined ? {} : { minGap });
    if (conferences.length === 0) return { count: 0, findings };
    const rendered = renderSchedule(plan, { series, conferences });
    return { sheet: await writeNewSheet(rendered.grid, rendered.layout), count: conferences.length, findings };
  }

  /**
   * Calls `listener` whenever a sheet becomes active (the pane then inspects it, so its section follows the
   * user). One sync to register; undefined where Excel has no such event (below ExcelApi 1.7).
   */
  async watchSheets(listener: () => void): Promise<StopListening | undefined> {
    return onSheetActivated(() => listener());
  }

  /** Selects a finding's cell. */
  async select(ref: CellRef): Promise<void> {
    await selectCell(ref);
  }

  /** Selects several cells of a sheet at once where Excel can (ExcelApi 1.9), else the first; true if all were. */
  async selectAll(sheet: string, addresses: readonly string[]): Promise<boolean> {
    return selectCells(sheet, addresses);
  }

  /** True when the last fill can be undone. */
  get canUndo(): boolean {
    return this.#undo.length > 0;
  }

  async #mark(
    read: SheetRead,
    findings: readonly Finding[],
    rects: readonly RectWrite[],
    select?: CellRef,
  ): Promise<void> {
    const targets = findings.flatMap((f) =>
      f.at?.cell ? [{ ref: { sheet: f.at.sheet ?? read.grid.sheet, address: f.at.cell }, severity: f.severity }] : [],
    );
    // A marked sheet deleted since has nothing to restore (and writing to it would fail the whole batch).
    const previous = this.#highlights.filter((h) => read.sheetNames.includes(h.ref.sheet));
    const marks = planHighlights(targets, read.fills, previous);
    await writeBatch({ rects, fills: marks.changes, undoGroup: rects.length > 0, ...(select ? { select } : {}) });
    this.#highlights = marks.applied;
  }
}

// The check of a detected kind; undefined when there is none to run (unknown sheet, list or schedule without a series).
function kindCheck(detected: SheetKindResult, input: CheckInput): ((read: SheetRead) => GridCheck) | undefined {
  if (detected.kind === "estimate") return (read) => estimateCheck(read.grid, input);
  if (detected.kind === "distribution") return (read) => distributionCheck(read.grid, input);
  if (detected.kind === "schedule") {
    const series = seriesOf(input.plan, input.scheduleSeriesId);
    return series ? (read) => scheduleCheck(read.grid, series, input) : undefined;
  }
  if (detected.kind !== "conference-list" || !input.plan) return undefined;
  const { plan } = input;
  const series = seriesOf(plan, input.seriesId);
  return series ? (read) => listCheck(read.grid, plan, series, input, read.otherGrids) : undefined;
}

/**
 * The read with every other sheet of the workbook: those it could not name (the first read of a session, or
 * any sheet added, renamed or deleted since, which makes the batch read again without them) come in one
 * more sync, with no writes.
 */
async function withAllOthers(read: SheetRead): Promise<SheetRead> {
  if (read.sheetNames.length <= read.otherGrids.length + 1) return read;
  return { ...read, otherGrids: await readSheets(read.sheetNames.filter((n) => n !== read.grid.sheet)) };
}

/** True when no cell of the grid holds a value or formula. */
function isBlank(grid: Grid): boolean {
  return grid.rows.every(
    (row) => !row || row.every((cell) => !cell || ((cell.value === null || cell.value === "") && !cell.formula)),
  );
}

/** The first error with a cell, which the ribbon's check selects. */
export function firstErrorCell(outcome: Outcome): CellRef | undefined {
  const f = outcome.findings.find((x) => isError(x) && x.at?.cell);
  return f?.at?.cell ? { sheet: f.at.sheet ?? outcome.sheet, address: f.at.cell } : undefined;
}
