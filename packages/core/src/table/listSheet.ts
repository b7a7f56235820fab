import { isoToExcelSerial } from "../dates/excelSerial.js";
import { isIsoDate } from "../dates/isoDate.js";
import type { Cell, CellValue } from "../grid/grid.js";
import { columnLetters, toA1 } from "../grid/a1.js";
import type { Plan } from "../plan/planSchema.js";
import { rangeA1, SheetBuilder } from "./sheetBuilder.js";
import type { CellStyle, RenderedSheet } from "./sheetLayout.js";
import { planDateLine } from "./titleBlock.js";
import { wrappedHeight } from "./textHeight.js";

/** A column of a signed list: its header, width (Excel characters) and what its cells hold. */
export interface ListColumn {
  readonly header: string;
  readonly width: number;
  /**
   * `number` = STT (1, 2, …), `count`/`money` are totalled with a live SUM, `sign` stays blank for
   * signatures, `date` takes ISO dates and writes them as Excel date serials shown dd/mm/yyyy (a text
   * date would be re-read by the reader's locale).
   */
  readonly kind: "number" | "text" | "count" | "money" | "sign" | "date";
}

/** What to draw: a title block, one table with a total row (unless `total: false`), optional words line, notes and signatures. */
export interface ListSheetSpec {
  readonly sheet: string;
  readonly plan: Plan;
  /** Title lines, the first in bold capitals. */
  readonly title: readonly string[];
  readonly columns: readonly ListColumn[];
  /** Body rows: one value per non-STT column, in column order (null = blank). */
  readonly rows: readonly (readonly CellValue[])[];
  /** False leaves out the TỔNG CỘNG row (a schedule has nothing to add up); the layout's total and totalCell are then "". */
  readonly total?: boolean;
  /** The column whose total is read in words ("Bằng chữ: …"); its words text, or undefined for a label-only line. */
  readonly words?: { readonly column: number; readonly text?: string };
  readonly notes?: readonly string[];
  /** Signature headings, left to right (e.g. NGƯỜI LẬP BIỂU, THỦ TRƯỞNG ĐƠN VỊ). */
  readonly signatures: readonly string[];
}

const fontName = "Times New Roman";
const fontSize = 12;
const numberFormat = "#,##0";
const dateFormat = "dd/mm/yyyy";

/**
 * Draws a signed list the way offices lay one out: agency and national motto on top, the title, the
 * table (bordered, header repeated on each printed page), a TỔNG CỘNG row (unless `total: false`) whose amounts are live
 * `=SUM(...)` formulas over the body (with the computed values cached), the words line, notes, the
 * date line and signature headings. Blank body rows stay empty so the list can be filled by hand.
 */
