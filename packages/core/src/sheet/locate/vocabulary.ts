import type { FactorKind } from "../../budget/estimate.js";
import { matchVocabulary } from "../../table/vocabulary.js";

/** What a column of an estimate table holds. */
export type ColumnRole = "number" | "content" | "unit" | FactorKind | "rate" | "amount" | "note";

// Header words as folded keys (see table/vocabulary.ts headerKey). Longer phrases are tried first, so
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

/** The role a header cell names, from its folded text; undefined when it names none. */
export function roleOfHeader(folded: string): ColumnRole | undefined {
  return matchVocabulary(vocabulary, folded);
}

/** True for the factor roles (quantity, persons, days, sessions, events). */
export function isFactorRole(role: ColumnRole): role is FactorKind {
  return role === "quantity" || role === "persons" || role === "days" || role === "sessions" || role === "events";
}
