import type { Grid } from "../grid/grid.js";
import { foldText } from "../text/normalize.js";
import { SheetView } from "./view.js";

/** The office a sheet belongs to, as its title block names it, and the cell it was read from. */
export interface UnitName {
  /** "PHÒNG TƯ PHÁP HUYỆN NHƯ THANH", "UBND XÃ AN CƯ": the unit line, with its parent's place when it has none. */
  readonly name: string;
  /** A1 address of the unit line (the grid's origin added). */
  readonly cell: string;
}

// Title blocks sit in the first rows; an agency line below row 12 is something else.
const searchRows = 12;

const motto = /^(cong hoa xa hoi chu nghia viet nam|doc lap\b)/;
const agencyStart =
  /^(ubnd|uy ban|so |phong |hoi dong|hoi |mat tran|ban (chi dao|tuyen giao|dan van|quan ly)|trung tam|doan |van phong|cuc |bo |tong cuc|chi cuc|thanh doan|huyen doan|tinh doan)/;
// A place level inside an agency line: "UBND XÃ AN CƯ" has its own place, "PHÒNG TƯ PHÁP" does not.
const placeLevel = /\b(tinh|thanh pho|tp|huyen|quan|thi xa|xa|phuong|thi tran|dac khu)\b/;
const oneWordLevel = /^(tinh|tp\.?|huyen|quan|xa|phuong)$/;
const twoWordLevel = /^(thanh pho|thi xa|thi tran|dac khu)$/;
// Titles that start like an agency line once folded.
const notAgency = /^(bang |danh sach|du toan|ke hoach|so (\d|tt\b|luong|tien))/;

/**
 * Reads which office a sheet belongs to from its title block: the agency lines at the top left
 * ("UBND HUYỆN NHƯ THANH" over "PHÒNG TƯ PHÁP"), never the national motto beside them. The unit is the
 * lower line; when that line names no place ("PHÒNG TƯ PHÁP", "SỞ TƯ PHÁP") the parent's place is added.
 * Undefined when the top rows hold no agency line — the caller names the unit otherwise (e.g. by file).
 */
export function readUnitName(grid: Grid): UnitName | undefined {
  const view = new SheetView(grid);
  const lines: { row: number; col: number; text: string; folded: string }[] = [];
  for (let r = 0; r < Math.min(view.rowCount, searchRows); r++) {
    const line = agencyLineIn(view, r);
    if (line) lines.push(line);
    else if (lines.length > 0) break;
  }
  const unit = lines.at(-1);
  if (!unit) return undefined;
  const parent = lines.length > 1 ? lines.at(-2) : undefined;
  const place = parent && !placeLevel.test(unit.folded) ? placeOf(parent.text) : undefined;
  return { name: place ? `${unit.text} ${place}` : unit.text, cell: view.address(unit.row, unit.col) };
}

/** "HUYỆN NHƯ THANH" of "UBND HUYỆN NHƯ THANH": the words from the first place level on. */
function placeOf(text: string): string | undefined {
  const words = text.split(" ");
  const folded = words.map(foldText);
  for (let i = 0; i < words.length; i++) {
    const one = folded[i] ?? "";
    const two = `${one} ${folded[i + 1] ?? ""}`;
    if (oneWordLevel.test(one) || twoWordLevel.test(two)) return words.slice(i).join(" ");
  }
  return undefined;
}

/** The leftmost text of row r when it is an agency line (not the motto, the date, a number or a rule). */
function agencyLineIn(view: SheetView, r: number) {
  for (let c = 0; c < view.width(r); c++) {
    const text = view
      .text(r, c)
      .replace(/[-–—_=.\s]+$/u, "")
      .trim();
    if (text === "") continue;
    const folded = view.folded(r, c);
    if (motto.test(folded) || notAgency.test(folded) || !agencyStart.test(folded)) return undefined;
    return { row: r, col: c, text, folded };
  }
  return undefined;
}