export function renderListSheet(spec: ListSheetSpec): RenderedSheet {
  const b = new SheetBuilder(spec.sheet, fontName);
  const cols = spec.columns;
  const last = cols.length - 1;
  const split = Math.max(1, Math.floor(cols.length / 2) - 1);
  const plan = spec.plan;
  b.text(0, 0, plan.issuer.parentAgency.toUpperCase(), { horizontal: "center" }, split);
  b.text(0, split + 1, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { bold: true, horizontal: "center" }, last);
  b.text(1, 0, plan.issuer.agency.toUpperCase(), { bold: true, horizontal: "center" }, split);
  b.text(1, split + 1, "Độc lập - Tự do - Hạnh phúc", { bold: true, horizontal: "center" }, last);
  let r = 3;
  spec.title.forEach((line, i) => {
    const style: CellStyle =
      i === 0 ? { bold: true, horizontal: "center", wrap: true } : { italic: true, horizontal: "center", wrap: true };
    b.text(r++, 0, i === 0 ? line.toUpperCase() : line, style, last);
  });
  r++;
  const headerRow = r;
  cols.forEach((c, i) => b.set(headerRow, i, { value: c.header }));
  b.style(headerRow, 0, headerRow, last, { bold: true, horizontal: "center", vertical: "middle", wrap: true });
  const bodyTop = headerRow + 1;
  spec.rows.forEach((values, k) => {
    const row = bodyTop + k;
    let v = 0;
    cols.forEach((c, i) => {
      if (c.kind === "number") {
        b.set(row, i, { value: k + 1 });
        return;
      }
      const value = values[v++] ?? null;
      if (value !== null && c.kind !== "sign") b.set(row, i, bodyCell(c, value));
    });
  });
  const bodyBottom = bodyTop + spec.rows.length - 1;
  const totalRow = bodyTop + spec.rows.length;
  const withTotal = spec.total !== false;
  // The table's last row: the total, or the last body row without one.
  const end = withTotal ? totalRow : bodyBottom;
  const labelCol = Math.max(
    0,
    cols.findIndex((c) => c.kind === "text"),
  );
  if (withTotal) {
    b.text(totalRow, labelCol, "Tổng cộng", { bold: true, horizontal: "center" });
    cols.forEach((c, i) => {
      if (!numeric(c)) return;
      const total = spec.rows.reduce((s, values) => s + numberIn(values[valueIndex(cols, i)]), 0);
      const formula = spec.rows.length === 0 ? "0" : `SUM(${toA1(bodyTop, i)}:${toA1(bodyBottom, i)})`;
      b.set(totalRow, i, { value: total, formula, numberFormat });
      b.style(totalRow, i, totalRow, i, { bold: true });
    });
  }
  if (end >= bodyTop) {
    b.style(bodyTop, 0, end, 0, { horizontal: "center" });
    cols.forEach((c, i) => {
      if (c.kind === "date") b.style(bodyTop, i, end, i, { horizontal: "center" });
    });
  }
  r = end + 1;
  let wordsCell = withTotal ? toA1(totalRow, labelCol) : "";
  if (spec.words) {
    wordsCell = toA1(r, 0);
    b.text(
      r++,
      0,
      spec.words.text === undefined ? "Bằng chữ:" : `Bằng chữ: ${spec.words.text}`,
      { italic: true },
      last,
    );
  }
  for (const note of spec.notes ?? []) b.text(r++, 0, note, { italic: true, wrap: true }, last);
  r++;
  // Signature blocks share the width equally (the last one takes the rest); the date line sits over the last.
  const k = Math.max(1, Math.min(spec.signatures.length, cols.length));
  const block = (i: number) => ({
    left: Math.floor((i * cols.length) / k),
    right: Math.floor(((i + 1) * cols.length) / k) - 1,
  });
  const lastBlock = block(k - 1);
  b.text(r++, lastBlock.left, planDateLine(plan), { italic: true, horizontal: "center" }, lastBlock.right);
  spec.signatures.slice(0, k).forEach((title, i) => {
    const { left, right } = block(i);
    b.text(r, left, title, { bold: true, horizontal: "center", wrap: true }, right);
    b.text(r + 1, left, "(Ký, ghi rõ họ tên)", { italic: true, horizontal: "center" }, right);
  });
  // "KT. GIÁM ĐỐC" over "PHÓ GIÁM ĐỐC": the row shows both lines.
  const lines = Math.max(...spec.signatures.slice(0, k).map((t) => t.split("\n").length));
  if (lines > 1) b.height(r, wrappedHeight(Array(lines).fill("x").join("\n"), 10, fontSize));
  const grid = b.grid();
  const table = rangeA1(headerRow, 0, end, last);
  return {
    grid,
    layout: {
      sheet: spec.sheet,
      font: { name: fontName, size: fontSize },
      columns: cols.map((c, i) => ({ column: columnLetters(i), width: c.width })),
      rowHeights: [...b.rowHeights(), { row: headerRow + 1, height: 33 }],
      styles: b.styles(),
      borders: [table],
      merges: b.merges(),
      print: {
        paperSize: "A4",
        orientation: cols.length > 5 ? "landscape" : "portrait",
        fitToWidth: 1,
        fitToHeight: 0,
        printTitleRows: { first: headerRow + 1, last: headerRow + 1 },
        margins: { left: 0.6, right: 0.4, top: 0.6, bottom: 0.6 },
        horizontalCentered: true,
      },
      table: {
        header: rangeA1(headerRow, 0, headerRow, last),
        body: rangeA1(bodyTop, 0, Math.max(bodyTop, bodyBottom), last),
        total: withTotal ? rangeA1(totalRow, 0, totalRow, last) : "",
        table,
        words: wordsCell,
        totalCell: withTotal ? toA1(totalRow, spec.words?.column ?? cols.findIndex(numeric)) : "",
      },
    },
  };
}

// A body value as its cell: numbers formatted, ISO dates as date serials, anything else as given.
function bodyCell(c: ListColumn, value: CellValue): Cell {
  if (numeric(c)) return { value, numberFormat };
  if (c.kind === "date" && typeof value === "string" && isIsoDate(value)) {
    const serial = isoToExcelSerial(value);
    if (serial !== undefined) return { value: serial, numberFormat: dateFormat };
  }
  return { value };
}

function numeric(c: ListColumn): boolean {
  return c.kind === "count" || c.kind === "money";
}

// Body values skip the STT column.
function valueIndex(cols: readonly ListColumn[], col: number): number {
  return cols.slice(0, col).filter((c) => c.kind !== "number").length;
}

function numberIn(v: CellValue | undefined): number {
  return typeof v === "number" && Number.isFinite(v) ? v : 0;
}
