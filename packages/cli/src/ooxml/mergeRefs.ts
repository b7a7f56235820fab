import type { MergedRange } from "@hgcs/core";
import { fromA1 } from "@hgcs/core/sheet";

/** Excel's limits: a cell past them means a damaged or forged package. */
export const maxRows = 1_048_576;
export const maxColumns = 16_384;

/**
 * Merged-area references as a sheet declares them ("A1:C3", either corner first, or "B2") → 0-based areas,
 * one per top-left cell (the last declared wins); references that are no cell within Excel's limits are
 * skipped.
 */
export function parseMerges(refs: readonly string[]): MergedRange[] {
  const byMaster = new Map<string, MergedRange>();
  for (const ref of refs) {
    const [a, b] = ref.split(":");
    const from = a ? cellWithinLimits(a) : undefined;
    const to = b ? cellWithinLimits(b) : from;
    if (!from || !to) continue;
    const area = {
      top: Math.min(from.row, to.row),
      left: Math.min(from.col, to.col),
      bottom: Math.max(from.row, to.row),
      right: Math.max(from.col, to.col),
    };
    byMaster.set(`${area.top}:${area.left}`, area);
  }
  return [...byMaster.values()];
}

function cellWithinLimits(ref: string): { row: number; col: number } | undefined {
  const at = fromA1(ref);
  return at && at.col < maxColumns && at.row < maxRows ? at : undefined;
}
