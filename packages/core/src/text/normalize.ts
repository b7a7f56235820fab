import { latinFold } from "./latinFold.js";
import { hasPlainSpacing } from "./plainSpacing.js";

/** NFC-normalises text and folds runs of white space (including line breaks) to one space. */
export function cleanText(text: string): string {
  const nfc = text.normalize("NFC");
  // Most cell texts are spaced cleanly already: one pass over them instead of a replace and a trim.
  return hasPlainSpacing(nfc) ? nfc : nfc.replace(/\s+/g, " ").trim();
}

/**
 * A key for accent-, case- and space-insensitive matching: "Nội dung  CHI" → "noi dung chi".
 * đ/Đ fold to d.
 */
export function foldText(text: string): string {
  return latinFold(text) ?? unicodeFold(text);
}

function unicodeFold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}
