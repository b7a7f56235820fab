import type { Finding, FindingLocation } from "../findings/finding.js";
import { makeFinding } from "../findings/makeFinding.js";
import type { Amount, Estimate } from "./estimate.js";
import { allLines, type LineEntry } from "./lineProduct.js";
import { locate, type EstimateFigure, type EstimateLocator } from "./locate.js";

// NaN and infinite values are checkNumbers' findings; comparing with them would only repeat it.
const finite = (n: number | null): n is number => n !== null && Number.isFinite(n);

/**
 * Arithmetic of an estimate as written: each declared amount against its computed one — a line's factors ×
 * rate (or its sub-items), a section's items, a group's sections, the total's sections. Blank amounts are for
 * fill, not errors. In a table kept in thousands (the locator's scale), differences below half the table's
 * unit are rounding, not mistakes. `lines` lets a caller that has listed the estimate's lines already reuse
 * its list.
 */
export function checkArithmetic(
  estimate: Estimate,
  locator?: EstimateLocator,
  lines: readonly LineEntry[] = allLines(estimate),
): Finding[] {
  const findings: Finding[] = [];
  const tolerance = (locator?.scale ?? 1) / 2;
  for (const entry of lines) {
    const { declared, computed } = entry.line.amount;
    if (!finite(declared) || !finite(computed) || Math.abs(declared - computed) <= tolerance) continue;
    findings.push(
      makeFinding(
        "amount.mismatch",
        { expected: computed, actual: declared },
        locate(locator, { line: entry, field: "amount" }, `${entry.path}.amount`),
      ),
    );
  }
  // A section's subtotal against its items, a group's amount against its sections.
  const heading = (number: string, amount: Amount, figure: EstimateFigure, path: string): void => {
    if (!finite(amount.declared)) return;
    const at = locate(locator, figure, path);
    const found = subtotalMismatch(number, amount.computed, amount.declared, tolerance, at);
    if (found) findings.push(found);
  };
  estimate.sections.forEach((s, i) => heading(s.number, s.amount, { section: i }, `sections.${i}.amount`));
  estimate.groups.forEach((g, i) => heading(g.number, g.amount, { group: i }, `groups.${i}.amount`));
  const { declared, computed } = estimate.amount;
  if (finite(declared) && finite(computed) && Math.abs(declared - computed) > tolerance) {
    findings.push(
      makeFinding(
        "total.mismatch",
        { expected: computed, actual: declared },
        locate(locator, { total: true }, "amount"),
      ),
    );
  }
  return findings;
}

/**
 * The one rule for a heading's amount against what its parts add up to — a section's items, a group's
 * sections: `subtotal.mismatch` when they differ by more than the tolerance (half the table's unit), else
 * nothing.
 */
function subtotalMismatch(
  section: string,
  expected: number | null,
  actual: number,
  tolerance: number,
  at: FindingLocation,
): Finding | undefined {
  if (!finite(expected) || Math.abs(actual - expected) <= tolerance) return undefined;
  return makeFinding("subtotal.mismatch", { section, expected, actual }, at);
}
