/**
 * Memoises a function of two texts up to their numbers: texts that differ only in their runs of digits
 * ("Hội nghị lần 2", "Hội nghị lần 13") share one answer. The texts are hashed and compared in place,
 * with no key string built and hashed per call: this runs for every line of big sheets.
 */
export function memoUpToDigits<V>(compute: (a: string, b: string) => V): (a: string, b: string) => V {
  const buckets = new Map<number, { readonly a: string; readonly b: string; readonly value: V }[]>();
  return (a, b) => {
    // Kept within 30 bits so the key stays a small integer.
    const hash = hashUpToDigits(b, Math.imul(hashUpToDigits(a, FNV_OFFSET) ^ 0x0a, FNV_PRIME)) & 0x3fffffff;
    let bucket = buckets.get(hash);
    if (bucket) {
      for (const entry of bucket) if (sameUpToDigits(entry.a, a) && sameUpToDigits(entry.b, b)) return entry.value;
    } else {
      bucket = [];
      buckets.set(hash, bucket);
    }
    const value = compute(a, b);
    bucket.push({ a, b, value });
    return value;
  };
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

const isDigit = (code: number) => code >= 0x30 && code <= 0x39;

/** FNV-1a over the text's code units, each run of digits counted as one "0". */
export function hashUpToDigits(text: string, seed: number): number {
  let hash = seed;
  let inDigits = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isDigit(code)) {
      if (inDigits) continue;
      inDigits = true;
      hash = Math.imul(hash ^ 0x30, FNV_PRIME);
    } else {
      inDigits = false;
      hash = Math.imul(hash ^ code, FNV_PRIME);
    }
  }
  return hash;
}

/** True when the texts are equal once each run of digits in either reads as one "0". */
export function sameUpToDigits(x: string, y: string): boolean {
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    const cx = x.charCodeAt(i);
    const cy = y.charCodeAt(j);
    if (isDigit(cx) && isDigit(cy)) {
      do i++;
      while (i < x.length && isDigit(x.charCodeAt(i)));
      do j++;
      while (j < y.length && isDigit(y.charCodeAt(j)));
    } else if (cx !== cy) return false;
    else {
      i++;
      j++;
    }
  }
  return i === x.length && j === y.length;
}
