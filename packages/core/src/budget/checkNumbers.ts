import type { Finding } from "../findings/finding.js";
import { makeFinding } from "../findings/makeFinding.js";
import type { Estimate } from "./estimate.js";
import { numberFieldNames } from "./fieldNames.js";
import { allLines } from "./lineProduct.js";
import { locate } from "./locate.js";

/**
 * `value.not_a_number` for every NaN or infinite rate, factor, amount, subtotal or total, at its cell or
 * path. A sheet never gives these (its reader reports unreadable cells itself); a hand-built estimate
 * can, and the other checks then leave those values out rather than compare with them.
 */
export function checkNumbers(estimate: Estimate, sheet?: string): Finding[] {
  const findings: Finding[] = [];
  // The path is a function: it is spelled out only for a value that is flagged.
  const flag = (value: number | null, column: keyof typeof numberFieldNames, cell: string | undefined, path: () => string): void => {
    if (value === null || Number.isFinite(value)) return;
    findings.push(makeFinding("value.not_a_number", { text: String(value), column: numberFieldNames[column] }, locate(cell, path, sheet)));
  };
  for (const entry of allLines(estimate)) {
    const line = entry.line;
    line.factors.forEach((f, i) => flag(f.value, f.kind, line.cells?.factors?.[f.kind], () => `${entry.path}.factors.${i}.value`));
    flag(line.rate, "rate", line.cells?.rate, () => `${entry.path}.rate`);
    flag(line.amount, "amount", line.cells?.amount, () => `${entry.path}.amount`);
  }
  // Subtotals and the total sit in the amount column.
  estimate.sections.forEach((s, i) => flag(s.subtotal, "amount", s.cells?.subtotal, () => `sections.${i}.subtotal`));
  flag(estimate.total, "amount", estimate.cells?.total, () => "total");
  return findings;
}
