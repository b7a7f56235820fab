// Reads an amount in words back to a number, to check the "Bằng chữ" line an office typed.
// Lenient about style (every regional variant, capitals, NFC/NFD, punctuation, labels, "đồng", "chẵn"),
// strict about structure: a form that could mean two amounts is refused, never guessed.

export type ParsedWords =
  { readonly ok: true; readonly value: bigint } | { readonly ok: false; readonly reason: WordsParseReason };

/** Why words could not be read: the rule broken and the word it was broken at, when there is one. */
export interface WordsParseReason {
  readonly code: WordsParseCode;
  readonly word?: string;
}

/**
 * Why words could not be read (`WordsParseReason.code`):
 * - empty: nothing left after labels, "đồng", "chẵn" and punctuation
 * - digit_in_text: digits among the words
 * - unknown_word: not a number word
 * - unexpected_word: a number word where it cannot stand ("hai mười", "một trăm hai trăm")
 * - misplaced_word: "mốt", "tư", "lăm", "linh", "mươi", "không" used outside their slot
 * - missing_digit: "trăm" or "linh" without its digit
 * - zero_group: a group that reads zero before a scale ("không nghìn")
 * - scale_order: scales not descending ("một nghìn hai triệu", "một nghìn hai nghìn")
 * - ambiguous_group: a trailing bare digit after a scale or "trăm" ("một nghìn hai", "một trăm năm"),
 *   which colloquially means 1.200 / 150, so it is not read as 1.002 / 105
 * - missing_number: a scale with no group before it ("tỷ", "một triệu nghìn")
 */
export type WordsParseCode =
  | "empty"
  | "digit_in_text"
  | "unknown_word"
  | "unexpected_word"
  | "misplaced_word"
  | "missing_digit"
  | "zero_group"
  | "scale_order"
  | "ambiguous_group"
  | "missing_number";

// Token kinds.
const DIGIT = 0; // không … chín
const MOT = 1; // "mốt": 1 after mươi
const TU = 2; // "tư": 4 after mươi/mười/linh
const LAM = 3; // "lăm", "nhăm": 5 after mười/mươi
const TEN = 4; // "mười"
const TENS = 5; // "mươi"
const HUNDRED = 6; // "trăm"
const LINH = 7; // "linh", "lẻ"
const THOUSAND = 8; // "nghìn", "ngàn"
const MILLION = 9; // "triệu"
const BILLION = 10; // "tỷ", "tỉ"

interface Token {
  readonly kind: number;
  readonly value: number;
  readonly word: string;
}

const lexicon = new Map<string, Token>(
  (
    [
      ["không", DIGIT, 0],
      ["một", DIGIT, 1],
      ["hai", DIGIT, 2],
      ["ba", DIGIT, 3],
      ["bốn", DIGIT, 4],
      ["năm", DIGIT, 5],
      ["sáu", DIGIT, 6],
      ["bảy", DIGIT, 7],
      ["bẩy", DIGIT, 7],
      ["tám", DIGIT, 8],
      ["chín", DIGIT, 9],
      ["mốt", MOT, 1],
      ["tư", TU, 4],
      ["lăm", LAM, 5],
      ["nhăm", LAM, 5],
      ["mười", TEN, 10],
      ["mươi", TENS, 0],
      ["trăm", HUNDRED, 100],
      ["linh", LINH, 0],
      ["lẻ", LINH, 0],
      ["nghìn", THOUSAND, 1e3],
      ["ngàn", THOUSAND, 1e3],
      ["triệu", MILLION, 1e6],
      ["tỷ", BILLION, 1e9],
      ["tỉ", BILLION, 1e9],
    ] as const
  ).map(([word, kind, value]) => [word, { kind, value, word }]),
);

/** Words allowed before "bằng chữ" in a label ("Số tiền bằng chữ:", "Tổng số tiền viết bằng chữ:"). */
const labelWords = new Set(["số", "tiền", "tổng", "cộng", "viết", "ghi", "kinh", "phí"]);
/** Words allowed after the amount. */
const trailingWords = new Set(["đồng", "chẵn", "vnđ"]);

