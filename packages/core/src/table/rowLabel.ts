/** The level a body row's label puts it at. */
export type LabelKind = "section" | "item" | "subitem" | "none";

// Roman numerals I … XCIX (tens XL and XC included). A lone "C" or "D" stays a letter group (A, B, C …).
const roman = /^(?=[IVXLC])(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;

/**
 * The level of a label in the STT column: "I", "II.", "A", "B)" → section; "1", "1.", "2)" → item;
 * "a", "b)", "1.1", "-", "+" → sub-item; anything else → none.
 */
export function labelKind(label: string): LabelKind {
  const t = label.trim();
  if (t.length === 0) return "none";
  const bare = t
    .replace(/[.):]+$/, "")
    .replace(/^\(/, "")
    .trim();
  if (bare.length === 0) return "none";
  if (roman.test(bare)) return "section";
  if (/^[A-HJ-UWYZĐ]$/.test(bare)) return "section";
  if (/^\d{1,4}$/.test(bare)) return "item";
  if (/^\d{1,4}(\.\d{1,4})+$/.test(bare)) return "subitem";
  if (/^[a-zđ]$/.test(bare)) return "subitem";
  if (/^[-+•*–—·]+$/.test(t)) return "subitem";
  return "none";
}

/** True when a folded text marks the grand total row: "TỔNG CỘNG", "Tổng số", "Tổng kinh phí". */
export function isTotalText(folded: string): boolean {
  return /^tong( cong| so| kinh phi| du toan| chi)?( [^\s].*)?$/.test(folded) && !/^tong hop/.test(folded);
}

/** True when a folded text is a "Cộng" footer line (a subtotal at the bottom of a section, or the total of a flat table). */
export function isFooterSumText(folded: string): boolean {
  return /^cong( muc| phan)?( [ivxl]+| [a-h]| \([ivxl]+\))?[\s.:]*$/.test(folded);
}

const wordsLabelPattern = /^\(?\s*(?:(?:tổng )?số tiền |viết )?bằng chữ\s*[:.\-–]?\s*/iu;

/**
 * Splits a words line ("Bằng chữ: …", "Số tiền bằng chữ: …", "(Bằng chữ: …)") from clean NFC text into
 * its words; undefined when the text is no words line. Label only → words "".
 */
export function splitWordsLine(clean: string): { words: string } | undefined {
  const m = wordsLabelPattern.exec(clean);
  if (!m) return undefined;
  let words = clean.slice(m[0].length).trim();
  if (clean.startsWith("(") && words.endsWith(")")) words = words.slice(0, -1).trim();
  return { words };
}

/** True for a signature-block heading: NGƯỜI LẬP BIỂU, KẾ TOÁN TRƯỞNG, GIÁM ĐỐC, THỦ TRƯỞNG ĐƠN VỊ. */
export function isSignatureText(folded: string): boolean {
  return /^(nguoi lap( bieu)?|ke toan truong|phu trach ke toan|thu truong( don vi)?|(kt\.? ?|tl\.? ?|tm\.? ?)?(pho )?giam doc|chanh van phong|truong phong)\b/.test(
    folded,
  );
}

// The folded first words row markers start with (total, footer, words line, signature block).
const markerFirstWords = new Set([
  "tong",
  "cong",
  "bang",
  "(bang",
  "so",
  "viet",
  "nguoi",
  "ke",
  "phu",
  "thu",
  "kt",
  "kt.",
  "tl",
  "tl.",
  "tm",
  "tm.",
  "pho",
  "giam",
  "chanh",
  "truong",
]);

/** True when a folded first word can start a row marker, so the rest of the text is worth folding. */
export function mayStartMarker(foldedFirstWord: string): boolean {
  return markerFirstWords.has(foldedFirstWord.replace(/[:.]+$/, "")) || markerFirstWords.has(foldedFirstWord);
}
