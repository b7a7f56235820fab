import { isColumnNumbersRow, isHeaderLike, rowRolesBy } from "./headerRow.js";
import { scanBody, type BodyMarker, type WordsPlace } from "./scanBody.js";
import { isSignatureText, isTotalText, splitWordsLine } from "./rowLabel.js";
import type { SheetView } from "./view.js";

/** A list table found in a sheet (0-based grid coordinates). */
export interface ListTable<R> {
  readonly headerRow: number;
  readonly columns: ReadonlyMap<R, number>;
  readonly bodyTop: number;
  /** Last non-blank body row (bodyTop − 1 when the body is empty). */
  readonly bodyBottom: number;
  readonly totalRow?: number;
  readonly words?: WordsPlace;
}

/**
 * Finds a list table (delegate list, payment list, distribution sheet) the way the estimate engine
 * finds its table: a header row whose cells name the required roles in any order and wording (the
 * kind's vocabulary, matched accent- and case-insensitively; a two-row header's lower half fills in
 * missing roles), an optional "(1) (2) …" row, then the body down to the TỔNG CỘNG row, the words
 * line or the signatures. The header naming the most roles wins.
 */
export function locateListTable<R>(
  view: SheetView,
  roleOf: (folded: string) => R | undefined,
  required: readonly R[],
): ListTable<R> | undefined {
  let best: { row: number; bottom: number; roles: Map<R, number> } | undefined;
  for (let r = 0; r < view.rowCount; r++) {
    const roles = rowRolesBy(view, r, roleOf);
    if (roles.size === 0) continue;
    let bottom = r;
    if (r + 1 < view.rowCount && isHeaderLike(view, r + 1)) {
      const lower = rowRolesBy(view, r + 1, roleOf);
      for (const [role, col] of lower) {
        if (!roles.has(role)) {
          roles.set(role, col);
          bottom = r + 1;
        }
      }
    }
    if (required.every((role) => roles.has(role)) && (!best || roles.size > best.roles.size))
      best = { row: r, bottom, roles };
  }
  if (!best) return undefined;
  const numbers = best.bottom + 1 < view.rowCount && isColumnNumbersRow(view, best.bottom + 1);
  const bodyTop = best.bottom + (numbers ? 2 : 1);
  const { bodyBottom, totalRow, words } = scanBody(view, bodyTop, view.rowCount, (r) => rowMarker(view, r));
  return {
    headerRow: best.row,
    columns: best.roles,
    bodyTop,
    bodyBottom,
    ...(totalRow === undefined ? {} : { totalRow }),
    ...(words ? { words } : {}),
  };
}

// A total, words or signature label can sit in any of the row's first text cells.
function rowMarker(view: SheetView, r: number): BodyMarker {
  for (let c = 0; c < Math.min(view.width(r), 4); c++) {
    const f = view.folded(r, c);
    if (f === "") continue;
    if (isTotalText(f) || f === "cong") return "total";
    if (splitWordsLine(view.text(r, c))) return "words";
    if (isSignatureText(f)) return "signature";
    return undefined;
  }
  return undefined;
}