const anyDigit = /\d/;

/**
 * Letters and combining marks belong to words; ASCII non-letters, Latin-1 punctuation (NBSP, «»), × ÷,
 * general punctuation (– — “ ” …) and ideographic spaces separate them. A hand loop: the Unicode-aware
 * regex split was half of the parse time.
 */
function isWordChar(code: number): boolean {
  if (code < 0x80) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  if (code < 0xc0 || code === 0xd7 || code === 0xf7) return false;
  return !(code >= 0x2000 && code <= 0x206f) && code !== 0x3000 && code !== 0xfeff;
}

function splitWords(text: string): string[] {
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    if (isWordChar(text.charCodeAt(i))) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      words.push(text.slice(start, i));
      start = -1;
    }
  }
  if (start >= 0) words.push(text.slice(start));
  return words;
}

class ParseError extends Error {
  constructor(readonly reason: WordsParseReason) {
    super(reason.code);
  }
}

function fail(code: WordsParseCode, word?: string): never {
  throw new ParseError(word === undefined ? { code } : { code, word });
}

/**
 * Reads Vietnamese number words to a bigint: "Bằng chữ: Một nghìn lẻ một đồng chẵn./." → 1001n.
 * Never throws; a text it cannot read gives `{ ok: false, reason }` (see WordsParseCode).
 */
export function parseVietnameseWords(text: string): ParsedWords {
  try {
    return { ok: true, value: parseOrThrow(text) };
  } catch (error) {
    if (error instanceof ParseError) return { ok: false, reason: error.reason };
    throw error;
  }
}

function parseOrThrow(text: string): bigint {
  const normalized = text.normalize("NFC").toLowerCase();
  const digit = anyDigit.exec(normalized);
  if (digit !== null) fail("digit_in_text", digit[0]);
  const words = splitWords(normalized);
  let start = labelEnd(words);
  let end = words.length;
  while (end > start && trailingWords.has(words[end - 1] ?? "")) end--;
  let negative = false;
  if (words[start] === "âm") {
    negative = true;
    start++;
  }
  if (end <= start) fail("empty");
  const tokens: Token[] = [];
  for (let i = start; i < end; i++) {
    const word = words[i] ?? "";
    const token = lexicon.get(word);
    if (token === undefined) fail("unknown_word", word);
    tokens.push(token);
  }
  if (tokens.length === 1 && tokens[0]?.kind === DIGIT && tokens[0].value === 0) return 0n;
  const value = parseNumber(tokens, 0, tokens.length);
  return negative ? -value : value;
}

/** Index after a leading "… bằng chữ" label, or 0. */
function labelEnd(words: readonly string[]): number {
  for (let i = 0; i + 1 < words.length && i < 6; i++) {
    if (words[i] === "bằng" && words[i + 1] === "chữ") return i + 2;
    if (!labelWords.has(words[i] ?? "")) return 0;
  }
  return 0;
}

/**
 * n = [n' tỷ] block: the "tỷ"s cut the words into blocks below 10⁹, read left to right ("một tỷ tỷ" is
 * 10¹⁸). A loop, not recursion: a line of thousands of "tỷ" must not overflow the stack.
 */
function parseNumber(tokens: readonly Token[], start: number, end: number): bigint {
  let value: bigint | undefined;
  let from = start;
  for (let i = start; i <= end; i++) {
    if (i < end && tokens[i]?.kind !== BILLION) continue;
    if (value === undefined) {
      if (i === end) return BigInt(parseBlock(tokens, from, end, true));
      if (i === from) fail("missing_number", tokens[i]?.word);
      value = BigInt(parseBlock(tokens, from, i, true));
    } else {
      value = value * 1_000_000_000n + BigInt(parseBlock(tokens, from, i, false));
    }
    from = i + 1;
  }
  return value ?? 0n;
}

