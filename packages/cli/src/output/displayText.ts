// Control and format characters (Unicode Cc, Cf) and the line and paragraph separators: none may reach a
// terminal raw, or a sheet name could start a forged report line or reorder one (bidi overrides).
const unsafe = /[\p{Cc}\p{Cf}\u2028\u2029]/gu;

const named: Readonly<Record<string, string>> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/**
 * Text from a workbook or a command line as a report shows it: NFC (Vietnamese accents typed as
 * combining marks stay, composed), every control or format character escaped ("\n", "\u202E"), so no
 * value can start a new line or turn the rest of one around.
 */
export function displayText(text: string): string {
  return text
    .normalize("NFC")
    .replace(unsafe, (ch) => named[ch] ?? `\\u${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`);
}

/** The longest of some lengths, at least `floor` (a loop: spreading a huge array into Math.max overflows). */
export function widest(lengths: Iterable<number>, floor = 0): number {
  let max = floor;
  for (const n of lengths) if (n > max) max = n;
  return max;
}
