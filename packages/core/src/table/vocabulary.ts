/** Header vocabularies of any table: a header cell names a column role when its folded key starts with a known phrase. */

/** A folded header reduced to letters, digits, "/" and single spaces: "Số ngày/\nbuổi (5)" → "so ngay/buoi 5". */
export function headerKey(folded: string): string {
  return folded
    .replace(/[^a-z0-9/]+/g, " ")
    .replace(/\s*\/\s*/g, "/")
    .trim();
}

/**
 * The role a folded header names in a vocabulary sorted longest phrase first: the whole key, or a
 * phrase followed by a space or "/". Shared by the other sheet kinds (lists, distribution sheets).
 */
export function matchVocabulary<R>(vocabulary: ReadonlyArray<readonly [string, R]>, folded: string): R | undefined {
  if (folded.length === 0 || folded.length > 60) return undefined;
  const key = headerKey(folded);
  for (const [word, role] of vocabulary) {
    if (key === word) return role;
    if (key.startsWith(word)) {
      const next = key.charAt(word.length);
      if (next === " " || next === "/") return role;
    }
  }
  return undefined;
}
