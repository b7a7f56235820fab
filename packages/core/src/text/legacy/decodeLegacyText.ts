import { decodeAs } from "./decodeAs.js";
import { detectLegacyEncoding } from "./detectLegacyEncoding.js";
import { fontEncoding, type LegacyEncoding } from "./legacyFont.js";

/** Text as Unicode, and the legacy encoding it was read from when it was converted. */
export interface DecodedText {
  readonly text: string;
  readonly encoding?: LegacyEncoding;
}

/**
 * Reads TCVN3 / VNI-Windows text as Unicode: by the cell's font when it names a legacy font, else by
 * character statistics. `encoding` is set only when the text changed, so callers can report
 * `text.legacy_encoding` at the first cell that really needed it.
 */
export function decodeLegacyText(text: string, font?: string): DecodedText {
  const encoding = detectLegacyEncoding(text, font);
  if (encoding === undefined) return { text };
  const capitals = fontEncoding(font)?.capitals ?? false;
  const decoded = decodeAs(text, encoding, capitals);
  return decoded === text ? { text } : { text: decoded, encoding };
}
