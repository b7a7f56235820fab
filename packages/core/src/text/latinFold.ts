// foldText's work, one character at a time, for text in the Latin blocks and the Vietnamese block:
// NFD through ICU costs several times a table look-up on every cell and line of a big sheet. The table
// is built once from foldText's own steps, so both paths agree character by character; text with any
// other character (or a character folding to more than one) goes the slow way.

const FIRST_VIETNAMESE = 0x1ea0;
const END = 0x1f00;
/** Table values that are not a folded character. */
const SLOW = 0xffff;
const SPACE = 0xfffe;
const NOTHING = 0xfffd;

/** The slow fold of one character, without the spacing steps (which work across characters). */
export function foldChar(char: string): string {
  return char
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase();
}

const table = buildTable();

function buildTable(): Uint16Array {
  const out = new Uint16Array(END).fill(SLOW);
  for (let code = 0; code < END; code++) {
    // Latin-1, Latin Extended-A/B, the combining marks foldText drops, Latin Extended Additional.
    const inRange = code < 0x250 || (code >= 0x300 && code < 0x370) || code >= FIRST_VIETNAMESE;
    if (!inRange) continue;
    const char = String.fromCharCode(code);
    if (/\s/.test(char)) {
      out[code] = SPACE;
      continue;
    }
    const folded = foldChar(char);
    if (folded === "") out[code] = NOTHING;
    else if (folded.length === 1 && !/\s/.test(folded) && folded.charCodeAt(0) < NOTHING)
      out[code] = folded.charCodeAt(0);
  }
  return out;
}

/**
 * foldText of a text made only of table characters (accents, case and đ folded; runs of white space
 * as one space, none at the ends), or undefined when the text needs the full Unicode path.
 */
export function latinFold(text: string): string | undefined {
  let out = "";
  let gap = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const folded = code < END ? (table[code] ?? SLOW) : SLOW;
    if (folded === SLOW) return undefined;
    if (folded === SPACE) gap = out !== "";
    else if (folded !== NOTHING) {
      if (gap) out += " ";
      gap = false;
      out += String.fromCharCode(folded);
    }
  }
  return out;
}
