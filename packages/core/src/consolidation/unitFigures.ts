import { amountValue } from "../budget/computeAmounts.js";
import type { Estimate, EstimateLine } from "../budget/estimate.js";
import { entryClassifier } from "../budget/headingClass.js";
import { allLines, lineCount, sumDong } from "../budget/lineProduct.js";
import { categorizedLines, spendingByCategory, spendingCategories } from "../budget/spendingCategory.js";
import type { CategoryAmounts, UnclassifiedSpending } from "./consolidation.js";

/** What one estimate gives its row of the consolidation, and the counts an allotment is compared with. */
export interface UnitFigures {
  readonly categories: CategoryAmounts;
  readonly submitted: number;
  readonly recomputed: number;
  readonly unclassified: readonly UnclassifiedSpending[];
  /**
   * The most delegates a line counts over the unit's conferences (its persons × its conferences), when a line
   * has a persons column.
   */
  readonly delegates?: number;
  /** The copies its leaflet-printing lines print, when it has such lines. */
  readonly copies?: number;
}

/**
 * An estimate's figures by spending category (core's one mapping, `categorizedLines`), its submitted total
 * and what its lines recompute to. Adjustments (contingency, VAT, rounding) and sections without lines are
 * money of no category: they count in "other" and are listed with the lines of no known kind. Lines of a known
 * kind counted in "other" (water, medicine, mediators' fees …) are classified, so not listed.
 */
export function unitFigures(estimate: Estimate): UnitFigures {
  const byCategory = spendingByCategory(estimate);
  const lineless = estimate.sections.filter((s) => s.lines.length === 0);
  const extras = [
    ...lineless.map((s) => ({ content: s.title, amount: amountValue(s.amount) })),
    ...(estimate.adjustments ?? []).map((a) => ({ content: a.title, amount: amountValue(a.amount) })),
  ];
  byCategory.other += sumDong(extras.map((e) => e.amount));
  const categories = Object.fromEntries(spendingCategories.map((c) => [c, Number(byCategory[c])])) as Record<
    (typeof spendingCategories)[number],
    number
  >;
  const unclassified = [
    ...categorizedLines(estimate)
      .filter((l) => l.kind === undefined)
      .map(({ entry }) => ({ content: entry.line.content, amount: amountValue(entry.line.amount) })),
    ...extras,
  ];
  const sections = estimate.sections.map((s) =>
    s.lines.length === 0 ? amountValue(s.amount) : sumDong(s.lines.map(recomputedLine)),
  );
  const adjustments = (estimate.adjustments ?? []).map((a) => a.amount.computed ?? a.amount.declared);
  const whole = Number(sumDong(spendingCategories.map((c) => byCategory[c])));
  return {
    categories,
    submitted: amountValue(estimate.amount) ?? whole,
    recomputed: Number(sumDong([...sections, ...adjustments])),
    unclassified,
    ...counts(estimate),
  };
}

// A line recomputed all the way down: its sub-items added, else factors × rate, else as written.
function recomputedLine(line: EstimateLine): number | bigint | null {
  if (line.children && line.children.length > 0) return sumDong(line.children.map(recomputedLine));
  return line.amount.computed ?? line.amount.declared;
}

function counts(estimate: Estimate): { delegates?: number; copies?: number } {
  const classOf = entryClassifier();
  let delegates: number | undefined;
  let copies: number | undefined;
  for (const entry of allLines(estimate)) {
    const { line } = entry;
    const persons = line.factors.filter((f) => f.kind === "persons");
    if (persons.length > 0) {
      // "Số người 270 × Số hội nghị 6" and "Số người 1.620" both count 1.620 delegates over the conferences.
      const over = line.factors.filter((f) => f.kind === "persons" || f.kind === "events");
      delegates = Math.max(
        delegates ?? 0,
        over.reduce((product, f) => product * f.value, 1),
      );
    }
    const leaf = !line.children || line.children.length === 0;
    if (leaf && line.factors.length > 0 && classOf(entry).kind === "leaflet_print") {
      copies = (copies ?? 0) + lineCount(line);
    }
  }
  return { ...(delegates === undefined ? {} : { delegates }), ...(copies === undefined ? {} : { copies }) };
}