/** A value below 10⁹: groups followed by descending scales (triệu, nghìn), then an optional unit group. */
function parseBlock(tokens: readonly Token[], start: number, end: number, leading: boolean): number {
  let value = 0;
  let lastScale = BILLION;
  let groupLeading = leading;
  let i = start;
  while (i < end) {
    const groupStart = tokens[i];
    const group = parseGroup(tokens, i, end, groupLeading);
    if (group.next === i) fail("missing_number", groupStart?.word);
    i = group.next;
    const scale = tokens[i];
    if (i < end && scale !== undefined) {
      if (scale.kind !== THOUSAND && scale.kind !== MILLION) fail("unexpected_word", scale.word);
      if (group.value === 0) fail("zero_group", groupStart?.word);
      if (scale.kind >= lastScale) fail("scale_order", scale.word);
      value += group.value * scale.value;
      lastScale = scale.kind;
      groupLeading = false;
      i++;
    } else {
      if (group.value === 0) fail("zero_group", groupStart?.word);
      if (group.bare && !groupLeading) fail("ambiguous_group", groupStart?.word);
      value += group.value;
    }
  }
  return value;
}

interface Group {
  readonly value: number;
  readonly next: number;
  /** A lone digit with neither hundreds nor tens ("hai"). */
  readonly bare: boolean;
}

/** One group 0–999 starting at `i`; `leading` groups may not read "không trăm" and may not start with "linh". */
function parseGroup(tokens: readonly Token[], i: number, end: number, leading: boolean): Group {
  let value = 0;
  let hasHundreds = false;
  const first = tokens[i];
  if (first === undefined) fail("empty");
  if (first.kind === HUNDRED) fail("missing_digit", first.word);
  if (first.kind === DIGIT && i + 1 < end && tokens[i + 1]?.kind === HUNDRED) {
    if (first.value === 0 && leading) fail("misplaced_word", first.word);
    value = first.value * 100;
    hasHundreds = true;
    i += 2;
  }
  const t = i < end ? tokens[i] : undefined;
  if (t === undefined || t.kind === THOUSAND || t.kind === MILLION) return { value, next: i, bare: false };
  switch (t.kind) {
    case LINH: {
      if (!hasHundreds && leading) fail("misplaced_word", t.word);
      const u = i + 1 < end ? tokens[i + 1] : undefined;
      if (u === undefined || !((u.kind === DIGIT && u.value > 0) || u.kind === TU)) fail("missing_digit", t.word);
      return { value: value + u.value, next: i + 2, bare: false };
    }
    case TEN: {
      const u = i + 1 < end ? tokens[i + 1] : undefined;
      if (u !== undefined && ((u.kind === DIGIT && u.value > 0) || u.kind === TU || u.kind === LAM)) {
        return { value: value + 10 + u.value, next: i + 2, bare: false };
      }
      return { value: value + 10, next: i + 1, bare: false };
    }
    case DIGIT: {
      const next = i + 1 < end ? tokens[i + 1] : undefined;
      if (next?.kind === TENS) {
        if (t.value < 2) fail("misplaced_word", next.word);
        const u = i + 2 < end ? tokens[i + 2] : undefined;
        if (
          u !== undefined &&
          ((u.kind === DIGIT && u.value > 0) || u.kind === MOT || u.kind === TU || u.kind === LAM)
        ) {
          return { value: value + t.value * 10 + u.value, next: i + 3, bare: false };
        }
        return { value: value + t.value * 10, next: i + 2, bare: false };
      }
      if (hasHundreds) fail(next?.kind === HUNDRED ? "unexpected_word" : "ambiguous_group", t.word);
      if (t.value === 0) fail("misplaced_word", t.word);
      return { value: t.value, next: i + 1, bare: true };
    }
    case HUNDRED:
      return fail("missing_digit", t.word);
    case BILLION:
      return fail("unexpected_word", t.word);
    default:
      return fail("misplaced_word", t.word);
  }
}
