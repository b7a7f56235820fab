import type { LocalizedText, Severity } from "./finding.js";

/**
 * How a parameter is rendered: `money` as grouped đồng digits ("1.234.567"), `count` as grouped digits,
 * `text` as it is (ids, cell lists, years), `localized` as the locale's half of a {vi, en} pair.
 */
export type ParamKind = "money" | "count" | "text" | "localized";

interface CatalogueEntry {
  readonly severity: Severity;
  readonly params: Readonly<Record<string, ParamKind>>;
}

/**
 * Every finding code with its default severity and parameters. Codes are a stable contract (see
 * docs/findings.md): add new ones freely, never rename or remove one.
 */
export const findingCatalogue = {
  // --- estimate sheet ---
  "table.not_found": { severity: "error", params: { sheet: "text" } },
  "table.multiple_candidates": { severity: "info", params: { chosen: "text", candidates: "count" } },
  "value.not_a_number": { severity: "error", params: { text: "text", column: "localized" } },
  "value.formula_error": { severity: "error", params: { error: "text" } },
  "amount.mismatch": { severity: "error", params: { expected: "money", actual: "money" } },
  "subtotal.mismatch": { severity: "error", params: { section: "text", expected: "money", actual: "money" } },
  "total.mismatch": { severity: "error", params: { expected: "money", actual: "money" } },
  "total.double_count": { severity: "error", params: { cells: "text" } },
  "formula.hardcoded": { severity: "warning", params: { value: "money" } },
  "formula.range_omits_rows": { severity: "error", params: { formula: "text", rows: "text" } },
  "formula.range_adds_rows": { severity: "warning", params: { formula: "text", rows: "text" } },
  "formula.inconsistent": { severity: "warning", params: { formula: "text", expected: "text" } },
  "formula.too_deep": { severity: "warning", params: { depth: "count" } },
  "words.missing": { severity: "warning", params: { total: "money" } },
  "words.mismatch": { severity: "error", params: { words: "text", read: "text", total: "money", expected: "text" } },
  "words.unreadable": {
    severity: "warning",
    params: { words: "text", reason: "localized", total: "money", expected: "text" },
  },
  "rate.over_cap": {
    severity: "error",
    params: { rate: "money", cap: "money", unit: "localized", basis: "localized" },
  },
  "rate.cap_unverified": {
    severity: "info",
    params: { rate: "money", cap: "localized", basis: "localized" },
  },
  "quota.exceeded": {
    severity: "error",
    params: {
      group: "localized",
      persons: "count",
      quota: "count",
      perConference: "count",
      conferences: "count",
      days: "count",
    },
  },
  "plan.count_mismatch": { severity: "error", params: { what: "localized", expected: "count", actual: "count" } },
  "plan.count_unclear": { severity: "info", params: { what: "localized", expected: "count", actual: "count" } },
  "budget.over_allocation": { severity: "error", params: { total: "money", allocated: "money" } },
  "text.legacy_encoding": { severity: "info", params: { encoding: "text", sample: "text" } },

  "options.invalid": { severity: "error", params: { option: "text", expected: "text" } },

  // --- plan documents ---
  "plan.invalid": { severity: "error", params: { problem: "localized" } },
  "plan.quota_sum_mismatch": { severity: "error", params: { sum: "count", delegates: "count" } },
  "plan.outside_year": { severity: "error", params: { what: "localized", year: "text" } },
  "plan.range_reversed": { severity: "error", params: { what: "localized", from: "text", to: "text" } },
  "plan.unknown_reference": { severity: "error", params: { ref: "text", kind: "localized" } },
  "plan.duplicate_id": { severity: "error", params: { id: "text", kind: "localized" } },
  "plan.not_positive": { severity: "error", params: { value: "text" } },
  "plan.kept_exceeds_copies": { severity: "error", params: { kept: "count", copies: "count" } },
  "plan.responsibility_without_unit": { severity: "error", params: {} },
  "plan.unknown_key": { severity: "warning", params: { key: "text" } },
  "plan.district_after_reform": { severity: "warning", params: { what: "localized" } },
  "plan.handout_short": { severity: "warning", params: { material: "text", copies: "count", delegates: "count" } },

  // --- estimate building and norms tables ---
  "price.missing": { severity: "warning", params: { line: "localized" } },
  "norms.invalid": { severity: "error", params: { problem: "localized" } },
  "norms.raises_cap": {
    severity: "error",
    params: { key: "text", cap: "money", national: "money", basis: "localized" },
  },
  "prices.invalid": { severity: "error", params: { problem: "localized" } },
  "norms.unknown_key": { severity: "warning", params: { key: "text" } },
  "prices.unknown_key": { severity: "warning", params: { key: "text" } },
  "prices.renamed_unread": { severity: "warning", params: { line: "text", what: "localized" } },

  // --- other sheets of a plan: weights, leaflet distribution, conference schedule, list sheets ---
  "list.not_found": { severity: "error", params: { sheet: "text", kind: "localized" } },
  "weights.empty": { severity: "error", params: {} },
  "weights.bad_row": { severity: "error", params: { line: "count", text: "text" } },
  "weights.bad_weight": { severity: "error", params: { line: "count", unit: "text", value: "text" } },
  "weights.duplicate_unit": { severity: "error", params: { line: "count", unit: "text", first: "count" } },
  "distribution.no_weight": { severity: "error", params: { copies: "count" } },
  "distribution.kept_unknown": { severity: "info", params: { copies: "count" } },
  "distribution.bad_count": { severity: "error", params: { value: "text" } },
  "distribution.sum_mismatch": { severity: "error", params: { sum: "count", expected: "count" } },
  "distribution.total_mismatch": { severity: "error", params: { actual: "count", expected: "count" } },
  "distribution.unknown_unit": { severity: "error", params: { unit: "text" } },
  "distribution.missing_unit": { severity: "warning", params: { unit: "text" } },
  "distribution.duplicate_unit": { severity: "error", params: { unit: "text", first: "text" } },
  "schedule.not_enough_days": {
    severity: "error",
    params: { count: "count", available: "count", minGap: "count", window: "text" },
  },
  "schedule.holidays_unknown": { severity: "warning", params: { year: "text" } },
  "schedule.bad_date": { severity: "error", params: { text: "text" } },
  "schedule.outside_window": { severity: "error", params: { date: "text", window: "text" } },
  "schedule.weekend": { severity: "error", params: { date: "text", weekday: "localized" } },
  "schedule.holiday": { severity: "error", params: { date: "text", holiday: "localized" } },
  "schedule.holiday_unsettled": { severity: "warning", params: { date: "text", holiday: "localized", year: "text" } },
  "schedule.too_close": {
    severity: "error",
    params: { date: "text", previous: "text", gap: "count", minGap: "count" },
  },
  "list.over_delegates": { severity: "error", params: { count: "count", max: "count" } },
  "list.group_over_quota": { severity: "error", params: { group: "localized", count: "count", quota: "count" } },
  "list.unknown_group": { severity: "warning", params: { text: "text" } },
  "list.paid_salaried": { severity: "error", params: { name: "text", group: "localized" } },
  "list.days_over": { severity: "error", params: { days: "count", max: "count" } },
  "list.duplicate_person": { severity: "error", params: { name: "text", first: "text" } },
  "list.over_estimate": { severity: "error", params: { total: "money", limit: "money" } },

  // --- consolidated estimate of a plan's units ---
  "consolidation.empty": { severity: "error", params: {} },
  "consolidation.unit_has_errors": { severity: "warning", params: { unit: "text", errors: "count" } },
  "consolidation.duplicate_unit": {
    severity: "warning",
    params: { unit: "text", file: "text", sheet: "text", first: "text", firstSheet: "text" },
  },
  "consolidation.no_allotments": { severity: "info", params: {} },
  "consolidation.unit_not_allotted": { severity: "info", params: { unit: "text" } },
  "consolidation.unit_ambiguous": { severity: "info", params: { unit: "text", candidates: "text" } },
  "consolidation.allotment_without_estimate": { severity: "warning", params: { unit: "text" } },
  "consolidation.over_allotment": { severity: "error", params: { unit: "text", total: "money", allotted: "money" } },
  "consolidation.count_over_allotment": {
    severity: "warning",
    params: { unit: "text", what: "localized", count: "count", allotted: "count" },
  },
} as const satisfies Record<string, CatalogueEntry>;

