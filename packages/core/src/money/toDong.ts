import type { Scale } from "./scale.js";

// Relative tolerance for float noise: a value read from a cell carries at most 15–17 significant digits,
// so a product within 1e-12 of an integer (1.2 × 1000 = 1200.0000000000002) is that integer; anything
// further away is a real fraction of a đồng.
const noise = 1e-12;

/**
 * Converts an amount in a table's unit to integer đồng: toDong(1.2, 1000) → 1200, toDong(5, 1_000_000) → 5_000_000.
 * Only float noise is rounded away. Returns undefined when the result is not a whole number of đồng
 * (toDong(1.2345, 1000) → 1234.5 đ), not finite, or past Number.MAX_SAFE_INTEGER: the caller reports
 * it rather than silently rounding money.
 */
export function toDong(value: number, scale: Scale): number | undefined {
  const product = value * scale;
  if (!Number.isFinite(product)) return undefined;
  const rounded = Math.round(product);
  if (Math.abs(product - rounded) > noise * Math.max(1, Math.abs(product))) return undefined;
  if (!Number.isSafeInteger(rounded)) return undefined;
  return rounded === 0 ? 0 : rounded;
}
