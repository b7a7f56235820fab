import { foldText } from "../text/normalize.js";

/**
 * How a unit's name matched a list of names: one of them, several equally well, or none.
 * Indices are into the list searched.
 */
export type UnitNameMatch =
  | { readonly kind: "one"; readonly index: number }
  | { readonly kind: "ambiguous"; readonly indices: readonly number[] }
  | { readonly kind: "none" };

// The office part of a unit's name: a title block says "PHÒNG TƯ PHÁP HUYỆN NHƯ THANH" or "UBND XÃ AN CƯ", a plan
// "Phòng Tư pháp huyện Như Thanh" or "xã An Cư" — the same unit. Longest first, so "uy ban nhan dan" goes before "uy ban".
const offices = [
  "uy ban nhan dan",
  "uy ban",
  "ubnd",
  "phong tu phap",
  "so tu phap",
  "van phong",
  "cong chuc tu phap ho tich",
  "tu phap",
];

// The place level after the office: units of one name at different levels (xã An Thạnh, phường An Thạnh) differ.
const levels = ["thanh pho", "thi xa", "thi tran", "dac khu", "tinh", "huyen", "quan", "xa", "phuong", "tp"];

/** A unit's name as its place level and its place, folded: "UBND xã An Cư" → { level: "xa", place: "an cu" }. */
export interface UnitKey {
  readonly level?: string;
  readonly place: string;
}

/** The key a unit's name is matched by: case, diacritics, punctuation and the office words left out. */
export function unitKey(name: string): UnitKey {
  let rest = foldText(name)
    .replace(/[.,;:()"'“”]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  for (let stripped = true; stripped;) {
    stripped = false;
    for (const office of offices) {
      if (rest === office || rest.startsWith(`${office} `)) {
        rest = rest.slice(office.length).trim();
        stripped = true;
      }
    }
  }
  const level = levels.find((l) => rest.startsWith(`${l} `));
  return level === undefined
    ? { place: rest }
    : { level: level === "tp" ? "thanh pho" : level, place: rest.slice(level.length).trim() };
}

/**
 * Which of `names` is the unit `name`: the names whose place is the same (case, diacritics and office words such as
 * "UBND", "Phòng Tư pháp" left out) and whose place level agrees where both say one. Several such names are
 * narrowed to those of the same level, then to the one written the same; what remains is the match, or ambiguous.
 */
export function matchUnitName(name: string, names: readonly string[]): UnitNameMatch {
  const key = unitKey(name);
  if (key.place === "") return { kind: "none" };
  const keys = names.map(unitKey);
  let found = keys.flatMap((k, i) => (k.place === key.place && compatible(k, key) ? [i] : []));
  if (found.length > 1 && key.level !== undefined) found = narrow(found, (i) => keys[i]?.level === key.level);
  if (found.length > 1) found = narrow(found, (i) => foldText(names[i] ?? "") === foldText(name));
  const [first] = found;
  if (first === undefined) return { kind: "none" };
  return found.length === 1 ? { kind: "one", index: first } : { kind: "ambiguous", indices: found };
}

function compatible(a: UnitKey, b: UnitKey): boolean {
  return a.level === undefined || b.level === undefined || a.level === b.level;
}

// Keeps the indices that pass, unless none does.
function narrow(indices: number[], test: (i: number) => boolean): number[] {
  const kept = indices.filter(test);
  return kept.length > 0 ? kept : indices;
}
