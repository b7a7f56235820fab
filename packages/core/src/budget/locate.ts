import type { FindingLocation } from "../findings/finding.js";
import type { EstimateLine, FactorKind } from "./estimate.js";

/**
 * Where a finding points: the cell when the estimate came from a sheet, else a path into the estimate
 * (a function when the path would be built for every line of a big sheet only to be dropped).
 */
export function locate(
  cell: string | undefined,
  path: string | (() => string),
  sheet: string | undefined,
): FindingLocation {
  if (cell === undefined) return { path: typeof path === "string" ? path : path() };
  return sheet === undefined ? { cell } : { sheet, cell };
}

// The factor a count finding points at: the head count if there is one, else the quantity.
const countOrder: readonly FactorKind[] = ["persons", "quantity", "events", "sessions", "days", "count"];

/** The cell of the line's count (persons or quantity), for quota and count findings. */
export function countCell(line: EstimateLine): string | undefined {
  const cells = line.cells?.factors;
  if (!cells) return undefined;
  for (const kind of countOrder) {
    if (cells[kind] !== undefined && line.factors.some((f) => f.kind === kind)) return cells[kind];
  }
  return undefined;
}
