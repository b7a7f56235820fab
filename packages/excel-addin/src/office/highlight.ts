// Which fills to set to mark finding cells, and which to put back; the originals come from the read.
import type { Severity } from "@hgcs/core";
import { cellKey, type CellFill, type CellRef } from "./cellFill.js";

/** A cell we coloured, with the fill it had before (undefined = no fill). */
export interface Highlight {
  readonly ref: CellRef;
  readonly original: CellFill | undefined;
}

/** One fill change: set a colour, or clear the fill. */
export interface FillChange {
  readonly ref: CellRef;
  readonly color?: string;
}

/** Excel's own "bad / neutral / note" tints, so marks look native and read in print preview. */
export const highlightColors: Readonly<Record<Severity, string>> = {
  error: "#FFC7CE",
  warning: "#FFEB9C",
  info: "#DDEBF7",
};

/**
 * Fill changes that first restore the previous marks, then mark the targets (the worst severity wins per cell).
 * A cell marked before keeps its first original: the fill read now may be our own mark.
 */
export function planHighlights(
  targets: readonly { readonly ref: CellRef; readonly severity: Severity }[],
  fills: ReadonlyMap<string, CellFill>,
  previous: readonly Highlight[],
): { changes: FillChange[]; applied: Highlight[] } {
  const before = new Map(previous.map((h) => [cellKey(h.ref), h]));
  const worst = new Map<string, { ref: CellRef; severity: Severity }>();
  const rank: Record<Severity, number> = { error: 3, warning: 2, info: 1 };
  for (const t of targets) {
    const key = cellKey(t.ref);
    const seen = worst.get(key);
    if (!seen || rank[t.severity] > rank[seen.severity]) worst.set(key, t);
  }
  const changes = restoreFills(previous.filter((h) => !worst.has(cellKey(h.ref))));
  const applied: Highlight[] = [];
  for (const [key, t] of worst) {
    const original = before.has(key) ? before.get(key)?.original : fills.get(key);
    applied.push({ ref: t.ref, original });
    changes.push({ ref: t.ref, color: highlightColors[t.severity] });
  }
  return { changes, applied };
}

/** Fill changes that put the original fills back. */
export function restoreFills(applied: readonly Highlight[]): FillChange[] {
  return applied.map((h) => (h.original ? { ref: h.ref, color: h.original.color } : { ref: h.ref }));
}
