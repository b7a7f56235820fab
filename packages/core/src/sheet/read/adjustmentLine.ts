import type { AdjustmentKind } from "../../budget/estimate.js";

// Folded texts of adjustment lines: contingency and VAT take a share of other figures; rounding and a
// deduction are typed corrections.
const percentage = /^(chi phi |kinh phi )?du phong\b|^thue (gtgt|gia tri gia tang|vat)\b|^vat\b/;
const correction = /^(lam tron|giam tru)\b/;

/** What adjustment a folded line text names ("Chi phí dự phòng 10 %", "Thuế GTGT", "Làm tròn"), if any. */
export function adjustmentKind(folded: string): AdjustmentKind | undefined {
  const t = folded.trim();
  if (percentage.test(t)) return "percentage";
  if (correction.test(t)) return "correction";
  return undefined;
}

/** The percent a text states ("… 10 %", "10%", "5,5 %"), if exactly one; undefined otherwise. */
export function statedPercent(text: string): number | undefined {
  const found = [...text.matchAll(/(\d{1,3}(?:[.,]\d{1,3})?)\s*%/g)];
  if (found.length !== 1) return undefined;
  const value = Number((found[0]?.[1] ?? "").replace(",", "."));
  return Number.isFinite(value) && value > 0 && value <= 100 ? value : undefined;
}
