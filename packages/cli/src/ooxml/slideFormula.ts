import { columnIndex, columnLetters } from "@hgcs/core/sheet";

// The spelling ExcelJS uses to move a shared formula from its master cell to a clone: every reference not
// followed by "(" (a function) is shifted by the clone's offset, unless anchored with "$".
const candidate = /(([a-z_\-0-9]*)!)?([a-z0-9_$]{2,})([(])?/gi;
const reference = /^([$])?([a-z]+)([$])?([1-9][0-9]*)$/i;

/**
 * A shared formula as it reads in a clone `rows`/`cols` away from its master (0-based offsets), the way
 * Excel (and ExcelJS) derive it: relative references move, "$" anchors stay, names and functions are kept.
 */
export function slideFormula(formula: string, rows: number, cols: number): string {
  return formula.replace(candidate, (whole: string, sheet: string | undefined, _name, address: string, paren) => {
    if (paren) return whole;
    const m = reference.exec(address);
    if (!m) return whole;
    const letters = (m[2] ?? "").toUpperCase();
    if (letters.length > 3 || (letters.length === 3 && letters > "XFD")) return whole;
    const col = columnIndex(letters) + (m[1] ? 0 : cols);
    const row = Number(m[4]) + (m[3] ? 0 : rows);
    return `${sheet ?? ""}${m[1] ?? ""}${columnLetters(col)}${m[3] ?? ""}${row}`;
  });
}
