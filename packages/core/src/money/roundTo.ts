/** How a figure is rounded: Excel's ROUND (half away from zero), ROUNDUP (away from zero), ROUNDDOWN (toward zero). */
export type RoundMode = "round" | "up" | "down";

/** A figure rounded to `digits` decimals (negative: to tens, hundreds, thousands …) as Excel rounds it. */
export function roundTo(value: number, digits: number, mode: RoundMode): number {
  const factor = 10 ** Math.abs(digits);
  const scaled = digits >= 0 ? Math.abs(value) * factor : Math.abs(value) / factor;
  // The float error of the scaling (1.005 × 100 = 100.49999…) must not decide a half.
  const nudged = Number(scaled.toPrecision(15));
  const whole = mode === "round" ? Math.round(nudged) : mode === "up" ? Math.ceil(nudged) : Math.floor(nudged);
  const out = digits >= 0 ? whole / factor : whole * factor;
  return value < 0 ? -out : out;
}
