import type { Cell, CellValue, MergedRange } from "@hgcs/core";
import { columnIndex } from "@hgcs/core/sheet";
import { maxColumns, maxRows, parseMerges } from "./mergeRefs.js";
import { ShortTexts, own } from "./ownText.js";
import { slideFormula } from "./slideFormula.js";
import { isDateFormat, type CellStyle } from "./workbookParts.js";
import { XmlScanner, attributesOf, decodeXml } from "./xmlScanner.js";

/** What a sheet part holds, read sparsely: only the cells that exist take memory or time. */
export interface SheetCells {
  /** rows[r][c], 0-based; holes where nothing is stored. Cells covered by a merged area are left out. */
  readonly rows: (Cell | undefined)[][];
  /** Merged areas as declared (0-based, inclusive). */
  readonly merges: readonly MergedRange[];
  /** How many cells were kept. */
  readonly cells: number;
  /** The last row and column holding a cell (-1 for none): the extent merges are clipped to. */
  readonly lastRow: number;
  readonly lastCol: number;
}

/** Why a sheet part cannot be read: a cell past Excel's limits, or more cells than the reader keeps. */
export class SheetLimitError extends Error {
  constructor(
    readonly kind: "out_of_range" | "too_many_cells",
    /** Where: a row number as written, or a cell reference. */
    readonly at: { readonly row?: number; readonly cell?: string },
    readonly cells: number,
  ) {
    super(kind);
  }
}

export interface SheetReadContext {
  readonly sharedStrings: readonly string[];
  readonly styles: readonly CellStyle[];
  readonly date1904: boolean;
  /** The most cells kept before the read stops with SheetLimitError("too_many_cells"). */
  readonly maxCells: number;
}

/** The cell being read: its place, type, style and the raw texts of <v>, <f> and <is>. */
interface PendingCell {
  row: number;
  col: number;
  type: string | undefined;
  style: number;
  value: string[] | undefined;
  inline: string[] | undefined;
  formula: string[] | undefined;
  shared: { si: string; master: boolean } | undefined;
}

/**
 * Reads a worksheet part, fed as text chunks, into sparse rows of core cells, with the meaning ExcelJS
 * gives them (see worksheetToGrid): cached results for formulas, shared formulas derived for each clone,
 * dates as serials, rich text joined, number formats and font names from the styles, hidden rows and
 * columns, and merged areas (the covered cells left out, as Office.js reads them). Memory and time follow
 * the cells stored, never the area a row number, a merge or a shared-formula range declares.
 */
export class SheetReader {
  private readonly rows: (Cell | undefined)[][] = [];
  private readonly mergeRefs: string[] = [];
  private readonly hiddenColumns: [number, number][] = [];
  private readonly masters = new Map<string, { row: number; col: number; formula: string }>();
  private rowNumber = -1;
  private rowHidden = false;
  private prevCol = -1;
  private cell: PendingCell | undefined;
  private textTarget: string[] | undefined;
  private inInline = false;
  private phonetic = 0;
  private count = 0;
  private lastRow = -1;
  private lastCol = -1;
  /** Row numbers that hold cells, in the order first seen. */
  private readonly rowList: number[] = [];
  private readonly texts = new ShortTexts();
  readonly scanner: XmlScanner;

  constructor(private readonly context: SheetReadContext) {
    this.scanner = new XmlScanner({
      open: (name, attributes) => this.open(name, attributes),
      close: (name) => this.close(name),
      text: (text, cdata) => {
        if (this.textTarget) this.textTarget.push(cdata ? text : decodeXml(text));
      },
    });
  }

