import { cleanText, foldText } from "../text/normalize.js";
import { isoParts, makeIsoDate, pad, type IsoDate } from "./isoDate.js";

/**
 * A date as a document writes it, possibly with blanks: a draft plan leaves the day empty until it is
 * signed ("ngày … tháng 02 năm 2024"). `date` is set only when day, month and year are all known.
 */
export interface DateLine {
  readonly place?: string;
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
  readonly date?: IsoDate;
}

/** What to write: a full ISO date, or a year with the month and day known or left blank. */
export type DateLineInput = IsoDate | { readonly year: number; readonly month?: number; readonly day?: number };

export interface DateLineOptions {
  /** "Thanh Hóa" gives "Thanh Hóa, ngày …". */
  readonly place?: string;
  /** What stands for an unknown day or month; "…" by default. */
  readonly blank?: string;
  /**
   * "decree" (default): a leading zero for days below 10 and for months 1 and 2 only, as Nghị định
   * 30/2020/NĐ-CP asks ("ngày 06 tháng 02", "ngày 15 tháng 3"); "always": two digits for every month.
   */
  readonly monthPadding?: "decree" | "always";
}

const blank = String.raw`[\s.…_-]*`;
const part = String.raw`(\d{1,2})?`;
// Matched against folded text: "ngay 06 thang 02 nam 2024", "ngay … thang 02 nam 2024", "ngay  thang 02 nam 2024".
const wordsPattern = new RegExp(
  String.raw`^ngay${blank}${part}${blank}thang${blank}${part}${blank}nam\s*(\d{4})\s*\.?$`,
);
const numericPattern = /^(?:ngay\s*)?(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})\s*\.?$/;

/**
 * Reads a date line: "Thanh Hóa, ngày 06 tháng 02 năm 2024", "ngày 06/02/2024", "06/02/2024",
 * "6-2-2024", or a draft's "ngày … tháng 02 năm 2024" (day left blank). Any case, accents or spacing.
 * Undefined when the text is no date line or names an impossible date (30/02/2024).
 */
export function parseDateLine(text: string): DateLine | undefined {
  const clean = cleanText(text);
  const comma = clean.lastIndexOf(",");
  const place = comma > 0 ? clean.slice(0, comma).trim() : undefined;
  const folded = foldText(comma > 0 ? clean.slice(comma + 1) : clean);
  const words = wordsPattern.exec(folded);
  const numeric = words ? undefined : numericPattern.exec(folded);
  const [day, month, year] = words
    ? [words[1], words[2], words[3]]
    : numeric
      ? [numeric[1], numeric[3], numeric[4]]
      : [];
  if (year === undefined) return undefined;
  const line = dateLineOf(
    Number(year),
    month === undefined ? undefined : Number(month),
    day === undefined ? undefined : Number(day),
  );
  if (!line) return undefined;
  return place ? { place, ...line } : line;
}

/** The ISO date of a fully written date line ("ngày 06/02/2024" → "2024-02-06"), else undefined. */
export function parseVietnameseDate(text: string): IsoDate | undefined {
  return parseDateLine(text)?.date;
}

/**
 * Writes a date line: "Thanh Hóa, ngày 06 tháng 02 năm 2024"; an unknown day or month is left blank
 * for the signer: "ngày … tháng 02 năm 2024".
 */
export function formatDateLine(date: DateLineInput, options: DateLineOptions = {}): string {
  const parts = typeof date === "string" ? isoParts(date) : date;
  if (!parts) return "";
  const gap = options.blank ?? "…";
  const day = parts.day === undefined ? gap : pad(parts.day, 2);
  const monthWidth = options.monthPadding === "always" || (parts.month ?? 0) <= 2 ? 2 : 1;
  const month = parts.month === undefined ? gap : pad(parts.month, monthWidth);
  const line = `ngày ${day} tháng ${month} năm ${parts.year}`;
  return options.place ? `${options.place}, ${line}` : line;
}

/** The short numeric form used inside sentences: "06/02/2024" (empty for a non-date). */
export function formatShortDate(date: IsoDate): string {
  const parts = isoParts(date);
  return parts ? `${pad(parts.day, 2)}/${pad(parts.month, 2)}/${parts.year}` : "";
}

function dateLineOf(year: number, month: number | undefined, day: number | undefined): DateLine | undefined {
  if (year < 1) return undefined;
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  if (day !== undefined && (day < 1 || day > 31)) return undefined;
  if (month === undefined || day === undefined) {
    return { year, ...(month === undefined ? {} : { month }), ...(day === undefined ? {} : { day }) };
  }
  const date = makeIsoDate(year, month, day);
  return date ? { year, month, day, date } : undefined;
}
