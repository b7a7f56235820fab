import { endOfQuarter, getQuarter, startOfQuarter } from "date-fns";
import { foldText } from "../text/normalize.js";
import { fromPlainDate, isoParts, plainDate, type IsoDate } from "./isoDate.js";

/** A quarter number, 1–4. */
export type QuarterNumber = 1 | 2 | 3 | 4;

/** A quarter of a year: { year: 2024, quarter: 2 } is "Quý II/2024". */
export interface Quarter {
  readonly year: number;
  readonly quarter: QuarterNumber;
}

/** How a quarter is written: "Quý II/2024" (roman, the usual form in documents), "quý 2 năm 2024" (words), "Q2/2024" (short). */
export type QuarterStyle = "roman" | "words" | "short";

const romans = ["I", "II", "III", "IV"] as const;

/** Writes a quarter: "Quý II/2024", "quý 2 năm 2024" or "Q2/2024". */
export function formatQuarter({ year, quarter }: Quarter, style: QuarterStyle = "roman"): string {
  if (style === "words") return `quý ${quarter} năm ${year}`;
  if (style === "short") return `Q${quarter}/${year}`;
  return `Quý ${romans[quarter - 1]}/${year}`;
}

/**
 * Writes several quarters of one year as a document would: "Quý II/2024", "Quý II và quý III/2024",
 * "Quý I, quý II và quý IV/2024". Empty when no quarters are given.
 */
export function formatQuarters(year: number, quarters: readonly number[]): string {
  const sorted = [...new Set(quarters)].filter(isQuarterNumber).sort();
  const names = sorted.map((q, i) => `${i === 0 ? "Quý" : "quý"} ${romans[q - 1]}`);
  if (names.length === 0) return "";
  const last = names.pop();
  return `${names.length > 0 ? `${names.join(", ")} và ${last}` : last}/${year}`;
}

// Matched on folded text (lower case, no accents): "quy ii/2024", "quy 2 nam 2024", "q2/2024", "q2-2024".
const numeral = "(iv|iii|ii|i|[1-4])";
const single = new RegExp(`^(?:quy|q)\\s*${numeral}\\s*(?:/|-|\\.|nam|\\s)\\s*(\\d{4})$`);
const isoStyle = /^(\d{4})\s*-?\s*q([1-4])$/;

/** Reads one quarter: "Quý II/2024", "quý 2 năm 2024", "Q2/2024", "QII-2024", "2024-Q2" (any case or accents). */
export function parseQuarter(text: string): Quarter | undefined {
  const folded = foldText(text).replace(/\s*\/\s*/g, "/");
  const m = single.exec(folded);
  if (m) return quarterOf(Number(m[2]), m[1] ?? "");
  const iso = isoStyle.exec(folded);
  return iso ? quarterOf(Number(iso[1]), iso[2] ?? "") : undefined;
}

/**
 * Reads a phrase naming quarters of one year, as plans write them: "quý II và quý III/2024",
 * "Quý II, III năm 2024", "quý II-III/2024", "Q2/2024". Empty when the phrase names no quarter and year.
 */
export function parseQuarters(text: string): Quarter[] {
  const folded = foldText(text).replace(/\bq(?=[1-4]|iv|i)/g, "quy ");
  const yearMatch = /(\d{4})\s*\)?\s*\.?$/.exec(folded);
  const start = folded.indexOf("quy");
  if (!yearMatch || start < 0 || start > yearMatch.index) return [];
  const tokens = folded.slice(start, yearMatch.index).match(/\b(?:iv|iii|ii|i|[1-4])\b|-/g) ?? [];
  const found = new Set<QuarterNumber>();
  let previous: QuarterNumber | undefined;
  let range = false;
  for (const token of tokens) {
    const q = numeralValue(token);
    if (q === undefined) {
      range = previous !== undefined; // a dash: "quý II-III"
      continue;
    }
    if (range && previous !== undefined) for (let r = previous + 1; r < q; r += 1) found.add(r as QuarterNumber);
    found.add(q);
    previous = q;
    range = false;
  }
  return [...found].sort().map((quarter) => ({ year: Number(yearMatch[1]), quarter }));
}

/** The quarter a date falls in. */
export function quarterOfDate(date: IsoDate): Quarter | undefined {
  const parts = isoParts(date);
  return parts && { year: parts.year, quarter: getQuarter(plainDate(parts)) as QuarterNumber };
}

/** The first day of a quarter ("2024-04-01" for Q2/2024). */
export function quarterStart({ year, quarter }: Quarter): IsoDate {
  return fromPlainDate(startOfQuarter(plainDate({ year, month: quarter * 3 - 2, day: 1 })));
}

/** The last day of a quarter ("2024-06-30" for Q2/2024). */
export function quarterEnd({ year, quarter }: Quarter): IsoDate {
  return fromPlainDate(endOfQuarter(plainDate({ year, month: quarter * 3 - 2, day: 1 })));
}

/** True for 1, 2, 3, 4. */
export function isQuarterNumber(n: unknown): n is QuarterNumber {
  return n === 1 || n === 2 || n === 3 || n === 4;
}

function quarterOf(year: number, numeralText: string): Quarter | undefined {
  const quarter = numeralValue(numeralText);
  return quarter === undefined ? undefined : { year, quarter };
}

function numeralValue(token: string): QuarterNumber | undefined {
  const roman = romans.findIndex((r) => r.toLowerCase() === token);
  const n = roman >= 0 ? roman + 1 : Number(token);
  return isQuarterNumber(n) ? n : undefined;
}
