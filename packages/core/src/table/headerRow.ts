import type { SheetView } from "./view.js";

const maxHeaderText = 60;

/** rowRoles with another sheet kind's header vocabulary (see matchVocabulary). */
export function rowRolesBy<R>(view: SheetView, r: number, roleOf: (folded: string) => R | undefined): Map<R, number> {
  const roles = new Map<R, number>();
  if (isBodyRow(view, r)) return roles;
  for (let c = 0; c < view.width(r); c++) {
    const v = view.value(r, c);
    // Headers are short texts; skipping long ones keeps the scan cheap on big sheets.
    if (typeof v !== "string" || v.length > maxHeaderText) continue;
    const role = roleOf(view.folded(r, c));
    if (role && !roles.has(role)) roles.set(role, c);
  }
  return roles;
}

/**
 * True for a row with two numbers: a body row, never a header. Testing it before folding any text (or
 * building anything) keeps the header scan linear and cheap.
 */
export function isBodyRow(view: SheetView, r: number): boolean {
  return numericCells(view, r) >= 2;
}

/** True when a row can be the lower half of a two-row header: only short texts, no numbers or formulas. */
export function isHeaderLike(view: SheetView, r: number): boolean {
  for (let c = 0; c < view.width(r); c++) {
    if (view.isEmpty(r, c)) continue;
    const v = view.value(r, c);
    if (typeof v !== "string" || v.length > maxHeaderText || view.formula(r, c) !== undefined) return false;
  }
  return true;
}

/** True for a column-number row: "(1) (2) … (7)=(4)x(5)x(6)" or 1 2 3 …, increasing, at least three. */
export function isColumnNumbersRow(view: SheetView, r: number): boolean {
  let count = 0;
  let last = 0;
  for (let c = 0; c < view.width(r); c++) {
    if (view.isEmpty(r, c)) continue;
    const m = /^\(?(\d{1,2})\)?(\s*=.*)?$/.exec(view.text(r, c));
    if (!m) return false;
    const n = Number(m[1]);
    if (n <= last) return false;
    last = n;
    count++;
  }
  return count >= 3;
}

const numberLike = /^[\s\d.,()%-]+$/;

/** How many cells of a row hold a number, a formula or a number typed as text (stops counting at 2). */
function numericCells(view: SheetView, r: number): number {
  let n = 0;
  for (let c = 0; c < view.width(r) && n < 2; c++) {
    const v = view.value(r, c);
    if (
      typeof v === "number" ||
      view.formula(r, c) !== undefined ||
      (typeof v === "string" && numberLike.test(v) && /\d/.test(v) && !/^\(\d+\)/.test(v))
    )
      n++;
  }
  return n;
}
