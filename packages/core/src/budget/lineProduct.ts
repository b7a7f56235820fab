import { roundTo } from "../money/roundTo.js";
import type { Estimate, EstimateLine, EstimateSection, LineFields } from "./estimate.js";

/** The product of a line's factors (persons × days × …): how many units the rate is paid for. */
export function lineCount(line: Pick<LineFields, "factors">): number {
  return line.factors.reduce((product, factor) => product * factor.value, 1);
}

/**
 * What the line's amount should be: factors × rate (rounded as the line says), in whole đồng; null without a
 * rate or factors, and
 * when an input or the product is not a finite number (no amount can be that; checkNumbers says so).
 * Integer inputs multiply exactly (as bigint) so that huge lines do not lose digits before rounding.
 */
export function lineProduct(line: Pick<LineFields, "factors" | "rate" | "rounding">): number | null {
  const product = unroundedProduct(line);
  const rounding = line.rounding;
  return product === null || rounding === undefined ? product : roundTo(product, rounding.digits, rounding.mode);
}

function unroundedProduct(line: Pick<LineFields, "factors" | "rate">): number | null {
  if (line.rate === null || line.factors.length === 0) return null;
  let product = line.rate;
  let integers = Number.isInteger(product);
  for (const factor of line.factors) {
    product *= factor.value;
    integers &&= Number.isInteger(factor.value);
  }
  // Integers whose product stays a safe integer multiplied exactly as floats (every partial product is
  // no larger); a zero factor gives 0 either way. Only bigger products need bigint.
  if (integers && Number.isSafeInteger(product)) return product === 0 ? 0 : product;
  const values = [...line.factors.map((f) => f.value), line.rate];
  const exact = values.every(Number.isInteger)
    ? Number(values.reduce((p, v) => p * BigInt(v), 1n))
    : // Float noise such as 1.2 × 25.000 is rounded away; real fractions of a đồng round half up.
      Math.round(Number((lineCount(line) * line.rate).toPrecision(15)));
  return Number.isFinite(exact) ? exact : null;
}

/** Sums amounts in đồng exactly; blanks (and non-numbers) count as nothing. */
export function sumDong(values: readonly (number | bigint | null | undefined)[]): bigint {
  // Whole đồng add exactly as floats while the running sum stays a safe integer (a correctly rounded
  // sum that fits is exact): no bigint per value. Bigint takes over from the first value that would not fit.
  let small = 0;
  let i = 0;
  for (; i < values.length; i++) {
    const value = values[i];
    if (value === null || value === undefined || (typeof value === "number" && !Number.isFinite(value))) continue;
    if (typeof value === "bigint") break;
    const next = small + Math.round(value);
    if (!Number.isSafeInteger(next)) break;
    small = next;
  }
  let sum = BigInt(small);
  for (; i < values.length; i++) {
    const value = values[i];
    // Non-finite numbers cannot be money; the reader reports them, the sum must not throw on them.
    if (value === null || value === undefined || (typeof value === "number" && !Number.isFinite(value))) continue;
    sum += typeof value === "bigint" ? value : BigInt(Math.round(value));
  }
  return sum;
}

/** A line of an estimate, its section and where it is in the estimate. */
export interface LineEntry {
  readonly line: EstimateLine;
  readonly section: EstimateSection;
  /** The index of its section in the estimate. */
  readonly sectionIndex: number;
  /** The item a sub-item belongs to; undefined for an item. */
  readonly parent: LineEntry | undefined;
  /** Its index among its section's items, or among its parent's sub-items. */
  readonly index: number;
  /** Its path in the estimate: "sections.0.lines.5.children.1". */
  readonly path: string;
}

/** Every line of an estimate with its sub-items, in reading order, with its section. */
export function allLines(estimate: Estimate): LineEntry[] {
  // An array, not a generator: the checks walk every line of big sheets, and resuming nested
  // generators costs more than the walk itself.
  const entries: LineEntry[] = [];
  estimate.sections.forEach((section, s) => {
    section.lines.forEach((line, l) => walk(new LineAt(line, section, s, undefined, l), entries));
  });
  return entries;
}

function walk(entry: LineAt, into: LineEntry[]): void {
  into.push(entry);
  entry.line.children?.forEach((child, c) =>
    walk(new LineAt(child, entry.section, entry.sectionIndex, entry, c), into),
  );
}

// The path is spelled out only when a finding needs it: most lines of a big sheet have no finding, or
// have cells to point at instead.
class LineAt implements LineEntry {
  constructor(
    readonly line: EstimateLine,
    readonly section: EstimateSection,
    readonly sectionIndex: number,
    readonly parent: LineAt | undefined,
    readonly index: number,
  ) {}

  get path(): string {
    return this.parent
      ? `${this.parent.path}.children.${this.index}`
      : `sections.${this.sectionIndex}.lines.${this.index}`;
  }
}
