import type {
  AdjustmentDraft,
  Amount,
  Estimate,
  EstimateAdjustment,
  EstimateDraft,
  EstimateLine,
  LineDraft,
} from "./estimate.js";
import { lineProduct, sumDong } from "./lineProduct.js";

/**
 * The estimate of a draft: every declared amount kept, every computed one worked out — a line's factors ×
 * rate (or its sub-items' sum), a section's items, a group's sections, an adjustment's share of the sections
 * it names, and the total over all sections and adjustments, each part counted as written, else as computed. The one place computed amounts come from: the sheet reader,
 * estimateFromPlan and the renderer all build their estimates here.
 */
export function computeAmounts(draft: EstimateDraft): Estimate {
  // Sums are carried exactly (bigint) up the tree, so that a total is as exact as its parts.
  const sections = draft.sections.map((section) => {
    const lines = section.lines.map(lineOf);
    const exact = sumDong(lines.map((l) => l.value));
    return {
      value: section.amount ?? exact,
      section: {
        number: section.number,
        title: section.title,
        lines: lines.map((l) => l.line),
        amount: { declared: section.amount, computed: money(exact) },
      },
    };
  });
  const groups = (draft.groups ?? []).map((group) => ({
    number: group.number,
    title: group.title,
    sections: group.sections,
    amount: {
      declared: group.amount,
      computed: money(sumDong(group.sections.map((i) => sections[i]?.value))),
    },
  }));
  const adjustments = (draft.adjustments ?? []).map((a) => adjustmentOf(a, sections));
  const parts = [...sections.map((s) => s.value), ...adjustments.map((a) => amountValue(a.amount))];
  return {
    ...(draft.title === undefined ? {} : { title: draft.title }),
    groups,
    sections: sections.map((s) => s.section),
    ...(adjustments.length > 0 ? { adjustments } : {}),
    amount: { declared: draft.amount, computed: money(sumDong(parts)) },
    ...(draft.words === undefined ? {} : { words: draft.words }),
  };
}

/** The money an amount stands for: as written, else as computed. */
export function amountValue(amount: Amount): number | null {
  return amount.declared ?? amount.computed;
}

/** An adjustment: its basis's share of the sections it names, else (no basis read) as written. */
function adjustmentOf(
  draft: AdjustmentDraft,
  sections: readonly { readonly value: number | bigint | null }[],
): EstimateAdjustment {
  const { amount: declared, ...fields } = draft;
  const basis = draft.basis;
  let computed = declared;
  if (basis) {
    const base = money(sumDong(basis.sections.map((i) => sections[i]?.value)));
    computed = base === null ? null : Math.round((base * basis.percent) / 100);
  }
  return { ...fields, amount: { declared, computed } };
}

/** A line with its value (as written, else computed), exact. */
function lineOf(draft: LineDraft): { line: EstimateLine; value: number | bigint | null } {
  const { amount: declared, children: drafts, ...fields } = draft;
  const children = drafts?.map(lineOf);
  const exact = children && children.length > 0 ? sumDong(children.map((c) => c.value)) : lineProduct(draft);
  const amount = { declared, computed: typeof exact === "bigint" ? money(exact) : exact };
  const line =
    children === undefined ? { ...fields, amount } : { ...fields, amount, children: children.map((c) => c.line) };
  return { line, value: declared ?? exact };
}

// A sum past any number (values near 1e308) cannot be computed.
function money(sum: bigint): number | null {
  const n = Number(sum);
  return Number.isFinite(n) ? n : null;
}
