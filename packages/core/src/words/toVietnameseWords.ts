import { groupTables, type GroupTables } from "./groupTables.js";
import { capitalizeFirst, resolveWordsStyle, type WordsOptions } from "./wordsOptions.js";

interface Reader {
  readonly tables: GroupTables;
  readonly thousand: string;
  readonly billion: string;
}

const digitString = /^-?\d+$/;

/**
 * Reads an integer in Vietnamese words, formal accounting style (see docs/words.md):
 * 1.000.005 → "một triệu không trăm linh năm", 10¹² → "một nghìn tỷ", −5 → "âm năm", 0 → "không".
 * Exact for any size: pass a bigint or a digit string past 2^53 (a number is read as its exact value).
 * @throws RangeError for a non-integer, NaN, ±Infinity or a string that is not an optional "-" and digits.
 */
export function toVietnameseWords(n: number | bigint | string, options?: WordsOptions): string {
  const style = resolveWordsStyle(options);
  const reader: Reader = {
    tables: groupTables(style.zeroTens, style.fourAfterTens),
    thousand: style.thousand,
    billion: style.billion,
  };
  let negative: boolean;
  let words: string;
  if (typeof n === "number") {
    if (!Number.isInteger(n)) throw new RangeError(`toVietnameseWords: ${String(n)} is not an integer`);
    negative = n < 0;
    const abs = Math.abs(n);
    words = Number.isSafeInteger(abs) ? readSafe(abs, reader) : readDigits(BigInt(abs).toString(), reader);
  } else if (typeof n === "bigint") {
    negative = n < 0n;
    words = readDigits((negative ? -n : n).toString(), reader);
  } else {
    if (!digitString.test(n)) {
      throw new RangeError(`toVietnameseWords: "${n}" is not an integer (expected an optional "-" and digits)`);
    }
    negative = n.charCodeAt(0) === 45;
    words = readDigits(stripLeadingZeros(negative ? n.slice(1) : n), reader);
  }
  if (negative && words !== "không") words = `âm ${words}`;
  return style.capitalize ? capitalizeFirst(words) : words;
}

function stripLeadingZeros(digits: string): string {
  let i = 0;
  while (i < digits.length - 1 && digits.charCodeAt(i) === 48) i++;
  return digits.slice(i);
}

/**
 * Digits without leading zeros. Blocks of nine digits are joined by "tỷ" ("một tỷ tỷ"): the head (up to
 * 15 digits) is read whole, then each block of nine after it, in a loop (any number of digits).
 */
function readDigits(digits: string, reader: Reader): string {
  const head = digits.length <= 15 ? digits.length : digits.length - 9 * Math.ceil((digits.length - 15) / 9);
  const parts = [readSafe(Number(digits.slice(0, head)), reader)];
  for (let at = head; at < digits.length; at += 9) {
    const low = Number(digits.slice(at, at + 9));
    parts.push(low === 0 ? reader.billion : `${reader.billion} ${readBlock(low, false, reader)}`);
  }
  return parts.join(" ");
}

function readSafe(n: number, reader: Reader): string {
  if (n === 0) return "không";
  if (n < 1e9) return readBlock(n, true, reader);
  const high = Math.floor(n / 1e9);
  const low = n - high * 1e9;
  const head = `${readSafe(high, reader)} ${reader.billion}`;
  return low === 0 ? head : `${head} ${readBlock(low, false, reader)}`;
}

/** 1 ≤ n < 10⁹: triệu, nghìn and unit groups; all-zero groups are skipped. */
function readBlock(n: number, leading: boolean, reader: Reader): string {
  const { tables } = reader;
  const millions = Math.floor(n / 1e6);
  const rest = n - millions * 1e6;
  const thousands = Math.floor(rest / 1000);
  const units = rest - thousands * 1000;
  let out = "";
  let first = leading;
  if (millions > 0) {
    out = `${(first ? tables.leading : tables.full)[millions]} triệu`;
    first = false;
  }
  if (thousands > 0) {
    const g = `${(first ? tables.leading : tables.full)[thousands]} ${reader.thousand}`;
    out = out === "" ? g : `${out} ${g}`;
    first = false;
  }
  if (units > 0) {
    const g = (first ? tables.leading : tables.full)[units] ?? "";
    out = out === "" ? g : `${out} ${g}`;
  }
  return out;
}
