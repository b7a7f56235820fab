import type { FindingLocation } from "../findings/finding.js";
import type { Scale } from "../money/scale.js";
import type { FactorKind } from "./estimate.js";
import type { LineEntry } from "./lineProduct.js";

/**
 * A figure of an estimate that a finding can point at: a line's rate, amount or factor, a section's or a
 * group's amount (by index), the total.
 */
export type EstimateFigure =
  | { readonly line: LineEntry; readonly field: "rate" | "amount" | FactorKind }
  | { readonly section: number }
  | { readonly group: number }
  | { readonly total: true };

/**
 * Where an estimate read from a sheet sits on it, as the budget checks need it: the sheet's name, the table's
 * money unit (differences below half of it are rounding) and the A1 address of a figure (undefined when the
 * table has no such cell). The sheet engine gives one for each estimate it reads (`estimateLocator`).
 */
export interface EstimateLocator {
  readonly sheet: string;
  readonly scale: Scale;
  readonly cell: (figure: EstimateFigure) => string | undefined;
}

/**
 * Where a finding points: the figure's cell when the estimate came from a sheet, else a path into the
 * estimate (a function when the path would be built for every line of a big sheet only to be dropped).
 */
export function locate(
  locator: EstimateLocator | undefined,
  figure: EstimateFigure | undefined,
  path: string | (() => string),
): FindingLocation {
  const cell = figure === undefined ? undefined : locator?.cell(figure);
  if (locator === undefined || cell === undefined) return { path: typeof path === "string" ? path : path() };
  return { sheet: locator.sheet, cell };
}

// The factor a count finding points at: the head count if there is one, else the quantity.
const countOrder: readonly FactorKind[] = ["persons", "quantity", "events", "sessions", "days", "count"];

/** The line's count (persons or quantity) that has a cell, for quota and count findings. */
export function countFigure(locator: EstimateLocator | undefined, entry: LineEntry): EstimateFigure | undefined {
  if (!locator) return undefined;
  for (const kind of countOrder) {
    if (!entry.line.factors.some((f) => f.kind === kind)) continue;
    const figure = { line: entry, field: kind };
    if (locator.cell(figure) !== undefined) return figure;
  }
  return undefined;
}
