import { matchVocabulary } from "../table/vocabulary.js";

/** The columns of a delegate list or a signed support list. */
export type ConferenceListRole = "number" | "name" | "position" | "group" | "days" | "rate" | "amount" | "sign";

// Folded header words (see headerKey), longest first so "so tien ho tro" wins over "so tien".
const vocabulary: ReadonlyArray<readonly [string, ConferenceListRole]> = (
  [
    ["stt", "number"],
    ["tt", "number"],
    ["so tt", "number"],
    ["ho va ten", "name"],
    ["ho ten", "name"],
    ["ten dai bieu", "name"],
    ["chuc vu don vi", "position"],
    ["chuc vu", "position"],
    ["don vi", "position"],
    ["don vi cong tac", "position"],
    ["noi cong tac", "position"],
    ["doi tuong", "group"],
    ["thanh phan", "group"],
    ["so ngay", "days"],
    ["muc ho tro", "rate"],
    ["muc chi", "rate"],
    ["don gia", "rate"],
    ["so tien", "amount"],
    ["thanh tien", "amount"],
    ["tien an", "amount"],
    ["ky nhan", "sign"],
    ["ky ten", "sign"],
  ] as const
)
  .slice()
  .sort((a, b) => b[0].length - a[0].length);

/** The role a delegate/support list header cell names (folded text), if any. */
export function conferenceListRole(folded: string): ConferenceListRole | undefined {
  return matchVocabulary(vocabulary, folded);
}
