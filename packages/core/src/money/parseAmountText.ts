// Reads an amount as offices type it into a cell. The separators it read are reported, and a text
// that fits no convention is refused with a reason (typed data: its code and what it was found in): never a guess.
//
// Rules:
// - Unit after the number: "đ", "đồng", "₫", "VNĐ", "VND" (any case, with or without a space).
// - Negative: "-1.000", "−1.000" or "(1.000)".
// - Thousands grouping by ".", "," or a space (also no-break spaces): first group 1–3 digits, then
//   groups of exactly 3 ("1.234.567", "1,234,567", "1 234 567").
// - With both "." and ",", the last one is the decimal separator ("1.234,5", "1,234.5").
// - A single "." or "," is thousands grouping when exactly 3 digits follow and 1–3 digits (not starting
//   with 0) precede it ("1,234" = 1234, "1.500" = 1500); otherwise it is a decimal separator
//   ("1,2" = 1.2, "1,25" = 1.25, "0,500" = 0.5, "1234,567" = 1234.567).
// - Anything else ("1.2.3", "12a", "1..2", "", "1,2,3.4.5") is refused.

export type ThousandsSeparator = "." | "," | " ";
export type DecimalSeparator = "," | ".";

/** What was read: the separators, the sign style and the unit, each null when absent. */
export interface AmountConvention {
  readonly thousands: ThousandsSeparator | null;
  readonly decimal: DecimalSeparator | null;
  readonly negative: "minus" | "parentheses" | null;
  readonly unit: "đ" | "đồng" | "₫" | "vnđ" | null;
}

export type ParsedAmount =
  | { readonly ok: true; readonly value: number; readonly convention: AmountConvention }
  | { readonly ok: false; readonly reason: AmountParseReason };

/**
 * Why a text is not an amount: nothing but a unit or sign (`empty`); a character no amount holds
 * (`invalid_character`, with it); separators that fit no convention (`bad_grouping`) or leave a side
 * without digits (`missing_digits`), with the number part; an integer part past 2^53 (`too_large`), with
 * the text.
 */
export type AmountParseReason =
  | { readonly code: "empty" }
  | { readonly code: "invalid_character"; readonly character: string }
  | { readonly code: "bad_grouping" | "missing_digits" | "too_large"; readonly text: string };

/** The codes of AmountParseReason. */
export type AmountParseCode = AmountParseReason["code"];

const units: readonly (readonly [string, AmountConvention["unit"]])[] = [
  ["vnđ", "vnđ"],
  ["vnd", "vnđ"],
  ["đồng", "đồng"],
  ["đ", "đ"],
  ["₫", "₫"],
];

const spaces = /[\s\u00a0\u202f\u2009]+/g;
const bodyCharacters = /[^0-9., ]/;
const digitsOnly = /^\d+$/;

/** Parses an amount typed into a cell; never throws. See the rules at the top of this file. */
export function parseAmountText(text: string): ParsedAmount {
  let s = text.normalize("NFC").replace(spaces, " ").trim();
  let unit: AmountConvention["unit"] = null;
  let negative: AmountConvention["negative"] = null;
  [s, unit] = stripUnit(s, unit);
  if (s.startsWith("(") && s.endsWith(")")) {
    negative = "parentheses";
    s = s.slice(1, -1).trim();
  } else if (s.startsWith("-") || s.startsWith("\u2212")) {
    negative = "minus";
    s = s.slice(1).trim();
  }
  [s, unit] = stripUnit(s, unit);
  if (s === "") return { ok: false, reason: { code: "empty" } };
  const bad = bodyCharacters.exec(s);
  if (bad !== null) return { ok: false, reason: { code: "invalid_character", character: bad[0] } };

  const split = splitSeparators(s);
  if ("code" in split) return { ok: false, reason: split };
  const { integer, fraction, thousands, decimal } = split;
  const intDigits = thousands === null ? integer : integer.split(thousands).join("");
  if (intDigits.length > 16 || !Number.isSafeInteger(Number(intDigits))) {
    return { ok: false, reason: { code: "too_large", text: text.trim() } };
  }
  const magnitude = fraction === "" ? Number(intDigits) : Number(`${intDigits}.${fraction}`);
  const value = negative !== null && magnitude !== 0 ? -magnitude : magnitude;
  return { ok: true, value, convention: { thousands, decimal, negative, unit } };
}

function stripUnit(s: string, unit: AmountConvention["unit"]): [string, AmountConvention["unit"]] {
  if (unit !== null) return [s, unit];
  const lower = s.toLowerCase();
  for (const [suffix, name] of units) {
    if (lower.endsWith(suffix)) return [s.slice(0, -suffix.length).trim(), name];
  }
  return [s, null];
}

interface Split {
  readonly integer: string;
  readonly fraction: string;
  readonly thousands: ThousandsSeparator | null;
  readonly decimal: DecimalSeparator | null;
}

/** Decides which separator groups thousands and which marks decimals, or returns a reason. */
function splitSeparators(s: string): Split | AmountParseReason {
  const badGrouping = { code: "bad_grouping", text: s } as const;
  const lastDot = s.lastIndexOf(".");
  const lastComma = s.lastIndexOf(",");
  const hasSpace = s.includes(" ");
  let decimal: DecimalSeparator | null = null;
  let thousands: ThousandsSeparator | null = hasSpace ? " " : null;
  if (lastDot >= 0 && lastComma >= 0) {
    if (hasSpace) return badGrouping;
    decimal = lastDot > lastComma ? "." : ",";
    thousands = decimal === "." ? "," : ".";
  } else if (lastDot >= 0 || lastComma >= 0) {
    const sep: DecimalSeparator = lastDot >= 0 ? "." : ",";
    const count = s.split(sep).length - 1;
    if (hasSpace) {
      if (count > 1) return badGrouping;
      decimal = sep;
    } else if (count > 1) {
      thousands = sep;
    } else {
      const [before = "", after = ""] = s.split(sep);
      const grouping = after.length === 3 && before.length >= 1 && before.length <= 3 && before[0] !== "0";
      if (grouping) thousands = sep;
      else decimal = sep;
    }
  }
  let integer = s;
  let fraction = "";
  if (decimal !== null) {
    const at = s.lastIndexOf(decimal);
    integer = s.slice(0, at);
    fraction = s.slice(at + 1);
    if (integer === "" || fraction === "") return { code: "missing_digits", text: s };
    if (!digitsOnly.test(fraction)) return badGrouping;
  }
  if (thousands === null) {
    if (!digitsOnly.test(integer)) return badGrouping;
  } else if (!validGrouping(integer, thousands)) {
    return badGrouping;
  }
  return { integer, fraction, thousands, decimal };
}

/** "1.234.567": a first group of 1–3 digits, then groups of exactly 3. */
function validGrouping(integer: string, sep: string): boolean {
  const groups = integer.split(sep);
  if (groups.length < 2) return false;
  return groups.every((g, i) => digitsOnly.test(g) && (i === 0 ? g.length <= 3 : g.length === 3));
}
