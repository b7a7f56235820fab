import { fromA1, type MergedRange } from "@hgcs/core";

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
