import type { LocalizedText } from "../findings/finding.js";

/** What a line pays for, as far as costing rules and checks care. */
export type LineKind =
  | "hall"
  | "decoration"
  | "speaker_fee"
  | "documents"
  | "water"
  | "meal_support"
  | "meal"
  | "travel_support"
  | "travel"
  | "lodging"
  | "stationery"
  | "per_diem"
  | "medicine"
  | "leaflet_write"
  | "leaflet_print"
  | "leaflet_distribution"
  | "mediator_fee"
  | "team_support"
  | "writing"
  | "club"
  | "plan_drafting"
  | "connection"
  | "banner";

/** Whose head count caps a line's persons: the non-salaried groups only, or every delegate. */
export type QuotaBasis = "non_salaried" | "all_delegates";

/**
 * How sure a line's kind and count are: `certain` when the line names what is paid and its unit or a factor
 * column says its count is what the plan fixes for the kind (or the line carries its own kind); `likely` when
 * only its words, or its section's, say what it is. Plan counts are checked on certain lines only.
 */
export type LineConfidence = "certain" | "likely";

/** What a line is: its kind, the legal cap it falls under, the quota it spends against, and how sure that is. */
export interface LineClass {
  readonly kind?: LineKind;
  readonly normId?: string;
  readonly quotaBasis?: QuotaBasis;
  /** Set whenever a kind is. */
  readonly confidence?: LineConfidence;
}

/** The kinds that belong to a conference series, and the quota each spends against. */
export const conferenceKinds: Readonly<Partial<Record<LineKind, QuotaBasis | null>>> = {
  hall: null,
  decoration: null,
  speaker_fee: null,
  documents: "all_delegates",
  water: "all_delegates",
  stationery: "all_delegates",
  meal_support: "non_salaried",
  travel_support: "non_salaried",
  per_diem: null,
  medicine: null,
};

/** The kinds that belong to printed material (a banner is made and hung, not printed and handed out). */
export const materialKinds: ReadonlySet<LineKind> = new Set([
  "leaflet_write",
  "leaflet_print",
  "leaflet_distribution",
  "banner",
]);

/** Names of the quota bases, for messages. */
export const quotaBasisNames: Readonly<Record<QuotaBasis, LocalizedText>> = {
  non_salaried: { vi: "đại biểu không hưởng lương từ NSNN", en: "delegates not paid from the state budget" },
  all_delegates: { vi: "đại biểu", en: "delegates" },
};
