import { columnLetters, toA1 } from "../grid/a1.js";
import type { Cell, CellValue, Grid } from "../grid/grid.js";
import { cleanText, foldText } from "../text/normalize.js";
import { decodeLegacyText, type DecodedText } from "../text/legacy/decodeLegacyText.js";
import { mayStartMarker } from "./rowLabel.js";

/** The first cell found holding legacy-encoded (TCVN3/VNI) text. */
export interface LegacyHit {
  readonly row: number;
  readonly col: number;
  readonly encoding: string;
  readonly sample: string;
}

/** Excel's limits: no sheet has more rows or columns, so a grid's rows and cells beyond them are ignored. */
const maxSheetRows = 1_048_576;
const maxSheetColumns = 16_384;

/** Above this many grid positions the per-cell caches are maps, not arrays (a far cell must not allocate rows × columns). */
const denseCacheLimit = 1 << 22;

/** A per-cell cache: a preallocated array for ordinary sheets, a map for sparse, far-flung ones. */
type CellCache = (string | undefined)[] | Map<number, string>;

const cached = (cache: CellCache, key: number): string | undefined =>
  Array.isArray(cache) ? cache[key] : cache.get(key);

function remember(cache: CellCache, key: number, value: string): void {
  if (Array.isArray(cache)) cache[key] = value;
  else cache.set(key, value);
}

/**
 * A read-only view of a grid that never throws on malformed rows or cells and computes each cell's
 * Unicode text and folded key at most once, so the engine stays linear in the sheet's size.
 * Coordinates are 0-based grid indices; addresses add the grid's origin. Rows are walked up to their own
 * width (`width(r)`), not the widest row's, so one far cell does not make every row that wide.
 */
export class SheetView {
  readonly sheet: string;
  readonly rowCount: number;
  readonly colCount: number;
  readonly legacyHits: LegacyHit[] = [];
  private readonly originRow: number;
  private readonly originCol: number;
  private readonly texts: CellCache;
  // Sparse: only header-like rows, captions and short marker texts are ever folded whole.
  private readonly folds = new Map<number, string>();
  private readonly starts: CellCache;
  private readonly letters: string[] = [];
  private readonly rows: Grid["rows"];
  private readonly firstWords = new Map<string, boolean>();
  private readonly decoded = new Map<string | undefined, Map<string, DecodedText>>();

  constructor(readonly grid: Grid) {
    this.sheet = typeof grid?.sheet === "string" ? grid.sheet : "";
    const rows = Array.isArray(grid?.rows) ? grid.rows : [];
    this.rows = rows;
    this.rowCount = Math.min(rows.length, maxSheetRows);
    let cols = 0;
    for (let r = 0; r < this.rowCount; r++) {
      const row = rows[r];
      if (Array.isArray(row) && row.length > cols) cols = row.length;
    }
    this.colCount = Math.min(cols, maxSheetColumns);
    // Preallocated so the caches stay fast arrays rather than sparse dictionaries on ordinary sheets.
    const size = this.rowCount * this.colCount;
    this.texts = size <= denseCacheLimit ? new Array<string | undefined>(size) : new Map();
    this.starts = size <= denseCacheLimit ? new Array<string | undefined>(size) : new Map();
    this.originRow = safeInt(grid?.origin?.row);
    this.originCol = safeInt(grid?.origin?.col);
  }

  /** How many columns row r spans (its last cell + 1; 0 for a missing row): loops over a row stop there. */
  width(r: number): number {
    if (r < 0 || r >= this.rowCount) return 0;
    const row = this.rows[r];
    return Array.isArray(row) ? Math.min(row.length, this.colCount) : 0;
  }

  /** The cell at (r, c), or undefined when missing or malformed. */
  cell(r: number, c: number): Cell | undefined {
    if (r >= this.rowCount || c >= this.colCount) return undefined;
    const row = this.rows[r];
    if (!Array.isArray(row)) return undefined;
    const cell: unknown = row[c];
    return cell !== null && typeof cell === "object" ? (cell as Cell) : undefined;
  }

  /** The cell's value (a formula's cached value), null when empty. */
  value(r: number, c: number): CellValue {
    const v: unknown = this.cell(r, c)?.value;
    if (v === undefined || v === null) return null;
    if (typeof v === "string" || typeof v === "boolean") return v;
    if (typeof v === "number") return Number.isNaN(v) ? null : v;
    if (typeof v === "object" && typeof (v as { error?: unknown }).error === "string") return v as { error: string };
    return null;
  }

  /** The cell's formula without "=", if any. */
  formula(r: number, c: number): string | undefined {
    const f: unknown = this.cell(r, c)?.formula;
    return typeof f === "string" && f.trim() !== "" ? f : undefined;
  }

  /** The cell's text as Unicode NFC with single spaces (legacy encodings decoded); numbers as digits; "" otherwise. */
  text(r: number, c: number): string {
    if (r < 0 || c < 0 || c >= this.colCount || r >= this.rowCount) return "";
    const key = r * this.colCount + c;
    const known = cached(this.texts, key);
    if (known !== undefined) return known;
    const v = this.value(r, c);
    let text = "";
    if (typeof v === "string") {
      const font: unknown = this.cell(r, c)?.font;
      const decoded = this.unicode(v, typeof font === "string" ? font : undefined);
      text = decoded.text;
      if (decoded.encoding)
        this.legacyHits.push({ row: r, col: c, encoding: decoded.encoding, sample: text.slice(0, 40) });
    } else if (typeof v === "number" && Number.isFinite(v)) {
      text = String(v);
    }
    remember(this.texts, key, text);
    return text;
  }

