// Precomputed readings of every three-digit group (0–999): the hot loop of toVietnameseWords is then
// table look-ups and concatenation only.

/** Digit words 0–9 as read on their own or as hundreds/tens digits. */
export const digitWords = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"] as const;

export interface GroupTables {
  /** The leading group of a number: no "không trăm" (5 → "năm", 21 → "hai mươi mốt"). */
  readonly leading: readonly string[];
  /** Any later group: always reads its hundreds (5 → "không trăm linh năm"). */
  readonly full: readonly string[];
}

const cache = new Map<string, GroupTables>();

/** Tables for one style; built once per (zeroTens, fourAfterTens) pair. */
export function groupTables(zeroTens: string, fourAfterTens: string): GroupTables {
  const key = `${zeroTens}|${fourAfterTens}`;
  let tables = cache.get(key);
  if (tables === undefined) {
    const leading: string[] = [];
    const full: string[] = [];
    for (let g = 0; g < 1000; g++) {
      leading.push(readGroup(g, false, zeroTens, fourAfterTens));
      full.push(readGroup(g, true, zeroTens, fourAfterTens));
    }
    tables = { leading, full };
    cache.set(key, tables);
  }
  return tables;
}

function readGroup(g: number, withHundreds: boolean, zeroTens: string, fourAfterTens: string): string {
  const h = Math.floor(g / 100);
  const t = Math.floor(g / 10) % 10;
  const u = g % 10;
  const parts: string[] = [];
  if (withHundreds || h > 0) parts.push(digitWords[h] ?? "", "trăm");
  if (t === 0) {
    if (u > 0) {
      // "linh/lẻ" only bridges a hundreds digit; never "mốt/lăm/tư" after it.
      if (parts.length > 0) parts.push(zeroTens);
      parts.push(digitWords[u] ?? "");
    }
  } else if (t === 1) {
    parts.push("mười");
    if (u === 5) parts.push("lăm");
    else if (u > 0) parts.push(digitWords[u] ?? "");
  } else {
    parts.push(digitWords[t] ?? "", "mươi");
    if (u === 1) parts.push("mốt");
    else if (u === 4) parts.push(fourAfterTens);
    else if (u === 5) parts.push("lăm");
    else if (u > 0) parts.push(digitWords[u] ?? "");
  }
  return parts.join(" ");
}
