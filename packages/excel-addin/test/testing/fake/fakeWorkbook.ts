// The state behind the strict Excel fake: sparse sheets keyed by cell, merges, a selection and counters.
// Plain data in, plain data out (dump), so the same fake runs in vitest and, bundled, inside Chromium.
import { fromA1, toA1 } from "@hgcs/core/sheet";
import {
  referencedAreas,
  SheetEvaluator,
  type ReferencedArea,
  type SheetValue,
} from "../../../../../tests/testing/spreadsheet/formulaEval.js";

/** One stored cell; `formula` keeps its leading "=" as Excel's Range.formulas does. */
export interface FakeCell {
  value: string | number | boolean | null;
  formula?: string;
  numberFormat?: string;
  font?: string;
  /** Solid fill colour ("#RRGGBB"); absent = no fill. */
  fill?: string;
  bold?: boolean;
}

/** A sheet as plain data (A1 address → cell). */
export interface FakeSheetData {
  name: string;
  cells: Record<string, FakeCell>;
  merges?: string[];
  hiddenRows?: number[];
  hiddenCols?: number[];
  columnWidths?: Record<number, number>;
  borders?: string[];
  print?: Record<string, unknown>;
}

/** A workbook as plain data. */
export interface FakeWorkbookData {
  sheets: FakeSheetData[];
  active?: string;
  selected?: string;
}

/** A rectangle, 0-based inclusive. */
export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Arguments of a worksheet-activated event (Excel.WorksheetActivatedEventArgs). */
export interface ActivatedEvent {
  readonly type: "WorksheetActivated";
  readonly worksheetId: string;
}

export type ActivatedHandler = (event: ActivatedEvent) => Promise<unknown>;

let sheetIds = 0;

export class FakeSheet {
  /** Excel's worksheet id (a GUID in Excel; unique here). */
  readonly id = `{fake-sheet-${++sheetIds}}`;
  readonly cells = new Map<string, FakeCell>();
  merges: Rect[] = [];
  hiddenRows = new Set<number>();
  hiddenCols = new Set<number>();
  columnWidths = new Map<number, number>();
  rowHeights = new Map<number, number>();
  /** Ranges given thin borders, and the page setup, as the adapter set them. */
  borders = new Set<string>();
  print: Record<string, unknown> = {};

  /** Cells code wrote a value or formula into since the workbook was loaded (A1 addresses). */
  readonly written = new Set<string>();

  constructor(public name: string) {}

  get(row: number, col: number): FakeCell | undefined {
    return this.cells.get(toA1(row, col));
  }

  /** Replaces a cell; an empty value without formula, format or fill removes it (sparse). */
  set(row: number, col: number, given: FakeCell): void {
    const key = toA1(row, col);
    const { numberFormat, ...rest } = given;
    // "General" is Excel's default format, i.e. none.
    const cell: FakeCell = numberFormat && numberFormat !== "General" ? { ...rest, numberFormat } : rest;
    const empty = (cell.value === null || cell.value === "") && !cell.formula;
    if (empty && !cell.numberFormat && !cell.fill && !cell.font && !cell.bold) this.cells.delete(key);
    else this.cells.set(key, empty ? { ...cell, value: null } : cell);
  }

  /** Writes a cell's content through the API (Range.values, Range.formulas, clear): it and its dependents recompute. */
  write(row: number, col: number, given: FakeCell): void {
    this.set(row, col, given);
    this.written.add(toA1(row, col));
  }

  /** The bounding box of cells holding a value or formula (Excel's valuesOnly used range), or undefined. */
  usedRect(): Rect | undefined {
    let rect: Rect | undefined;
    for (const [key, cell] of this.cells) {
      if (cell.value === null && !cell.formula) continue;
      const p = fromA1(key);
      if (!p) continue;
      rect = rect
        ? {
            top: Math.min(rect.top, p.row),
            left: Math.min(rect.left, p.col),
            bottom: Math.max(rect.bottom, p.row),
            right: Math.max(rect.right, p.col),
          }
        : { top: p.row, left: p.col, bottom: p.row, right: p.col };
    }
    return rect;
  }
}

/** Excel's error values, as the fake stores them (text in a cell's value). */
export const errorValues = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#SPILL!",
  "#CALC!",
]);

const areasOf = new Map<string, readonly ReferencedArea[]>();

/** The areas a formula reads (lexically: it may be one the evaluator does not compute). */
function formulaAreas(formula: string): readonly ReferencedArea[] {
  let areas = areasOf.get(formula);
  if (!areas) areasOf.set(formula, (areas = referencedAreas(formula)));
  return areas;
}

