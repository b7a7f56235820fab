// Draws rendered sheets (core's grid + layout) on new worksheets: contents and formats in one range
// write, then fonts, widths, styles, borders, merges and A4 print setup, all in one batch.
import type { Grid, RenderedSheet, SheetLayout } from "@hgcs/core";
import { cellContent } from "./cellWrites.js";
import { supportsSet } from "./host.js";
import { blockAddress } from "./rangeAddress.js";

// Excel's default column is 8.43 characters = 48 points wide.
const pointsPerChar = 48 / 8.43;
const edges = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal"] as const;
const horizontal = { left: "Left", center: "Center", right: "Right" } as const;
const vertical = { top: "Top", middle: "Center", bottom: "Bottom" } as const;

/** Adds the sheet (a free name near the layout's) and returns the name used. Two syncs: names, then the draw. */
export async function writeNewSheet(grid: Grid, layout: SheetLayout): Promise<string> {
  const [name] = await writeNewSheets([{ grid, layout }]);
  return name as string;
}

/**
 * Adds the sheets in order (free names near their layouts'), all drawn in one batch whatever their number
 * (the blank lists of every conference); the first becomes active. Two syncs: names, then the draw.
 */
export async function writeNewSheets(sheets: readonly RenderedSheet[]): Promise<string[]> {
  return Excel.run(async (context) => {
    const collection = context.workbook.worksheets;
    collection.load("items/name");
    await context.sync();
    const taken = collection.items.map((s) => s.name);
    const names: string[] = [];
    let first: Excel.Worksheet | undefined;
    for (const { grid, layout } of sheets) {
      const name = freeName(layout.sheet, taken);
      taken.push(name);
      names.push(name);
      const ws = collection.add(name);
      first ??= ws;
      draw(ws, grid, layout);
    }
    first?.activate();
    await context.sync();
    return names;
  });
}

function draw(ws: Excel.Worksheet, grid: Grid, layout: SheetLayout): void {
  const height = grid.rows.length;
  const width = Math.max(1, ...grid.rows.map((r) => r?.length ?? 0));
  if (height > 0) {
    const all = ws.getRange(blockAddress(0, 0, height, width));
    all.formulas = grid.rows.map((row) => Array.from({ length: width }, (_, c) => cellContent(row?.[c])));
    all.numberFormat = grid.rows.map((row) =>
      Array.from({ length: width }, (_, c) => row?.[c]?.numberFormat ?? "General"),
    );
    all.format.font.name = layout.font.name;
    all.format.font.size = layout.font.size;
  }
  for (const col of layout.columns)
    ws.getRange(`${col.column}:${col.column}`).format.columnWidth = col.width * pointsPerChar;
  for (const row of layout.rowHeights) ws.getRange(`${row.row}:${row.row}`).format.rowHeight = row.height;
  for (const { range, style } of layout.styles) {
    const format = ws.getRange(range).format;
    if (style.bold !== undefined) format.font.bold = style.bold;
    if (style.italic !== undefined) format.font.italic = style.italic;
    if (style.underline !== undefined) format.font.underline = style.underline ? "Single" : "None";
    if (style.size !== undefined) format.font.size = style.size;
    if (style.horizontal) format.horizontalAlignment = horizontal[style.horizontal];
    if (style.vertical) format.verticalAlignment = vertical[style.vertical];
    if (style.wrap !== undefined) format.wrapText = style.wrap;
    if (style.fill !== undefined) format.fill.color = `#${style.fill}`;
  }
  for (const range of layout.borders) {
    const borders = ws.getRange(range).format.borders;
    for (const edge of edges) borders.getItem(edge).style = "Continuous";
  }
  for (const range of layout.merges) ws.getRange(range).merge(false);
  if (supportsSet("ExcelApi", "1.9")) printSetup(ws, layout.print);
}

function printSetup(ws: Excel.Worksheet, print: SheetLayout["print"]): void {
  const page = ws.pageLayout;
  page.paperSize = "A4";
  page.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
  page.zoom = { horizontalFitToPages: print.fitToWidth, verticalFitToPages: print.fitToHeight };
  page.leftMargin = print.margins.left * 72;
  page.rightMargin = print.margins.right * 72;
  page.topMargin = print.margins.top * 72;
  page.bottomMargin = print.margins.bottom * 72;
  page.centerHorizontally = print.horizontalCentered;
  page.setPrintTitleRows(`$${print.printTitleRows.first}:$${print.printTitleRows.last}`);
}

/** "Dự toán", else "Dự toán (2)", "Dự toán (3)"… (Excel names are case-insensitive). */
export function freeName(wanted: string, taken: readonly string[]): string {
  const used = new Set(taken.map((t) => t.toLocaleLowerCase()));
  if (!used.has(wanted.toLocaleLowerCase())) return wanted;
  for (let i = 2; ; i++) {
    const candidate = `${wanted} (${i})`;
    if (!used.has(candidate.toLocaleLowerCase())) return candidate;
  }
}
