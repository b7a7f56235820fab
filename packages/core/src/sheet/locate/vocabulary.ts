import type { FactorKind } from "../../budget/estimate.js";

/** What a column of an estimate table holds. */
export type ColumnRole = "number" | "content" | "unit" | FactorKind | "rate" | "amount" | "note";

// Header words as folded keys (see headerKey). Longer phrases are tried first, so
// "diễn giải cách tính" (a note) wins over "diễn giải" (the content).
const vocabulary: ReadonlyArray<readonly [string, ColumnRole]> = (
  [
    ["stt", "number"],
    ["tt", "number"],
    ["so tt", "number"],
    ["so thu tu", "number"],
    ["noi dung", "content"],
    ["noi dung chi", "content"],
    ["dien giai", "content"],
    ["khoan chi", "content"],
    ["khoan muc chi", "content"],
    ["hang muc", "content"],
    ["dvt", "unit"],
    ["don vi tinh", "unit"],
    ["don vi", "unit"],
    ["so luong", "quantity"],
    ["sl", "quantity"],
    ["khoi luong", "quantity"],
    ["so nguoi", "persons"],
    ["so dai bieu", "persons"],
    ["so ngay", "days"],
    ["so ngay/buoi", "days"],
    ["so buoi", "sessions"],
    ["so hoi nghi", "events"],
    ["so hn", "events"],
    ["so cuoc", "events"],
    ["so lop", "events"],
    ["so dot", "events"],
    ["muc chi", "rate"],
    ["don gia", "rate"],
    ["dinh muc", "rate"],
    ["thanh tien", "amount"],
    ["so tien", "amount"],
    ["kinh phi", "amount"],
    ["tong tien", "amount"],
    ["ghi chu", "note"],
    ["can cu", "note"],
    ["dien giai cach tinh", "note"],
    ["cach tinh", "note"],
  ] as const
)
  .slice()
  .sort((a, b) => b[0].length - a[0].length);

/** A folded header reduced to letters, digits, "/" and single spaces: "Số ngày/\nbuổi (5)" → "so ngay/buoi 5". */
export function headerKey(folded: string): string {
  return folded
    .replace(/[^a-z0-9/]+/g, " ")
    .replace(/\s*\/\s*/g, "/")
    .trim();
}

/** The role a header cell names, from its folded text; undefined when it names none. */
export function roleOfHeader(folded: string): ColumnRole | undefined {
  return matchVocabulary(vocabulary, folded);
}

/**
 * The role a folded header names in a vocabulary sorted longest phrase first: the whole key, or a
 * phrase followed by a space or "/". Shared by the other sheet kinds (lists, distribution sheets).
 */
export function matchVocabulary<R>(vocabulary: ReadonlyArray<readonly [string, R]>, folded: string): R | undefined {
  if (folded.length === 0 || folded.length > 60) return undefined;
  const key = headerKey(folded);
  for (const [word, role] of vocabulary) {
    if (key === word) return role;
    if (key.startsWith(word)) {
      const next = key.charAt(word.length);
      if (next === " " || next === "/") return role;
    }
  }
  return undefined;
}

/** True for the factor roles (quantity, persons, days, sessions, events). */
export function isFactorRole(role: ColumnRole): role is FactorKind {
  return role === "quantity" || role === "persons" || role === "days" || role === "sessions" || role === "events";
}
