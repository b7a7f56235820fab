import type { LocalizedText } from "../findings/finding.js";
import { lineClassifier } from "./classifyLine.js";
import type { Estimate, EstimateLine } from "./estimate.js";
import type { LineKind } from "./lineKind.js";
import { amountValue } from "./computeAmounts.js";
import { sumDong } from "./lineProduct.js";

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
  speaker_fee: "speakers",
  documents: "documents_printing",
  stationery: "documents_printing",
  writing: "documents_printing",
  leaflet_write: "documents_printing",
  leaflet_print: "documents_printing",
  leaflet_distribution: "documents_printing",
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

/**
 * The estimate's money by category, in whole đồng (bigint: sums stay exact). A line of a known kind counts
 * whole in its category; a line of no known kind with sub-items counts each sub-item by its own kind.
 */
export function spendingByCategory(estimate: Estimate): Record<SpendingCategory, bigint> {
  const classOf = lineClassifier();
  const parts: Record<SpendingCategory, (number | null)[]> = {
    meal_support: [],
    hall: [],
    speakers: [],
    documents_printing: [],
    travel_lodging: [],
    other: [],
  };
  const add = (line: EstimateLine) => {
    const kind = classOf(line).kind;
    if (kind === undefined && line.children && line.children.length > 0) line.children.forEach(add);
    else parts[spendingCategoryOf(kind)].push(amountValue(line.amount));
  };
  for (const section of estimate.sections) section.lines.forEach(add);
  return {
    meal_support: sumDong(parts.meal_support),
    hall: sumDong(parts.hall),
    speakers: sumDong(parts.speakers),
    documents_printing: sumDong(parts.documents_printing),
    travel_lodging: sumDong(parts.travel_lodging),
    other: sumDong(parts.other),
  };
}
