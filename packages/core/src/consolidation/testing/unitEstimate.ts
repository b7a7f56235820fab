/** Test data only: small unit estimates to consolidate. */
import { computeAmounts } from "../../budget/computeAmounts.js";
import type { EstimateDraft, Factor, LineDraft } from "../../budget/estimate.js";
import type { Finding } from "../../findings/finding.js";
import type { ConsolidationUnit } from "../consolidation.js";

const persons = (value: number): Factor => ({ kind: "persons", value });
const quantity = (value: number): Factor => ({ kind: "quantity", value });

/** A line with its amount as written: factors × rate unless `amount` says otherwise. */
export function draftLine(content: string, unit: string, factors: Factor[], rate: number, amount?: number): LineDraft {
  return { content, unit, factors, rate, amount: amount ?? factors.reduce((p, f) => p * f.value, rate) };
}

/**
 * A commune's conference estimate: hall 3.000.000, meal support 80 × 100.000, speaker 1.000.000, leaflets
 * 500 × 1.000, and a line of no known kind 700.000 — 13.200.000 đồng when nothing is changed.
 */
export function communeDraft(options: { delegates?: number; copies?: number } = {}): EstimateDraft {
  const lines = [
    draftLine("Thuê hội trường", "hội nghị", [quantity(1)], 3_000_000),
    draftLine("Hỗ trợ tiền ăn cho đại biểu không hưởng lương", "người", [persons(options.delegates ?? 80)], 100_000),
    draftLine("Thù lao báo cáo viên", "buổi", [quantity(2)], 500_000),
    draftLine("In tờ gấp pháp luật", "tờ", [quantity(options.copies ?? 500)], 1_000),
    draftLine("Chi hỗ trợ khác", "", [quantity(1)], 700_000),
  ];
  const sum = lines.reduce((s, l) => s + (l.amount ?? 0), 0);
  return { sections: [{ number: "I", title: "Hội nghị tập huấn", lines, amount: sum }], amount: sum };
}

/** A unit to consolidate from a draft. */
export function unitOf(unit: string, draft: EstimateDraft, findings: readonly Finding[] = []): ConsolidationUnit {
  return { unit, file: `${unit}.xlsx`, sheet: "Dự toán", estimate: computeAmounts(draft), findings };
}
