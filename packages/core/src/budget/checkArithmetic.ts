import type { Finding } from "../findings/finding.js";
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
import { locate } from "./locate.js";

// NaN and infinite values are checkNumbers' findings; comparing with them would only repeat it.
const finite = (n: number | null): n is number => n !== null && Number.isFinite(n);

/**
 * Arithmetic of an estimate as written: each amount against factors × rate (or its sub-items), each
 * subtotal against its items, the total against the subtotals. Blank amounts are for fill, not errors.
 * In a table kept in thousands, differences below half the table's unit are rounding, not mistakes.
 * `lines` lets a caller that has listed the estimate's lines already reuse its list.
 */
export function checkArithmetic(
  estimate: Estimate,
  sheet?: string,
  lines: readonly LineEntry[] = allLines(estimate),
): Finding[] {
  const findings: Finding[] = [];
  const tolerance = estimate.scale / 2;
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
          locate(line.cells?.amount, `${entry.path}.amount`, sheet),
        ),
      );
    }
  }
  estimate.sections.forEach((section, s) => {
    if (!finite(section.subtotal)) return;
    const expected = Number(sectionItemsTotal(section));
    if (finite(expected) && Math.abs(section.subtotal - expected) > tolerance) {
      const at = locate(section.cells?.subtotal, `sections.${s}.subtotal`, sheet);
      findings.push(
        makeFinding("subtotal.mismatch", { section: section.number, expected, actual: section.subtotal }, at),
      );
    }
  });
  if (finite(estimate.total)) {
    const expected = Number(sectionsTotal(estimate));
    if (finite(expected) && Math.abs(estimate.total - expected) > tolerance) {
      findings.push(
        makeFinding(
          "total.mismatch",
          { expected, actual: estimate.total },
          locate(estimate.cells?.total, "total", sheet),
        ),
      );
    }
  }
  return findings;
}
