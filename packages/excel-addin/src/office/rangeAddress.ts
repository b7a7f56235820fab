import { type MergedRange } from "@hgcs/core";
import { fromA1, toA1 } from "@hgcs/core/sheet";

/**
 * "D5:F9" for a block given by its 0-based top-left corner and size. Used instead of getRangeByIndexes,
 * which needs ExcelApi 1.7 (Excel 2016 stops at 1.4 or lower).
 */
export function blockAddress(top: number, left: number, rows: number, cols: number): string {
  return `${toA1(top, left)}:${toA1(top + rows - 1, left + cols - 1)}`;
}

/**
 * Parses a RangeAreas address ("'Dự toán'!A5:H5,'Dự toán'!A6:H6") into sheet rectangles (0-based).
 * Sheet names may be quoted and contain commas, so the prefix is stripped before splitting.
 */
export function parseAreas(address: string): MergedRange[] {
  const local = address.replace(/'(?:[^']|'')*'!|[^,'!]+!/g, "");
  const out: MergedRange[] = [];
  for (const part of local.split(",")) {
    const [a, b] = part.trim().split(":");
    const from = a ? fromA1(a) : undefined;
    const to = b ? fromA1(b) : from;
    if (from && to) out.push({ top: from.row, left: from.col, bottom: to.row, right: to.col });
  }
  return out;
}
