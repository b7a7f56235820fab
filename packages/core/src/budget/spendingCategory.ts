import type { LocalizedText } from "../findings/finding.js";
import { entryClassifier } from "./headingClass.js";
import type { Estimate } from "./estimate.js";
import type { LineKind } from "./lineKind.js";
import { amountValue } from "./computeAmounts.js";
import { allLines, sumDong, type LineEntry } from "./lineProduct.js";

/**
 * The kinds of spending a budget is shown by — the columns of a consolidated estimate and the parts of the
 * task pane's picture. One mapping from line kinds, here, so that both always agree.
 */
export type SpendingCategory = "meal_support" | "hall" | "speakers" | "documents_printing" | "travel_lodging" | "other";

/** The categories in the order they are shown. */
export const spendingCategories: readonly SpendingCategory[] = [
  "meal_support",
  "hall",
  "speakers",
  "documents_printing",
  "travel_lodging",
  "other",
];

export const spendingCategoryNames: Readonly<Record<SpendingCategory, LocalizedText>> = {
  meal_support: { vi: "Hỗ trợ tiền ăn", en: "Meal support" },
  hall: { vi: "Hội trường, trang trí", en: "Hall and decoration" },
  speakers: { vi: "Báo cáo viên", en: "Speakers" },
  documents_printing: { vi: "Tài liệu, in ấn", en: "Documents and printing" },
  travel_lodging: { vi: "Đi lại, lưu trú", en: "Travel and lodging" },
  other: { vi: "Chi khác", en: "Other" },
};

// Exhaustive over LineKind: a new kind does not compile until it is given its category.
const categoryOfKind: Readonly<Record<LineKind, SpendingCategory>> = {
  meal_support: "meal_support",
  meal: "meal_support",
  hall: "hall",
  decoration: "hall",
  connection: "hall",
  speaker_fee: "speakers",
  documents: "documents_printing",
  stationery: "documents_printing",
  writing: "documents_printing",
  leaflet_write: "documents_printing",
  leaflet_print: "documents_printing",
  leaflet_distribution: "documents_printing",
  banner: "documents_printing",
  travel_support: "travel_lodging",
  travel: "travel_lodging",
  lodging: "travel_lodging",
  per_diem: "travel_lodging",
  water: "other",
  medicine: "other",
  mediator_fee: "other",
  team_support: "other",
  club: "other",
  plan_drafting: "other",
};

/** The category of a line kind; a line of no known kind is "other". */
export function spendingCategoryOf(kind: LineKind | undefined): SpendingCategory {
  return kind === undefined ? "other" : categoryOfKind[kind];
}

/** A line counted in a category: a whole line, or a sub-item of a line of no known kind. */
export interface CategorizedLine {
  readonly entry: LineEntry;
  readonly category: SpendingCategory;
  /** Its kind; undefined for a line of no known kind (counted in "other"). */
  readonly kind?: LineKind;
}

/**
 * The lines the estimate's money is counted by, each with its category. A line of a known kind counts whole
 * in its category; a line of no known kind with sub-items counts each sub-item by its own kind.
 */
export function categorizedLines(
  estimate: Estimate,
  lines: readonly LineEntry[] = allLines(estimate),
): CategorizedLine[] {
  // As the checks class them: a line named only by a place takes its heading's kind.
  const classOf = entryClassifier();
  // allLines lists a line before its sub-items: a line split by kind lets its sub-items count instead.
  const split = new Set<LineEntry>();
  const counted: CategorizedLine[] = [];
  for (const entry of lines) {
    if (entry.parent !== undefined && !split.has(entry.parent)) continue;
    const kind = classOf(entry).kind;
    if (kind === undefined && entry.line.children && entry.line.children.length > 0) split.add(entry);
    else counted.push({ entry, category: spendingCategoryOf(kind), ...(kind === undefined ? {} : { kind }) });
  }
  return counted;
}

/** The estimate's money by category, in whole đồng (bigint: sums stay exact), as `categorizedLines` counts it. */
export function spendingByCategory(estimate: Estimate): Record<SpendingCategory, bigint> {
  const parts: Record<SpendingCategory, (number | null)[]> = {
    meal_support: [],
    hall: [],
    speakers: [],
    documents_printing: [],
    travel_lodging: [],
    other: [],
  };
  for (const { entry, category } of categorizedLines(estimate)) parts[category].push(amountValue(entry.line.amount));
  return {
    meal_support: sumDong(parts.meal_support),
    hall: sumDong(parts.hall),
    speakers: sumDong(parts.speakers),
    documents_printing: sumDong(parts.documents_printing),
    travel_lodging: sumDong(parts.travel_lodging),
    other: sumDong(parts.other),
  };
}
