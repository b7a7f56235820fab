import { type RenderedSheet } from "@hgcs/core";
import { fromA1, isCellError, toA1, type CellStyle } from "@hgcs/core/sheet";
import type ExcelJS from "exceljs";

const thin: Partial<ExcelJS.Border> = { style: "thin" };
const A4 = 9; // the OOXML paperSize code of A4

/**
 * Adds a rendered sheet to a workbook as a finished, printable worksheet: the values and live formulas
 * (with the results core computed), number formats, the layout's font (Times New Roman), bold/italic/
 * centred ranges, thin borders, column widths, row heights, merges and an A4 page setup.
 */
export function writeRendered(wb: ExcelJS.Workbook, rendered: RenderedSheet): ExcelJS.Worksheet {
  const { grid, layout } = rendered;
  const ws = wb.addWorksheet(layout.sheet, {
    pageSetup: {
      paperSize: A4,
      orientation: layout.print.orientation,
      fitToPage: true,
      fitToWidth: layout.print.fitToWidth,
      fitToHeight: layout.print.fitToHeight,
      horizontalCentered: layout.print.horizontalCentered,
      printTitlesRow: `${layout.print.printTitleRows.first}:${layout.print.printTitleRows.last}`,
      margins: { ...layout.print.margins, header: 0.3, footer: 0.3 },
    },
  });
  for (const c of layout.columns) ws.getColumn(c.column).width = c.width;
  for (const h of layout.rowHeights) ws.getRow(h.row).height = h.height;

  const top = grid.origin?.row ?? 0;
  const left = grid.origin?.col ?? 0;
  const touched = new Set<string>();
  grid.rows.forEach((row, r) =>
    row?.forEach((cell, c) => {
      if (!cell) return;
      const address = toA1(top + r, left + c);
      const target = ws.getCell(address);
      const cached = typeof cell.value === "number" || typeof cell.value === "string" ? cell.value : undefined;
      if (cell.formula !== undefined) {
        target.value = cached === undefined ? { formula: cell.formula } : { formula: cell.formula, result: cached };
      } else if (!isCellError(cell.value)) {
        target.value = cell.value;
      }
      if (cell.numberFormat) target.numFmt = cell.numberFormat;
      touched.add(address);
    }),
  );

  // Later style entries override earlier ones, property by property.
  const styles = new Map<string, CellStyle>();
  for (const s of layout.styles) for (const a of cellsOf(s.range)) styles.set(a, { ...styles.get(a), ...s.style });
  const bordered = new Set(layout.borders.flatMap(cellsOf));

  for (const address of new Set([...touched, ...styles.keys(), ...bordered])) {
    const cell = ws.getCell(address);
    const s = styles.get(address) ?? {};
    cell.font = {
      name: layout.font.name,
      size: s.size ?? layout.font.size,
      ...(s.bold ? { bold: true } : {}),
      ...(s.italic ? { italic: true } : {}),
      ...(s.underline ? { underline: true } : {}),
    };
    if (s.horizontal || s.vertical || s.wrap) {
      cell.alignment = {
        ...(s.horizontal ? { horizontal: s.horizontal } : {}),
        ...(s.vertical ? { vertical: s.vertical } : {}),
        ...(s.wrap ? { wrapText: true } : {}),
      };
    }
    if (s.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${s.fill}` } };
    if (bordered.has(address)) cell.border = { top: thin, left: thin, bottom: thin, right: thin };
  }
  for (const m of layout.merges) ws.mergeCells(m);
  wb.calcProperties = { ...wb.calcProperties, fullCalcOnLoad: true };
  return ws;
}

/** The A1 addresses of a range ("A1" or "A11:H27"). */
function cellsOf(range: string): string[] {
  const [a, b] = range.split(":");
  const from = a ? fromA1(a) : undefined;
  const to = b ? fromA1(b) : from;
  if (!from || !to) return [];
  const out: string[] = [];
  for (let r = Math.min(from.row, to.row); r <= Math.max(from.row, to.row); r++) {
    for (let c = Math.min(from.col, to.col); c <= Math.max(from.col, to.col); c++) out.push(toA1(r, c));
  }
  return out;
}