/** True when a cell of `cells` (A1 addresses) lies in the area. */
function touches(area: ReferencedArea, cells: ReadonlySet<string>): boolean {
  if (cells.size === 0) return false;
  if ((area.bottom - area.top + 1) * (area.right - area.left + 1) <= cells.size) {
    for (let r = area.top; r <= area.bottom; r++)
      for (let c = area.left; c <= area.right; c++) if (cells.has(toA1(r, c))) return true;
    return false;
  }
  for (const key of cells) {
    const p = fromA1(key);
    if (p && p.row >= area.top && p.row <= area.bottom && p.col >= area.left && p.col <= area.right) return true;
  }
  return false;
}

export class FakeWorkbook {
  readonly sheets: FakeSheet[] = [];
  active = 0;
  selected: string | undefined;
  /** Every context.sync() across all runs. */
  syncCount = 0;
  /** Excel.run calls, and how many of them asked for mergeUndoGroup. */
  runCount = 0;
  mergeUndoRuns = 0;
  /** Range writes of values, formulas or number formats (one per rectangle, not per cell). */
  rangeWrites = 0;
  /** Handlers of worksheets.onActivated, registered (and removed) at sync. */
  readonly activatedHandlers = new Set<ActivatedHandler>();

  static from(data: FakeWorkbookData): FakeWorkbook {
    const wb = new FakeWorkbook();
    for (const s of data.sheets) {
      const sheet = new FakeSheet(s.name);
      for (const [address, cell] of Object.entries(s.cells)) {
        const p = fromA1(address);
        if (p) sheet.set(p.row, p.col, { ...cell });
      }
      sheet.merges = (s.merges ?? []).map(parseRect).filter((r): r is Rect => r !== undefined);
      sheet.hiddenRows = new Set(s.hiddenRows ?? []);
      sheet.hiddenCols = new Set(s.hiddenCols ?? []);
      wb.sheets.push(sheet);
    }
    const active = data.active ? wb.sheets.findIndex((s) => s.name === data.active) : 0;
    wb.active = Math.max(0, active);
    wb.selected = data.selected;
    return wb;
  }

