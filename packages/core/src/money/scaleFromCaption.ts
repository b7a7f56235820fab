import type { Scale } from "./scale.js";
import { foldText } from "../text/normalize.js";

// Matched on folded text (no accents, lower case, đ → d), so "ĐVT: Nghìn đồng" and "don vi tinh: nghin dong"
// read alike. A unit counts only after a caption marker ("Đơn vị tính:", "Đơn vị:", "ĐVT:"), alone in
// parentheses ("Thành tiền (nghìn đồng)") or as the whole text ("nghìn đồng"), so that an amount in words
// such as "Hai trăm triệu đồng" is never taken for a caption.

const unitPhrases: readonly (readonly [string, Scale])[] = [
  ["trieu(?: dong| d)?|tr\\.? ?d|1[., ]?000[., ]?000 ?d(?:ong)?", 1_000_000],
  ["(?:nghin|ngan)(?: dong| d)?|ng\\.? ?d|1[., ]?000 ?d(?:ong)?", 1000],
  ["dong|d|vnd", 1],
];
const startsWithUnit = unitPhrases.map(([p, scale]) => [new RegExp(`^(?:${p})(?![a-z0-9])`), scale] as const);
const isUnit = unitPhrases.map(([p, scale]) => [new RegExp(`^(?:${p})$`), scale] as const);

const marker = /(?:don vi tinh|don vi|dvt)\s*[:.]?\s*\(?\s*/;
const parenthesised = /\(\s*([^()]*?)\s*\)/g;
const edgePunctuation = /^[\s(:]+|[\s).:]+$/g;

function match(patterns: typeof isUnit, text: string): Scale | undefined {
  for (const [pattern, scale] of patterns) if (pattern.test(text)) return scale;
  return undefined;
}

/**
 * The scale of a table's amounts from its unit caption: "Đơn vị tính: đồng" → 1; "ĐVT: nghìn đồng",
 * "ngàn đồng", "1.000 đồng", "1000đ" → 1000; "(triệu đồng)" → 1.000.000; undefined when the text states none.
 */
export function scaleFromCaption(text: string): Scale | undefined {
  const folded = foldText(text);
  const m = marker.exec(folded);
  if (m !== null) {
    const scale = match(startsWithUnit, folded.slice(m.index + m[0].length));
    if (scale !== undefined) return scale;
  }
  for (const p of folded.matchAll(parenthesised)) {
    const scale = match(isUnit, p[1] ?? "");
    if (scale !== undefined) return scale;
  }
  return match(isUnit, folded.replace(edgePunctuation, ""));
}
