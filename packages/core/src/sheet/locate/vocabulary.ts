import type { FactorKind } from "../../budget/estimate.js";
import { headerKey, matchVocabulary } from "../../table/vocabulary.js";

/** What a column of an estimate table holds. */
export type ColumnRole = "number" | "content" | "unit" | "unitOrName" | FactorKind | "rate" | "amount" | "note";

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
    // Bare "Đơn vị" is the unit of measure beside a content column, else the unit (office) a line is for.
    ["don vi", "unitOrName"],
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
    ["gia tri", "amount"],
    ["du toan", "amount"],
    ["tong kinh phi", "amount"],
    ["so tien quyet toan", "amount"],
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
  const role = matchVocabulary(vocabulary, folded);
  if (role !== undefined) return role;
  // "Số lần", "Số tháng", "Số tổ", "Số vụ việc": a count of something, a multiplier if the data say so.
  return countHeader.test(headerKey(folded)) ? "count" : undefined;
}

const countHeader = /^so [a-z]/;

/** True for the factor roles (quantity, persons, days, sessions, events, count). */
export function isFactorRole(role: ColumnRole): role is FactorKind {
  return (
    role === "quantity" ||
    role === "persons" ||
    role === "days" ||
    role === "sessions" ||
    role === "events" ||
    role === "count"
  );
}
