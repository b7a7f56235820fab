/**
 * The SUM formula (without "=") over cells of one column at the given rows, consecutive rows joined into
 * ranges: rows 13,14,15,18 → "SUM(G14:G16,G19)".
 */
export function sumOverRows(rows: readonly number[], at: (r: number) => string): string {
  const sorted = [...rows].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] as number) + 1) j++;
    parts.push(i === j ? at(sorted[i] as number) : `${at(sorted[i] as number)}:${at(sorted[j] as number)}`);
    i = j + 1;
  }
  return `SUM(${parts.join(",")})`;
}