  /**
   * A cell string as clean Unicode (legacy encodings decoded, NFC, single spaces), worked out once per
   * distinct string and font: units, notes and labels repeat down a sheet.
   */
  private unicode(raw: string, font: string | undefined): DecodedText {
    // Long texts (line contents) rarely repeat: a look-up would cost more than it saves.
    if (raw.length > 40) return this.decode(raw, font);
    let byText = this.decoded.get(font);
    if (!byText) {
      byText = new Map();
      this.decoded.set(font, byText);
    }
    const known = byText.get(raw);
    if (known) return known;
    const result = this.decode(raw, font);
    byText.set(raw, result);
    return result;
  }

  private decode(raw: string, font: string | undefined): DecodedText {
    const decoded = decodeLegacyText(raw, font);
    const text = cleanText(decoded.text);
    return decoded.encoding ? { text, encoding: decoded.encoding } : { text };
  }

  /** The cell's text folded for accent-, case- and space-insensitive matching. */
  folded(r: number, c: number): string {
    if (r < 0 || c < 0 || c >= this.colCount || r >= this.rowCount) return "";
    const key = r * this.colCount + c;
    const cached = this.folds.get(key);
    if (cached !== undefined) return cached;
    const text = this.text(r, c);
    const f = text === "" ? "" : foldText(text);
    this.folds.set(key, f);
    return f;
  }

  /**
   * The folded start (about 32 characters) of the cell's text, for recognising row markers (TỔNG CỘNG,
   * Cộng, Bằng chữ, signatures) without folding every long content cell; "" for text no marker can start.
   */
  foldedStart(r: number, c: number): string {
    if (r < 0 || c < 0 || c >= this.colCount || r >= this.rowCount) return "";
    const key = r * this.colCount + c;
    const known = cached(this.starts, key);
    if (known !== undefined) return known;
    const text = this.text(r, c);
    // Only texts whose first word can start a marker are folded further; first words repeat a lot
    // ("Hỗ trợ", "Thuê", "In"), so whether they may start one is cached by text.
    const space = text.indexOf(" ");
    const first = space < 0 ? text : text.slice(0, space);
    let mayStart = this.firstWords.get(first);
    if (mayStart === undefined) {
      mayStart = mayStartMarker(foldText(first));
      this.firstWords.set(first, mayStart);
    }
    // Not kept among the whole-cell folds: most such texts are line contents nobody folds again.
    const start = !mayStart
      ? ""
      : text.length <= 32
        ? (this.folds.get(key) ?? foldText(text))
        : foldText(text.slice(0, 32));
    remember(this.starts, key, start);
    return start;
  }

  /** True when the cell holds nothing (no value and no formula). */
  isEmpty(r: number, c: number): boolean {
    const v = this.value(r, c);
    return (v === null || (typeof v === "string" && v.trim() === "")) && this.formula(r, c) === undefined;
  }

  /** True when the cell's row or column is hidden. */
  isHidden(r: number, c: number): boolean {
    return this.cell(r, c)?.hidden === true;
  }

  /** The A1 address on the sheet of grid cell (r, c). */
  address(r: number, c: number): string {
    const col = c + this.originCol;
    if (col < 0 || r + this.originRow < 0) return toA1(r + this.originRow, col);
    // Column letters are cached: addresses are built for every cell a finding or edit may name.
    const letters = (this.letters[col] ??= columnLetters(col));
    return `${letters}${r + this.originRow + 1}`;
  }

  /**
   * Where the address of grid cell (r, c) ends when it starts at `from` in `text` (column letters in
   * either case, the row without leading zeros), or -1: compares in place, building no address.
   */
  matchAddress(text: string, from: number, r: number, c: number): number {
    const col = c + this.originCol;
    const row = r + this.originRow + 1;
    if (col < 0 || row < 1) return -1;
    const letters = (this.letters[col] ??= columnLetters(col));
    let at = from;
    for (let i = 0; i < letters.length; i++, at++) {
      const code = text.charCodeAt(at);
      const upper = code >= 0x61 && code <= 0x7a ? code - 0x20 : code;
      if (upper !== letters.charCodeAt(i)) return -1;
    }
    if (text.charCodeAt(at) === 0x30) return -1;
    let value = 0;
    const start = at;
    for (
      let code = text.charCodeAt(at);
      code >= 0x30 && code <= 0x39 && at - start < 10;
      code = text.charCodeAt(++at)
    ) {
      value = value * 10 + (code - 0x30);
    }
    return at > start && value === row ? at : -1;
  }

  /** Grid row of a sheet row (both 0-based). */
  gridRow(sheetRow: number): number {
    return sheetRow - this.originRow;
  }

  /** Grid column of a sheet column (both 0-based). */
  gridCol(sheetCol: number): number {
    return sheetCol - this.originCol;
  }

  /** Sheet row (0-based) of a grid row. */
  sheetRow(r: number): number {
    return r + this.originRow;
  }

  /** Sheet column (0-based) of a grid column. */
  sheetCol(c: number): number {
    return c + this.originCol;
  }
}

function safeInt(n: unknown): number {
  return typeof n === "number" && Number.isInteger(n) && n >= 0 ? n : 0;
}
