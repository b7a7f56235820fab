// A small kit over ExcelJS for drawing office sheets: text through a legacy encoding, borders,
// merges, and formulas whose cached result is computed here as Excel would compute it on saving.
import { writeFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { encodeTcvn3, encodeTcvn3Capitals, encodeVni } from "./legacyCodeTables.js";

/** How a sheet's text is stored: its fonts and its encoding (capitals may need their own font). */
export interface TextCodec {
  readonly font: string;
  readonly capitalsFont: string;
  readonly text: (text: string) => string;
  readonly capitals: (text: string) => string;
}

export const unicodeText: TextCodec = {
  font: "Times New Roman",
  capitalsFont: "Times New Roman",
  text: (t) => t,
  capitals: (t) => t,
};

export const tcvn3Text: TextCodec = {
  font: ".VnTime",
  capitalsFont: ".VnTimeH",
  text: encodeTcvn3,
  capitals: encodeTcvn3Capitals,
};

export const vniText: TextCodec = {
  font: "VNI-Times",
  capitalsFont: "VNI-Times",
  text: encodeVni,
  capitals: encodeVni,
};

export interface Style {
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** Capital text: written in the codec's capitals font (TCVN3 .VnTimeH stores it in lower-case codes). */
  readonly capitals?: boolean;
  readonly size?: number;
  readonly h?: "left" | "center" | "right";
  readonly v?: "top" | "middle";
  readonly wrap?: boolean;
  readonly numFmt?: string;
}

export const MONEY = "#,##0";
export const DATE = "dd/mm/yyyy";

const thin: Partial<ExcelJS.Borders> = {
  top: { style: "thin" },
  left: { style: "thin" },
  bottom: { style: "thin" },
  right: { style: "thin" },
};

/** Column letters of a 1-based column number: 1 → "A", 28 → "AB". */
export function col(n: number): string {
  let s = "";
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

/** Writes cells of one worksheet in one codec and font size. */
export class SheetWriter {
  constructor(
    readonly ws: ExcelJS.Worksheet,
    readonly codec: TextCodec,
    readonly size: number,
  ) {}

  /** Column widths in Excel characters, from column A. */
  widths(widths: readonly number[]): void {
    widths.forEach((w, i) => (this.ws.getColumn(i + 1).width = w));
  }

  text(address: string, text: string, style: Style = {}): void {
    const cell = this.ws.getCell(address);
    cell.value = style.capitals ? this.codec.capitals(text) : this.codec.text(text);
    this.style(cell, style);
  }

  /** A number cell, shown with grouped digits unless another format is given. */
  number(address: string, value: number, style: Style = {}): void {
    const cell = this.ws.getCell(address);
    cell.value = value;
    this.style(cell, { numFmt: MONEY, ...style });
  }

  /** A date cell (UTC midnight of the ISO day), shown dd/mm/yyyy. */
  date(address: string, iso: string, style: Style = {}): void {
    const cell = this.ws.getCell(address);
    cell.value = new Date(`${iso}T00:00:00Z`);
    this.style(cell, { numFmt: DATE, ...style });
  }

  /** A formula cell carrying the result Excel would cache for it, from the cells written so far. */
  formula(address: string, formula: string, style: Style = {}): number {
    const result = evaluate(this.ws, formula);
    const cell = this.ws.getCell(address);
    cell.value = { formula, result };
    this.style(cell, { numFmt: MONEY, ...style });
    return result;
  }

  /** Merges a range; its text (if any) goes in the top-left cell. */
  merge(range: string, text?: string, style: Style = {}): void {
    this.ws.mergeCells(range);
    const [first] = range.split(":");
    if (first !== undefined && text !== undefined) this.text(first, text, style);
  }

  /** Thin borders around every cell of a range. */
  border(range: string): void {
    const { top, left, bottom, right } = rangeOf(range);
    for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) this.ws.getCell(r, c).border = thin;
  }

  height(row: number, points: number): void {
    this.ws.getRow(row).height = points;
  }

  private style(cell: ExcelJS.Cell, style: Style): void {
    cell.font = {
      name: style.capitals ? this.codec.capitalsFont : this.codec.font,
      size: style.size ?? this.size,
      ...(style.bold ? { bold: true } : {}),
      ...(style.italic ? { italic: true } : {}),
    };
    if (style.h || style.v || style.wrap)
      cell.alignment = {
        ...(style.h ? { horizontal: style.h } : {}),
        vertical: style.v ?? "middle",
        ...(style.wrap ? { wrapText: true } : {}),
      };
    if (style.numFmt) cell.numFmt = style.numFmt;
  }
}

interface Rect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

function cellOf(address: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(address);
  if (!m) throw new Error(`not a cell address: ${address}`);
  const letters = m[1] as string;
  let c = 0;
  for (const ch of letters) c = c * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(m[2]), col: c };
}

