import { placeLevels, unitKey } from "../plan/sameUnit.js";

/**
 * How a unit's name matched a list of names: one of them, several equally well, or none.
 * Indices are into the list searched.
 */
export type UnitNameMatch =
  | { readonly kind: "one"; readonly index: number }
  | { readonly kind: "ambiguous"; readonly indices: readonly number[] }
  | { readonly kind: "none" };

// The place level a unit key starts with, when it has one ("xa an cu", "tp lang son").
const level = new RegExp(`^(${placeLevels}) `);

/**
 * Which of `names` is the unit `name`: the names of the same unit (`unitKey`: case, accents and the office words
 * such as "UBND", "Phòng Tư pháp" left out). Failing those, a name that gives no place level ("Như Thanh") fits the
 * names of that place at any level, and the other way round; a commune and a ward of one name are then ambiguous.
 */
export function matchUnitName(name: string, names: readonly string[]): UnitNameMatch {
  const key = unitKey(name);
  if (key === "") return { kind: "none" };
  const keys = names.map(unitKey);
  let found = indicesWhere(keys, (k) => k === key);
  if (found.length === 0) {
    const place = key.replace(level, "");
    found = indicesWhere(keys, (k) => level.test(k) !== level.test(key) && k.replace(level, "") === place);
  }
  const [first] = found;
  if (first === undefined) return { kind: "none" };
  return found.length === 1 ? { kind: "one", index: first } : { kind: "ambiguous", indices: found };
}

function indicesWhere(keys: readonly string[], test: (key: string) => boolean): number[] {
  return keys.flatMap((k, i) => (test(k) ? [i] : []));
}
