/**
 * True when the text's spacing is already clean: no white space but single U+0020 spaces between two
 * other characters (no line breaks, tabs, doubled or edge spaces). One pass over the character codes,
 * the same answer as /^(?:\S(?:\S| (?=\S))*)?$/: it runs for every text cell of big sheets.
 */
export function hasPlainSpacing(text: string): boolean {
  let afterSpace = true;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x20) {
      if (afterSpace) return false;
      afterSpace = true;
    } else if (isOtherSpace(code)) return false;
    else afterSpace = false;
  }
  return !afterSpace || text.length === 0;
}

/** White space in the sense of the regular expression \s, other than U+0020. */
function isOtherSpace(code: number): boolean {
  if (code < 0xa0) return code >= 0x09 && code <= 0x0d;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
