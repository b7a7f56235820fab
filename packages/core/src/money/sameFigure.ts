import { roundTo } from "./roundTo.js";
/** True when two figures are the same up to float noise (0,1 + 0,2; a product of thousands of đồng). */
export function sameFigure(a: number, b: number): boolean {
  return Math.abs(a - b) <= Math.max(1e-6, Math.abs(b) * 1e-9);
}

// A rounded amount keeps at least the thousands of đồng (or two decimals of a thousands table).
const roundingDigits = [2, 1, 0, -1, -2, -3] as const;
const roundModes = ["round", "up", "down"] as const;

/**
 * True when `shown` is `exact`, or `exact` rounded as a sheet rounds it (ROUND, ROUNDUP or ROUNDDOWN to two
 * decimals … thousands): for telling which columns a table's lines multiply, where an amount typed or
 * computed as =ROUND(D8*E8*F8;-3) still says which columns made it. Never for judging an amount right.
 */
export function sameOrRounded(exact: number, shown: number): boolean {
  if (sameFigure(exact, shown)) return true;
  return roundingDigits.some((d) => roundModes.some((mode) => sameFigure(roundTo(exact, d, mode), shown)));
}
