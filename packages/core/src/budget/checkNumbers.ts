import type { Finding } from "../findings/finding.js";
import { makeFinding } from "../findings/makeFinding.js";
import type { Estimate } from "./estimate.js";
import { numberFieldNames } from "./fieldNames.js";
import { allLines, type LineEntry } from "./lineProduct.js";
import { locate, type EstimateFigure, type EstimateLocator } from "./locate.js";

/**
 * `value.not_a_number` for every NaN or infinite rate, factor or declared amount (line, section, group, total), at its cell or
 * path. A sheet never gives these (its reader reports unreadable cells itself); a hand-built estimate
 * can, and the other checks then leave those values out rather than compare with them. `lines` lets a
 * caller that has listed the estimate's lines already reuse its list.
 */
export function checkNumbers(
  estimate: Estimate,
  locator?: EstimateLocator,
  lines: readonly LineEntry[] = allLines(estimate),
): Finding[] {
  const findings: Finding[] = [];
  const flag = (value: number, column: keyof typeof numberFieldNames, figure: EstimateFigure, path: string): void => {
    findings.push(
      makeFinding(
        "value.not_a_number",
        { text: String(value), column: numberFieldNames[column] },
        locate(locator, figure, path),
      ),
    );
  };
  // Tested before anything is built: on a big sheet almost every value is fine.
  const bad = (value: number | null): value is number => value !== null && !Number.isFinite(value);
  for (const entry of lines) {
    const line = entry.line;
    for (let i = 0; i < line.factors.length; i++) {
      const f = line.factors[i];
      if (f && bad(f.value)) flag(f.value, f.kind, { line: entry, field: f.kind }, `${entry.path}.factors.${i}.value`);
    }
    if (bad(line.rate)) flag(line.rate, "rate", { line: entry, field: "rate" }, `${entry.path}.rate`);
    const amount = line.amount.declared;
    if (bad(amount)) flag(amount, "amount", { line: entry, field: "amount" }, `${entry.path}.amount`);
  }
  // Subtotals, groups and the total sit in the amount column.
  estimate.sections.forEach((s, i) => {
    if (bad(s.amount.declared)) flag(s.amount.declared, "amount", { section: i }, `sections.${i}.amount`);
  });
  estimate.groups.forEach((g, i) => {
    if (bad(g.amount.declared)) flag(g.amount.declared, "amount", { group: i }, `groups.${i}.amount`);
  });
  if (bad(estimate.amount.declared)) flag(estimate.amount.declared, "amount", { total: true }, "amount");
  return findings;
}
