// Custom functions (=HGCS.BANGCHU, =HGCS.DOCSO, =HGCS.MUCTOIDA): argument coercion around one core call.
// functions.json is generated from the JSDoc below by custom-functions-metadata (scripts/build.mjs).
import { findCap, toVietnameseWords, wordsLine, type Locale } from "@hgcs/core";
import { advisoryFigure, legalMaximum, normStatusNames } from "@hgcs/core/norms";
import { excelSerialToIso, isIsoDate } from "@hgcs/core/dates";
import { toDong } from "@hgcs/core/money";
import { foldText } from "@hgcs/core/text";
import { pickLocale, uiStrings } from "../i18n/pickLocale.js";
import type { UiStrings } from "../i18n/uiStrings.js";
import { displayLanguage } from "../office/host.js";
import { parseWordsStyle } from "./wordsStyle.js";

/**
 * Dòng "Bằng chữ" của một số tiền (đồng) / The amount in words ("Bằng chữ") line of an amount in đồng.
 * @customfunction BANGCHU
 * @param amount Số tiền, đồng / Amount, đồng.
 * @param [style] Cách đọc, ví dụ "lẻ ngàn" hoặc "linh nghìn chẵn" (mặc định: linh, nghìn) / Reading style, e.g. "lẻ ngàn" (default: linh, nghìn).
 * @returns Dòng bằng chữ / The words line.
 */
export function bangChu(amount: number, style?: string): string {
  return guarded((ui) => {
    const vnd = toDong(amount, 1);
    if (vnd === undefined) throw invalid(ui.fnNotWholeDong);
    const { options, bad } = parseWordsStyle(style);
    if (bad !== undefined) throw invalid(ui.fnBadStyle(bad));
    return wordsLine(vnd, options);
  });
}

/**
 * Đọc một số nguyên thành chữ / A whole number in Vietnamese words.
 * @customfunction DOCSO
 * @param n Số nguyên / Whole number.
 * @returns Số đọc bằng chữ / The number in words.
 */
export function docSo(n: number): string {
  return guarded((ui) => {
    if (!Number.isSafeInteger(n)) throw invalid(ui.fnNotInteger);
    return toVietnameseWords(n);
  });
}

/**
 * Mức chi tối đa đã xác minh (đồng) của định mức vào một ngày; #N/A khi không có hoặc chỉ để tham khảo / The verified legal maximum (đồng) of a norm on a day; #N/A when none or only advice.
 * @customfunction MUCTOIDA
 * @param normId Mã định mức / Norm id, e.g. "meeting.meal.nonsalaried".
 * @param [date] Ngày áp dụng (ô ngày hoặc "yyyy-mm-dd"), mặc định hôm nay / Date (a date cell or "yyyy-mm-dd"), default today.
 * @param [jurisdiction] "VN" (mặc định) hoặc mã tỉnh / "VN" (default) or a province key, e.g. "thanh-hoa".
 * @param [what] "trạng thái" (mức độ xác minh) hoặc "tham khảo" (con số tham khảo) / "status" (how far it was checked) or "advice" (the advisory figure).
 * @returns Mức tối đa (đồng), hoặc trạng thái, con số tham khảo / The maximum (đồng), or the status or advisory figure.
 */
export function mucToiDa(
  normId: string,
  date?: number | string,
  jurisdiction?: string,
  what?: string,
): number | string {
  return guarded((ui, locale) => {
    const day = toIsoDate(date);
    if (day === undefined) throw invalid(ui.fnBadDate);
    const asked = capQuestion(what);
    if (asked === undefined) throw invalid(ui.fnBadWhat(String(what)));
    const where = jurisdiction?.trim() || "VN";
    const row = findCap(normId.trim(), { date: day, jurisdiction: where });
    if (!row) throw notAvailable(ui.fnUnknownNorm(normId, day, where));
    if (asked === "status") return normStatusNames[row.status][locale];
    const advice = advisoryFigure(row) ?? null;
    if (asked === "advice") {
      if (advice === null) throw notAvailable(ui.fnNoFigure(normId));
      return advice;
    }
    const max = legalMaximum(row);
    if (max !== undefined) return max;
    if (row.status !== "verified") {
      throw notAvailable(ui.fnNotVerified(normId, normStatusNames[row.status][locale], advice));
    }
    throw notAvailable(ui.fnNoFigure(normId));
  });
}

// The optional last argument of MUCTOIDA: empty = the maximum; any case, with or without accents.
function capQuestion(what: string | null | undefined): "max" | "status" | "advice" | undefined {
  if (what === undefined || what === null) return "max";
  const word = foldText(what);
  if (word === "") return "max";
  if (word === "trang thai" || word === "status") return "status";
  if (word === "tham khao" || word === "advice") return "advice";
  return undefined;
}

/** The functions by their id in functions.json. */
export const customFunctions = { BANGCHU: bangChu, DOCSO: docSo, MUCTOIDA: mucToiDa } as const;

// Excel passes a date cell as its serial and an empty optional as null/undefined.
function toIsoDate(date: number | string | null | undefined): string | undefined {
  if (date === undefined || date === null || date === "") return today();
  if (typeof date === "number") return excelSerialToIso(date);
  const text = date.trim();
  return isIsoDate(text) ? text : undefined;
}

// The add-in, unlike core, may read the clock: "today" is the default date a user expects in a cell.
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function guarded<T>(body: (ui: UiStrings, locale: Locale) => T): T {
  const locale = pickLocale(displayLanguage());
  const ui = uiStrings(locale);
  try {
    return body(ui, locale);
  } catch (error) {
    if (error instanceof CustomFunctions.Error) throw error;
    throw invalid(error instanceof Error ? error.message : String(error));
  }
}

function invalid(message: string): CustomFunctions.Error {
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, message);
}

function notAvailable(message: string): CustomFunctions.Error {
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, message);
}

if (typeof CustomFunctions !== "undefined") {
  for (const [id, fn] of Object.entries(customFunctions)) CustomFunctions.associate(id, fn);
}
