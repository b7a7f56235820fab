import type { Cell, Grid, MergedRange } from "../grid/grid.js";
import { columnLetters, toA1 } from "../grid/a1.js";
import type { CellStyle, PrintSetup, RenderedTableRanges, RowHeight, SheetLayout, StyledRange } from "./sheetLayout.js";

/** What a drawn table's layout needs besides what the builder collected while drawing. */
export interface TableLayoutSpec {
  readonly font: { readonly name: string; readonly size: number };
  /** Column widths from column A, in Excel characters. */
  readonly widths: readonly number[];
  readonly orientation: PrintSetup["orientation"];
  /** The table's header rows (0-based, inclusive), repeated on every printed page. */
  readonly headerRows: { readonly first: number; readonly last: number };
  readonly margins: PrintSetup["margins"];
  /** Where the table's parts are; the whole table is drawn with borders. */
  readonly table: RenderedTableRanges;
}

/** A1 range of 0-based inclusive bounds: "A1" for one cell, else "A1:H1". */
export function rangeA1(top: number, left: number, bottom = top, right = left): string {
  const start = toA1(top, left);
  return top === bottom && left === right ? start : `${start}:${toA1(bottom, right)}`;
}

/** Collects cells, merges, styles and row heights while a sheet is drawn top to bottom. */
export class SheetBuilder {
  private readonly rows: (Cell | null)[][] = [];
  private readonly merged: MergedRange[] = [];
  private readonly styled: StyledRange[] = [];
  private readonly heights = new Map<number, number>();

  constructor(
    readonly sheet: string,
    readonly font: string,
  ) {}

  /** Writes one cell (0-based row and column). */
  set(r: number, c: number, cell: Omit<Cell, "font">): void {
    const row = (this.rows[r] ??= []);
    row[c] = { ...cell, font: this.font };
  }

  /** Writes text, optionally merged to column `right`, with a style over the written range. */
  text(r: number, c: number, value: string, style?: CellStyle, right = c): void {
    this.set(r, c, { value });
    if (right > c) this.merge(r, c, r, right);
    if (style) this.style(r, c, r, right, style);
  }

  merge(top: number, left: number, bottom: number, right: number): void {
    this.merged.push({ top, left, bottom, right });
  }

  style(top: number, left: number, bottom: number, right: number, style: CellStyle): void {
    this.styled.push({ range: rangeA1(top, left, bottom, right), style });
  }

  /** Keeps the tallest height asked for a row (points). */
  height(r: number, points: number): void {
    this.heights.set(r, Math.max(points, this.heights.get(r) ?? 0));
  }

  grid(): Grid {
    const rows = Array.from({ length: this.rows.length }, (_, r) => this.rows[r] ?? []);
    return { sheet: this.sheet, rows, merges: [...this.merged] };
  }

  merges(): string[] {
    return this.merged.map((m) => rangeA1(m.top, m.left, m.bottom, m.right));
  }

  styles(): StyledRange[] {
    return [...this.styled];
  }

  /** The layout of a sheet of one bordered table, printed on A4 one page wide. */
  tableLayout(spec: TableLayoutSpec): SheetLayout {
    return {
      sheet: this.sheet,
      font: spec.font,
      columns: spec.widths.map((width, c) => ({ column: columnLetters(c), width })),
      rowHeights: this.rowHeights(),
      styles: this.styles(),
      borders: [spec.table.table],
      merges: this.merges(),
      print: {
        paperSize: "A4",
        orientation: spec.orientation,
        fitToWidth: 1,
        fitToHeight: 0,
        printTitleRows: { first: spec.headerRows.first + 1, last: spec.headerRows.last + 1 },
        margins: spec.margins,
        horizontalCentered: true,
      },
      table: spec.table,
    };
  }

  rowHeights(): RowHeight[] {
    return [...this.heights].sort((a, b) => a[0] - b[0]).map(([r, height]) => ({ row: r + 1, height }));
  }
}