function rangeOf(range: string): Rect {
  const [a, b = a] = range.split(":");
  const from = cellOf(a as string);
  const to = cellOf(b as string);
  return { top: from.row, left: from.col, bottom: to.row, right: to.col };
}

// The value Excel reads from a cell: a number, a formula's result, 0 for a blank. Text in arithmetic
// would be #VALUE! in Excel; here it is a mistake in the generator, so it throws.
function numberAt(ws: ExcelJS.Worksheet, row: number, column: number, inSum: boolean): number {
  const v = ws.getCell(row, column).value as unknown;
  if (v === null || v === undefined) return 0;
  if (typeof v === "number") return v;
  if (typeof v === "object" && v !== null && "result" in v && typeof v.result === "number") return v.result;
  if (inSum && typeof v === "string") return 0;
  throw new Error(`${col(column)}${row} holds ${JSON.stringify(v)}, not a number`);
}

/**
 * Evaluates the formulas office sheets use: numbers, cell references, + - * / and parentheses, and
 * SUM over cells and ranges (text in a SUM range counts as nothing, as in Excel).
 */
export function evaluate(ws: ExcelJS.Worksheet, formula: string): number {
  const tokens = formula.replace(/\s+/g, "").match(/[A-Z]+\d+|\d+(?:\.\d+)?|SUM|[-+*/(),:]/g) ?? [];
  if (tokens.join("") !== formula.replace(/\s+/g, "")) throw new Error(`cannot evaluate =${formula}`);
  let at = 0;
  const peek = () => tokens[at];
  const take = (expected?: string): string => {
    const t = tokens[at++];
    if (t === undefined || (expected !== undefined && t !== expected)) throw new Error(`bad formula =${formula}`);
    return t;
  };
  const expr = (): number => {
    let value = term();
    for (let op = peek(); op === "+" || op === "-"; op = peek()) {
      take();
      value = op === "+" ? value + term() : value - term();
    }
    return value;
  };
  const term = (): number => {
    let value = factor();
    for (let op = peek(); op === "*" || op === "/"; op = peek()) {
      take();
      value = op === "*" ? value * factor() : value / factor();
    }
    return value;
  };
  const factor = (): number => {
    const t = take();
    if (t === "(") {
      const value = expr();
      take(")");
      return value;
    }
    if (t === "SUM") {
      take("(");
      let sum = 0;
      for (;;) {
        const from = cellOf(take());
        const to = peek() === ":" ? (take(), cellOf(take())) : from;
        for (let r = from.row; r <= to.row; r++)
          for (let c = from.col; c <= to.col; c++) sum += numberAt(ws, r, c, true);
        if (peek() === ",") take();
        else break;
      }
      take(")");
      return sum;
    }
    if (/^\d/.test(t)) return Number(t);
    const { row, col: c } = cellOf(t);
    return numberAt(ws, row, c, false);
  };
  const value = expr();
  if (at !== tokens.length) throw new Error(`bad formula =${formula}`);
  return value;
}

/** The fixed date every generated file carries, so regenerating changes no byte. */
export const FIXED_DATE = new Date(Date.UTC(2024, 2, 1));

/** A new workbook with fixed document properties. */
export function newWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "hgcs office-sheets";
  wb.lastModifiedBy = "hgcs office-sheets";
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  return wb;
}

/** Writes the workbook with every zip entry's time set to FIXED_DATE (JSZip stamps entries with "now"). */
export async function saveWorkbook(wb: ExcelJS.Workbook, file: string): Promise<void> {
  const buffer = Buffer.from(await wb.xlsx.writeBuffer());
  await writeFile(file, fixZipDates(buffer));
}

// DOS date and time of FIXED_DATE (local midnight as zip tools read it).
const DOS_DATE = ((2024 - 1980) << 9) | (3 << 5) | 1;
const DOS_TIME = 0;

/**
 * Sets the modification time of every entry of a zip, in its local header and its central directory
 * record, walking the structure from the end-of-central-directory record (never scanning the data).
 */
export function fixZipDates(zip: Buffer): Buffer {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error("not a zip file");
  const entries = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < entries; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error("bad zip central directory");
    zip.writeUInt16LE(DOS_TIME, at + 12);
    zip.writeUInt16LE(DOS_DATE, at + 14);
    const local = zip.readUInt32LE(at + 42);
    if (zip.readUInt32LE(local) !== 0x04034b50) throw new Error("bad zip local header");
    zip.writeUInt16LE(DOS_TIME, local + 10);
    zip.writeUInt16LE(DOS_DATE, local + 12);
    at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return zip;
}