  private open(name: string, attributes: string): void {
    switch (name) {
      case "row": {
        const a = attributesOf(attributes);
        const r = a.r === undefined ? this.rowNumber + 2 : Number(a.r);
        if (!Number.isSafeInteger(r) || r < 1 || r > maxRows) {
          throw this.outOfRange(Number.isFinite(r) ? { row: r } : { cell: (a.r ?? "").slice(0, 40) });
        }
        this.rowNumber = r - 1;
        this.rowHidden = a.hidden === "1" || a.hidden === "true";
        this.prevCol = -1;
        return;
      }
      case "c": {
        const a = attributesOf(attributes);
        const col = a.r === undefined ? this.prevCol + 1 : columnOf(a.r);
        if (col < 0 || col >= maxColumns) throw this.outOfRange({ cell: (a.r ?? `${col + 1}`).slice(0, 40) });
        if (this.rowNumber < 0) this.rowNumber = rowOf(a.r) ?? 0;
        this.prevCol = col;
        this.cell = {
          row: this.rowNumber,
          col,
          type: a.t,
          style: a.s === undefined ? 0 : Number.parseInt(a.s, 10),
          value: undefined,
          inline: undefined,
          formula: undefined,
          shared: undefined,
        };
        return;
      }
      case "v":
        if (this.cell && !this.inInline) this.textTarget = this.cell.value = [];
        return;
      case "f":
        if (this.cell) {
          const a = attributesOf(attributes);
          this.textTarget = this.cell.formula = [];
          if (a.t === "shared" && a.si !== undefined) this.cell.shared = { si: a.si, master: a.ref !== undefined };
        }
        return;
      case "is":
        if (this.cell) {
          this.inInline = true;
          this.cell.inline = [];
        }
        return;
      case "t":
        if (this.cell?.inline && this.inInline && this.phonetic === 0) this.textTarget = this.cell.inline;
        return;
      case "rPh":
        // Phonetic guides are no part of the text.
        this.phonetic++;
        return;
      case "col": {
        const a = attributesOf(attributes);
        if (a.hidden !== "1" && a.hidden !== "true") return;
        const min = Number(a.min);
        const max = Math.min(Number(a.max), maxColumns);
        if (Number.isSafeInteger(min) && Number.isSafeInteger(max) && min >= 1 && max >= min) {
          this.hiddenColumns.push([min - 1, max - 1]);
        }
        return;
      }
      case "mergeCell": {
        const ref = attributesOf(attributes).ref;
        if (ref) this.mergeRefs.push(ref);
        return;
      }
      default:
        return;
    }
  }

  private close(name: string): void {
    switch (name) {
      case "v":
      case "f":
      case "t":
        this.textTarget = undefined;
        return;
      case "rPh":
        this.phonetic = Math.max(0, this.phonetic - 1);
        return;
      case "is":
        this.inInline = false;
        this.textTarget = undefined;
        return;
      case "c":
        if (this.cell) this.keep(this.cell);
        this.cell = undefined;
        this.textTarget = undefined;
        return;
      default:
        return;
    }
  }

  private keep(p: PendingCell): void {
    const style = p.style > 0 ? this.context.styles[p.style] : undefined;
    let formula = p.formula && p.formula.length > 0 ? own(p.formula.join("")) : undefined;
    if (p.shared) {
      if (p.shared.master && formula !== undefined) {
        this.masters.set(p.shared.si, { row: p.row, col: p.col, formula });
      } else if (formula === undefined || formula === "") {
        const master = this.masters.get(p.shared.si);
        formula = master ? slideFormula(master.formula, p.row - master.row, p.col - master.col) : undefined;
      }
    }
    const raw = p.value?.join("");
    let value: CellValue = null;
    if (p.type === "inlineStr") value = this.texts.get(p.inline?.join("") ?? "") || null;
    else if (raw !== undefined && raw !== "") value = this.valueOf(raw, p.type, style);
    if (formula === undefined && value === null) return;
    const hidden = this.rowHidden || this.isHiddenColumn(p.col);
    const cell: Cell = {
      value,
      ...(formula ? { formula } : {}),
      ...(style?.numFmt ? { numberFormat: style.numFmt } : {}),
      ...(style?.font ? { font: style.font } : {}),
      ...(hidden ? { hidden: true } : {}),
    };
    let row = this.rows[p.row];
    if (!row) {
      row = [];
      this.rows[p.row] = row;
      this.rowList.push(p.row);
    }
    if (row[p.col] === undefined) this.count++;
    if (this.count > this.context.maxCells) {
      throw new SheetLimitError("too_many_cells", {}, this.count);
    }
    row[p.col] = cell;
    if (p.row > this.lastRow) this.lastRow = p.row;
    if (p.col > this.lastCol) this.lastCol = p.col;
  }

