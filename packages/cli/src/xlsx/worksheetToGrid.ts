import { type Cell, type CellValue, type Grid } from "@hgcs/core";
import type ExcelJS from "exceljs";
import { parseMerges } from "../ooxml/mergeRefs.js";

/**
 * Reads an ExcelJS worksheet into a core Grid (from A1): values (cached results for formulas), formulas,
 * number formats, fonts, hidden rows/columns and merged areas. As in Office.js, only the top-left cell of
 * a merged area keeps its value; ExcelJS repeats it into every cell of the area.
 */
export function worksheetToGrid(ws: ExcelJS.Worksheet): Grid {
  const merges = parseMerges(ws.model.merges ?? []);
  // Only the columns the sheet declares (never columnCount, which ExcelJS recomputes over every row).
  const hiddenCols = new Set<number>();
  (ws.columns ?? []).forEach((column, c) => {
    if (column?.hidden) hiddenCols.add(c);
  });

  const rows: (Cell | undefined)[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const r = rowNumber - 1;
    const cells: (Cell | undefined)[] = [];
    row.eachCell({ includeEmpty: false }, (excelCell, colNumber) => {
      const c = colNumber - 1;
      cells[c] = toCell(excelCell, row.hidden || hiddenCols.has(c));
    });
    rows[r] = cells;
  });
  // A merged area keeps only its top-left cell; the covered cells are found among those that exist.
  for (const m of merges) {
    for (let r = m.top; r <= Math.min(m.bottom, rows.length - 1); r++) {
      const cells = rows[r];
      if (!cells) continue;
      for (let c = m.left; c <= Math.min(m.right, cells.length - 1); c++) {
        if (r !== m.top || c !== m.left) cells[c] = undefined;
      }
    }
  }
  return { sheet: ws.name, rows, merges };
}

function toCell(excelCell: ExcelJS.Cell, hidden: boolean): Cell {
  const raw = excelCell.value as unknown;
  let value: CellValue = null;
  let formula: string | undefined;
  if (raw && typeof raw === "object" && !(raw instanceof Date)) {
    const o = raw as Record<string, unknown>;
    if (typeof o.formula === "string" || typeof o.sharedFormula === "string") {
      formula = typeof o.formula === "string" ? o.formula : excelCell.formula;
      value = plainValue(o.result);
    } else if (Array.isArray(o.richText)) {
      value = (o.richText as { text: string }[]).map((t) => t.text).join("");
    } else if (typeof o.error === "string") {
      value = { error: o.error };
    } else if (typeof o.text === "string") {
      value = o.text; // hyperlink
    }
  } else {
    value = plainValue(raw);
  }
  const font = excelCell.font?.name;
  const numberFormat = excelCell.numFmt;
  return {
    value,
    ...(formula ? { formula } : {}),
    ...(numberFormat ? { numberFormat } : {}),
    ...(font ? { font } : {}),
    ...(hidden ? { hidden: true } : {}),
  };
}

function plainValue(raw: unknown): CellValue {
  if (raw === undefined || raw === null) return null;
  if (typeof raw === "string" || typeof raw === "number" || typeof raw === "boolean") return raw;
  if (raw instanceof Date) return excelSerialOf(raw);
  if (typeof raw === "object" && typeof (raw as { error?: unknown }).error === "string") {
    return { error: (raw as { error: string }).error };
  }
  return null;
}

// ExcelJS turns date-formatted serials into JS Dates (UTC); give core the serial back.
function excelSerialOf(d: Date): number {
  return d.getTime() / 86_400_000 + 25569;
}