  /**
   * Recalculates as Excel does after writes, with the tests' shared evaluator (tests/testing/spreadsheet):
   * every formula code wrote since the load, and every formula that reads a written cell — directly,
   * through another recomputed formula, or from another sheet. Such a formula the evaluator cannot compute
   * (another function, a reference to another sheet, …) throws, so the test fails rather than keep a stale
   * cached value. Excel error results (#VALUE!, #DIV/0!) become the cell's value, as Excel shows them.
   * Formulas loaded with the workbook that read no written cell keep their cached values, whatever they use.
   */
  recalc(): void {
    if (this.sheets.every((s) => s.written.size === 0)) return;
    const byName = new Map(this.sheets.map((s) => [s.name.toUpperCase(), s]));
    /** Per sheet: cells whose value may have changed (written, or recomputed below). */
    const changed = new Map(this.sheets.map((s) => [s, new Set(s.written)]));
    const recompute = new Map(this.sheets.map((s) => [s, new Set<string>()]));
    let loaded: { sheet: FakeSheet; key: string; reads: { sheet: FakeSheet; area: ReferencedArea }[] }[] = [];
    for (const sheet of this.sheets) {
      for (const [key, cell] of sheet.cells) {
        if (!cell.formula) continue;
        if (sheet.written.has(key)) recompute.get(sheet)?.add(key);
        else {
          const reads = formulaAreas(cell.formula).flatMap((area) => {
            const target = area.sheet === undefined ? sheet : byName.get(area.sheet.toUpperCase());
            return target ? [{ sheet: target, area }] : [];
          });
          loaded.push({ sheet, key, reads });
        }
      }
    }
    // Loaded formulas reading a changed cell change too, until none is left to add.
    for (let grew = true; grew;) {
      const before = loaded.length;
      loaded = loaded.filter(({ sheet, key, reads }) => {
        if (!reads.some((r) => touches(r.area, changed.get(r.sheet) ?? new Set()))) return true;
        recompute.get(sheet)?.add(key);
        changed.get(sheet)?.add(key);
        return false;
      });
      grew = loaded.length < before;
    }
    for (const sheet of this.sheets) {
      const keys = recompute.get(sheet);
      if (!keys || keys.size === 0) continue;
      // Only the cells being recomputed show the evaluator a formula; the others their (cached) value.
      const evaluator = new SheetEvaluator(
        (row, col) => {
          const key = toA1(row, col);
          const cell = sheet.cells.get(key);
          return cell && { value: sheetValue(cell.value), ...(keys.has(key) ? { formula: cell.formula } : {}) };
        },
        { sheet: sheet.name, excelErrors: "keep" },
      );
      for (const key of keys) {
        const cell = sheet.cells.get(key);
        const p = fromA1(key);
        if (!cell || !p) continue;
        const value = evaluator.value(p.row, p.col);
        sheet.cells.set(key, { ...cell, value: typeof value === "object" && value !== null ? value.error : value });
      }
    }
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  activeSheet(): FakeSheet {
    const s = this.sheets[this.active];
    if (!s) throw new Error("fake workbook has no sheets");
    return s;
  }

  /**
   * Code activates a sheet (worksheet.activate(), range.select()): Excel tells the onActivated handlers
   * too, after the batch (events come asynchronously), and only when the active sheet changed.
   */
  makeActive(index: number): void {
    if (index === this.active) return;
    this.active = index;
    const sheet = this.sheets[index];
    if (sheet && this.activatedHandlers.size > 0) setTimeout(() => void this.#fire(sheet), 0);
  }

  /** The user clicks a sheet's tab: it becomes active and the onActivated handlers run; resolves when they have. */
  async activate(name: string): Promise<void> {
    const index = this.sheets.findIndex((s) => s.name === name);
    const sheet = this.sheets[index];
    if (!sheet) throw new Error(`fake: no sheet ${name}`);
    if (index === this.active) return;
    this.active = index;
    await this.#fire(sheet);
  }

  async #fire(sheet: FakeSheet): Promise<void> {
    await Promise.all([...this.activatedHandlers].map((h) => h({ type: "WorksheetActivated", worksheetId: sheet.id })));
  }

  addSheet(name: string): FakeSheet {
    if (this.sheet(name)) throw new Error(`ItemAlreadyExists: sheet ${name}`);
    const s = new FakeSheet(name);
    this.sheets.push(s);
    return s;
  }

  dump(): FakeWorkbookData {
    return {
      sheets: this.sheets.map((s) => ({
        name: s.name,
        cells: Object.fromEntries([...s.cells].map(([k, c]) => [k, { ...c }])),
        merges: s.merges.map(rectAddress),
        hiddenRows: [...s.hiddenRows],
        hiddenCols: [...s.hiddenCols],
        columnWidths: Object.fromEntries(s.columnWidths),
        ...(s.borders.size > 0 ? { borders: [...s.borders] } : {}),
        ...(Object.keys(s.print).length > 0 ? { print: { ...s.print } } : {}),
      })),
      active: this.sheets[this.active]?.name ?? "",
      ...(this.selected ? { selected: this.selected } : {}),
    };
  }
}

/** A fake cell's value as the evaluator reads it: error texts are error values. */
function sheetValue(value: FakeCell["value"]): SheetValue {
  return typeof value === "string" && errorValues.has(value) ? { error: value } : value;
}

/** Excel's last row and column (0-based), for whole-row and whole-column ranges. */
export const lastRow = 1_048_575;
export const lastCol = 16_383;

/** "A1:B2", "B2", "B:B" or "5:7" (optionally "Sheet!…", "$" signs) → rectangle. */
export function parseRect(address: string): Rect | undefined {
  const local = (address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address).replaceAll("$", "");
  const cols = /^([A-Z]{1,3}):([A-Z]{1,3})$/i.exec(local);
  if (cols) {
    const left = fromA1(`${cols[1]}1`)?.col ?? 0;
    const right = fromA1(`${cols[2]}1`)?.col ?? 0;
    return { top: 0, left, bottom: lastRow, right };
  }
  const rows = /^(\d+):(\d+)$/.exec(local);
  if (rows) return { top: Number(rows[1]) - 1, left: 0, bottom: Number(rows[2]) - 1, right: lastCol };
  const [a, b] = local.split(":");
  const from = a ? fromA1(a) : undefined;
  const to = b ? fromA1(b) : from;
  if (!from || !to) return undefined;
  return {
    top: Math.min(from.row, to.row),
    left: Math.min(from.col, to.col),
    bottom: Math.max(from.row, to.row),
    right: Math.max(from.col, to.col),
  };
}

export function rectAddress(r: Rect): string {
  const a = toA1(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? a : `${a}:${toA1(r.bottom, r.right)}`;
}