  private valueOf(raw: string, type: string | undefined, style: CellStyle | undefined): CellValue {
    switch (type) {
      case "s": {
        const text = this.context.sharedStrings[Number.parseInt(raw, 10)];
        return text === undefined ? null : text;
      }
      case "str":
        return this.texts.get(raw);
      case "b":
        return Number.parseInt(raw, 10) !== 0;
      case "e":
        return { error: raw };
      case "d": {
        const ms = Date.parse(raw.endsWith("Z") || raw.length <= 10 ? raw : `${raw}Z`);
        return Number.isNaN(ms) ? null : ms / 86_400_000 + 25569;
      }
      default: {
        const n = Number.parseFloat(raw);
        return isDateFormat(style?.numFmt) ? this.serial(n) : n;
      }
    }
  }

  // ExcelJS turns a date-formatted number into a Date (to the millisecond) and worksheetToGrid back into a
  // serial; the same rounding here keeps both readers' grids equal. A 1904 workbook's serials move to 1900's.
  private serial(n: number): number {
    const ms = Math.round((n - 25569 + (this.context.date1904 ? 1462 : 0)) * 86_400_000);
    return Math.abs(ms) > 8.64e15 ? Number.NaN : ms / 86_400_000 + 25569;
  }

  private isHiddenColumn(col: number): boolean {
    for (const [from, to] of this.hiddenColumns) if (col >= from && col <= to) return true;
    return false;
  }

  private outOfRange(at: { row?: number; cell?: string }): SheetLimitError {
    return new SheetLimitError("out_of_range", at, this.count);
  }

  /**
   * The cells read, merges applied: each area's covered cells (all but its top-left) are dropped — found
   * by walking the rows and cells that exist inside the area, never the area's declared size.
   */
  finish(): SheetCells {
    const merges = parseMerges(this.mergeRefs);
    const rowNumbers = this.rowList.slice().sort((a, b) => a - b);
    // Overlapping areas (invalid, but possible in a crafted file) could make this quadratic: past a
    // budget of cell visits, the remaining areas keep their covered cells.
    let budget = 4 * this.context.maxCells;
    for (const m of merges) {
      for (let i = firstAtLeast(rowNumbers, m.top); i < rowNumbers.length && budget > 0; i++) {
        const r = rowNumbers[i] as number;
        if (r > m.bottom) break;
        const row = this.rows[r];
        if (!row) continue;
        for (const key of Object.keys(row)) {
          budget--;
          const c = Number(key);
          if (c < m.left || c > m.right || (r === m.top && c === m.left) || row[c] === undefined) continue;
          row[c] = undefined;
          this.count--;
        }
      }
    }
    // Each row array grew as its cells came; a copy holds exactly its cells (a third less memory).
    for (const r of rowNumbers) {
      const row = this.rows[r];
      if (row) this.rows[r] = row.slice();
    }
    return { rows: this.rows, merges, cells: this.count, lastRow: this.lastRow, lastCol: this.lastCol };
  }
}

/** The index of the first number ≥ n in an ascending list. */
function firstAtLeast(sorted: readonly number[], n: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) < n) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Column index (0-based) of an A1 reference's letters, -1 when it has none. */
function columnOf(ref: string): number {
  const m = /^\$?([A-Za-z]{1,3})\$?\d*$/.exec(ref);
  return m ? columnIndex(m[1] ?? "") : -1;
}

function rowOf(ref: string | undefined): number | undefined {
  const m = ref === undefined ? null : /(\d+)$/.exec(ref);
  return m ? Number(m[1]) - 1 : undefined;
}
