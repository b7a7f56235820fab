import type { Finding, FindingLocation } from "../findings/finding.js";
import { makeFinding } from "../findings/makeFinding.js";
import type { Estimate } from "./estimate.js";
import {
  allLines,
  lineProduct,
  lineValue,
  sectionItemsTotal,
  sectionsTotal,
  sumDong,
  type LineEntry,
} from "./lineProduct.js";
import { locate, type EstimateLocator } from "./locate.js";

// NaN and infinite values are checkNumbers' findings; comparing with them would only repeat it.
const finite = (n: number | null): n is number => n !== null && Number.isFinite(n);

/**
 * Arithmetic of an estimate as written: each amount against factors × rate (or its sub-items), each
 * subtotal against its items, the total against the subtotals. Blank amounts are for fill, not errors.
 * In a table kept in thousands (the locator's scale), differences below half the table's unit are rounding,
 * not mistakes.
 * `lines` lets a caller that has listed the estimate's lines already reuse its list.
 */
export function checkArithmetic(
  estimate: Estimate,
  locator?: EstimateLocator,
  lines: readonly LineEntry[] = allLines(estimate),
): Finding[] {
  const findings: Finding[] = [];
  const tolerance = (locator?.scale ?? 1) / 2;
  for (const entry of lines) {
    const line = entry.line;
    if (!finite(line.amount)) continue;
    const children = line.children ?? [];
    const expected = children.length > 0 ? Number(sumDong(children.map(lineValue))) : lineProduct(line);
    if (finite(expected) && Math.abs(line.amount - expected) > tolerance) {
      findings.push(
        makeFinding(
          "amount.mismatch",
          { expected, actual: line.amount },
          locate(locator, { line: entry, field: "amount" }, `${entry.path}.amount`),
        ),
      );
    }
  }
  estimate.sections.forEach((section, s) => {
    if (!finite(section.subtotal)) return;
    const at = locate(locator, { section: s }, `sections.${s}.subtotal`);
    const found = subtotalMismatch(section.number, Number(sectionItemsTotal(section)), section.subtotal, tolerance, at);
    if (found) findings.push(found);
  });
  if (finite(estimate.total)) {
    const expected = Number(sectionsTotal(estimate));
    if (finite(expected) && Math.abs(estimate.total - expected) > tolerance) {
      findings.push(
        makeFinding("total.mismatch", { expected, actual: estimate.total }, locate(locator, { total: true }, "total")),
      );
    }
  }
  return findings;
}

/**
 * The one rule for a heading's amount against what its parts add up to — a section's items here, a group's
 * sections in the sheet's sum audit (groups are not in the estimate model): `subtotal.mismatch` when they
 * differ by more than the tolerance (half the table's unit), else nothing.
 */
export function subtotalMismatch(
  section: string,
  expected: number,
  actual: number,
  tolerance: number,
  at: FindingLocation,
): Finding | undefined {
  if (!finite(expected) || Math.abs(actual - expected) <= tolerance) return undefined;
  return makeFinding("subtotal.mismatch", { section, expected, actual }, at);
}
