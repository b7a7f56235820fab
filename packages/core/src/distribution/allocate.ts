/** A receiving unit and its weight. */
export interface WeightedUnit {
  readonly unit: string;
  readonly weight: number;
}

/** What a unit receives. */
export interface Allocation {
  readonly unit: string;
  readonly weight: number;
  readonly count: number;
}

/**
 * Shares `total` items over units in proportion to their weights by the largest-remainder (Hamilton)
 * method: each unit gets the whole part of total × weight / Σweights, and the items left over go one
 * each to the largest fractional parts. The counts sum exactly to `total`.
 *
 * Ties (equal fractional parts) go to the larger weight, then to the unit listed first — so the
 * order of the weights file (usually the official order of the units) decides, and the same input
 * always gives the same result. Arithmetic is exact (BigInt), whatever the sizes.
 *
 * Undefined when the input cannot be shared: `total` or a weight is not a whole number ≥ 0, or
 * every weight is 0 while `total` > 0. Zero-weight units get 0.
 */
export function allocateLargestRemainder(total: number, units: readonly WeightedUnit[]): Allocation[] | undefined {
  if (!isCount(total) || !units.every((u) => isCount(u.weight))) return undefined;
  const sum = units.reduce((s, u) => s + BigInt(u.weight), 0n);
  if (sum === 0n) return total === 0 ? units.map((u) => ({ unit: u.unit, weight: u.weight, count: 0 })) : undefined;
  const n = BigInt(total);
  const shares = units.map((u, index) => {
    const product = n * BigInt(u.weight);
    return { index, base: product / sum, remainder: product % sum, weight: u.weight };
  });
  let left = n - shares.reduce((s, x) => s + x.base, 0n);
  const order = [...shares].sort((a, b) =>
    a.remainder !== b.remainder ? (b.remainder > a.remainder ? 1 : -1) : b.weight - a.weight || a.index - b.index,
  );
  const extra = new Set<number>();
  for (const share of order) {
    if (left <= 0n) break;
    extra.add(share.index);
    left--;
  }
  return units.map((u, i) => ({
    unit: u.unit,
    weight: u.weight,
    count: Number((shares[i]?.base ?? 0n) + (extra.has(i) ? 1n : 0n)),
  }));
}

function isCount(n: number): boolean {
  return Number.isSafeInteger(n) && n >= 0;
}
