import { sumDong } from "../budget/lineProduct.js";
import { spendingCategories } from "../budget/spendingCategory.js";
import { isError, type Finding } from "../findings/finding.js";
import { makeFinding } from "../findings/makeFinding.js";
import { failure, success, type Result } from "../findings/result.js";
import type { Plan } from "../plan/planSchema.js";
import { compareAllotments } from "./compareAllotments.js";
import type { CategoryAmounts, Consolidation, ConsolidatedUnit, ConsolidationUnit } from "./consolidation.js";
import { unitKey } from "../plan/sameUnit.js";
import { unitFigures } from "./unitFigures.js";

/**
 * Adds the units' estimates up: one row per unit, in the order given, with its money by spending category (core's
 * one mapping, shared with the task pane), its submitted total and its recomputed one, and the totals over the
 * units. A unit whose sheet has errors is kept, counted as submitted, and marked (`consolidation.unit_has_errors`);
 * two estimates of one unit are both kept (`consolidation.duplicate_unit`). With a plan, each unit is compared
 * with its allotment (see `compareAllotments`). Findings point at `units.N` (and the plan's `allotments.N`). Not
 * `ok` only when there is no unit at all. Never throws.
 */
export function consolidateEstimates(units: readonly ConsolidationUnit[], plan?: Plan): Result<Consolidation> {
  if (units.length === 0) return failure([makeFinding("consolidation.empty")]);
  const findings: Finding[] = [];
  const given = units.map((u, i) => ({ ...u, figures: unitFigures(u.estimate), path: `units.${i}` }));
  const seen = new Map<string, ConsolidationUnit>();
  for (const u of given) {
    const errors = u.findings.filter(isError).length;
    if (errors > 0)
      findings.push(makeFinding("consolidation.unit_has_errors", { unit: u.unit, errors }, { path: u.path }));
    if (u.unnamed) continue;
    const id = unitKey(u.unit);
    const first = seen.get(id);
    if (first)
      findings.push(
        makeFinding(
          "consolidation.duplicate_unit",
          { unit: u.unit, file: u.file, sheet: u.sheet, first: first.file, firstSheet: first.sheet },
          { path: u.path },
        ),
      );
    else seen.set(id, u);
  }
  const compared = plan ? compareAllotments(given, plan) : undefined;
  if (compared) findings.push(...compared.findings);
  const rows: ConsolidatedUnit[] = given.map((u, i) => {
    const f = u.figures;
    const allotment = compared?.allotments[i];
    const classified = Number(sumDong(spendingCategories.map((c) => f.categories[c])));
    return {
      unit: u.unit,
      file: u.file,
      sheet: u.sheet,
      categories: f.categories,
      submitted: f.submitted,
      recomputed: f.recomputed,
      difference: f.submitted - classified,
      errors: u.findings.filter(isError).length,
      unclassified: f.unclassified,
      ...(allotment ? { allotment } : {}),
    };
  });
  return success({ units: rows, totals: totalsOf(rows) }, findings);
}

function totalsOf(rows: readonly ConsolidatedUnit[]): Consolidation["totals"] {
  const sum = (pick: (row: ConsolidatedUnit) => number) => Number(sumDong(rows.map(pick)));
  const categories = Object.fromEntries(spendingCategories.map((c) => [c, sum((r) => r.categories[c])])) as Record<
    keyof CategoryAmounts,
    number
  >;
  return {
    categories,
    submitted: sum((r) => r.submitted),
    recomputed: sum((r) => r.recomputed),
    difference: sum((r) => r.difference),
  };
}