/** A finding code. */
export type FindingCode = keyof typeof findingCatalogue;

/** Every finding code, in catalogue order. */
export const findingCodes = Object.keys(findingCatalogue) as FindingCode[];

/** What a parameter of each kind holds: money and counts are numbers (grouped late, per locale), text a string. */
export interface ParamValue {
  readonly money: number;
  readonly count: number;
  readonly text: string;
  readonly localized: LocalizedText;
}

/** The values of a declared parameter list; an empty list takes an empty object and nothing else. */
type ParamValues<K extends Readonly<Record<string, ParamKind>>> = [keyof K] extends [never]
  ? Readonly<Record<string, never>>
  : { readonly [P in keyof K]: ParamValue[K[P]] };

/**
 * The parameters of a code, as the catalogue declares them: every one present, of its kind, and no other.
 * Distributes over a union of codes (any one code's parameters fit).
 */
export type FindingParams<C extends FindingCode> = C extends FindingCode
  ? ParamValues<(typeof findingCatalogue)[C]["params"]>
  : never;

/** The codes that take no parameters. */
export type ParamlessCode = {
  [C in FindingCode]: [keyof (typeof findingCatalogue)[C]["params"]] extends [never] ? C : never;
}[FindingCode];

/** The default severity of a code. */
export function severityOf(code: FindingCode): Severity {
  return findingCatalogue[code].severity;
}
