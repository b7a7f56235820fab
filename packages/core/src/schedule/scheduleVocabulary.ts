import { headerKey, matchVocabulary } from "../table/vocabulary.js";

/** The columns of a conference schedule kept on a sheet. */
export type ScheduleRole = "number" | "conference" | "date" | "place" | "note";

// Folded header words (see headerKey), longest first so "ngay hoi nghi" (a date) wins over "hoi nghi".
const vocabulary: ReadonlyArray<readonly [string, ScheduleRole]> = (
  [
    ["stt", "number"],
    ["tt", "number"],
    ["so tt", "number"],
    ["so thu tu", "number"],
    ["hoi nghi", "conference"],
    ["ten hoi nghi", "conference"],
    ["noi dung", "conference"],
    ["ngay to chuc", "date"],
    ["thoi gian to chuc", "date"],
    ["ngay hoi nghi", "date"],
    ["thoi gian", "date"],
    ["ngay thang", "date"],
    ["ngay du kien", "date"],
    ["ngay", "date"],
    ["dia diem", "place"],
    ["noi to chuc", "place"],
    ["ghi chu", "note"],
  ] as const
)
  .slice()
  .sort((a, b) => b[0].length - a[0].length);

/**
 * The role a schedule header cell names (folded text), if any. A cell that is itself a date
 * ("ngày 16 tháng 4 năm 2024", "Ngày 16/04/2024") names no column: only a trailing column number
 * such as "(3)" may carry digits.
 */
export function scheduleRole(folded: string): ScheduleRole | undefined {
  const role = matchVocabulary(vocabulary, folded);
  if (role === "date" && /\d/.test(headerKey(folded).replace(/ \d{1,2}$/, ""))) return undefined;
  return role;
}
