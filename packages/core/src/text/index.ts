// @hgcs/core/text — Vietnamese text as sheets hold it: clean and fold Unicode text, and decode the legacy
// TCVN3 (ABC) and VNI encodings of old workbooks.
export { cleanText, foldText } from "./normalize.js";
export type { DecodedText } from "./legacy/decodeLegacyText.js";
export { decodeLegacyText } from "./legacy/decodeLegacyText.js";
export type { LegacyScore } from "./legacy/detectLegacyEncoding.js";
export { detectLegacyEncoding } from "./legacy/detectLegacyEncoding.js";
export type { FontEncoding, LegacyEncoding } from "./legacy/legacyFont.js";
export { fontEncoding } from "./legacy/legacyFont.js";
