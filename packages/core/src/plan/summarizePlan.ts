import { conferencesOf } from "./conferenceInstances.js";
import { distributionChainOf } from "./localGovernment.js";
import type { ConferenceSeries, Plan, QuotaGroup, TimeFrame } from "./planSchema.js";

/** A delegate group of a conference series with its person-days over the whole series. */
export interface QuotaGroupSummary {
  readonly id: string;
  readonly name: string;
  readonly nameEn?: string;
  readonly persons: number;
  readonly paidFromStateBudget: boolean;
  /** persons × conferences × days each: 270 × 6 × 1 = 1.620. */
  readonly personDays: number;
}

/** The numbers of a conference series. */
export interface ConferenceSummary {
  readonly id: string;
  readonly title: string;
  readonly count: number;
  readonly daysEach: number;
  /** count × daysEach: days of conferences in the series. */
  readonly conferenceDays: number;
  readonly delegatesPerConference: number;
  /** delegatesPerConference × conferenceDays: 320 × 6 = 1.920. */
  readonly delegateDays: number;
  /** Person-days of delegates not paid from the state budget (the base of meal and travel support). */
  readonly nonSalariedDelegateDays: number;
  readonly salariedDelegateDays: number;
  readonly window: TimeFrame;
  readonly venueTier: ConferenceSeries["venueTier"];
  readonly groups: readonly QuotaGroupSummary[];
}

/** The numbers of a printed material. */
export interface MaterialSummary {
  readonly id: string;
  readonly title: string;
  readonly kind: Plan["materials"][number]["kind"];
  readonly titles: number;
  readonly copies: number;
  /** Copies the issuer keeps, when the plan gives a number. */
  readonly kept?: number;
  /** The issuer keeps some copies (number given or not). */
  readonly keepsCopies: boolean;
  readonly timeFrame: TimeFrame;
  /** How copies go down from the issuer: the plan's chain, else the one its level and date give. */
  readonly distribution: readonly string[];
  /** True when the plan gives no chain and `distribution` is the default one. */
  readonly distributionDefaulted: boolean;
}

/** A plan's countable facts, for summaries and for checking an estimate against the plan. */
export interface PlanSummary {
  readonly year: number;
  readonly activities: readonly {
    readonly id: string;
    readonly kind: Plan["activities"][number]["kind"];
    readonly title: string;
  }[];
  readonly conferences: readonly ConferenceSummary[];
  readonly materials: readonly MaterialSummary[];
  readonly totals: {
    readonly conferences: number;
    readonly conferenceDays: number;
    readonly delegateDays: number;
    readonly nonSalariedDelegateDays: number;
    readonly salariedDelegateDays: number;
    readonly copies: number;
  };
  readonly funding: Plan["funding"];
}

/** Person-days of one delegate group over a conference series (persons × conferences × days each). */
export function groupPersonDays(
  series: Pick<ConferenceSeries, "count" | "daysEach">,
  group: Pick<QuotaGroup, "persons">,
): number {
  return group.persons * series.count * series.daysEach;
}

/** Sums the plan's counts: per conference series, per delegate group, per material, and in total. */
export function summarizePlan(plan: Plan): PlanSummary {
  const conferences = plan.conferences.map(summarizeSeries);
  const materials = plan.materials.map((m): MaterialSummary => {
    const { chain, defaulted } = distributionChainOf(plan, m);
    return {
      id: m.id,
      title: m.title,
      kind: m.kind,
      titles: m.titles,
      copies: m.copies,
      ...(m.keptByIssuer === undefined ? {} : { kept: m.keptByIssuer }),
      keepsCopies: m.keepsCopies ?? (m.keptByIssuer ?? 0) > 0,
      timeFrame: m.timeFrame,
      distribution: chain,
      distributionDefaulted: defaulted,
    };
  });
  const sum = (f: (c: ConferenceSummary) => number) => conferences.reduce((total, c) => total + f(c), 0);
  return {
    year: plan.document.year,
    activities: plan.activities.map((a) => ({ id: a.id, kind: a.kind, title: a.title })),
    conferences,
    materials,
    totals: {
      conferences: sum((c) => c.count),
      conferenceDays: sum((c) => c.conferenceDays),
      delegateDays: sum((c) => c.delegateDays),
      nonSalariedDelegateDays: sum((c) => c.nonSalariedDelegateDays),
      salariedDelegateDays: sum((c) => c.salariedDelegateDays),
      copies: materials.reduce((total, m) => total + m.copies, 0),
    },
    funding: plan.funding,
  };
}

function summarizeSeries(series: ConferenceSeries): ConferenceSummary {
  const listed = conferencesOf(series);
  const groups = series.quotaGroups.map((g): QuotaGroupSummary => ({
    id: g.id,
    name: g.name,
    ...(g.nameEn === undefined ? {} : { nameEn: g.nameEn }),
    persons: g.persons,
    paidFromStateBudget: g.paidFromStateBudget,
    // Listed conferences count their own attendance; alike ones the group's quota each.
    personDays: listed.reduce((t, c) => t + (c.attendance[g.id] ?? 0), 0) * series.daysEach,
  }));
  const daysOf = (paid: boolean) =>
    groups.filter((g) => g.paidFromStateBudget === paid).reduce((t, g) => t + g.personDays, 0);
  const conferenceDays = series.count * series.daysEach;
  return {
    id: series.id,
    title: series.title,
    count: series.count,
    daysEach: series.daysEach,
    conferenceDays,
    delegatesPerConference: series.delegatesPerConference,
    delegateDays: listed.reduce((t, c) => t + c.delegates, 0) * series.daysEach,
    nonSalariedDelegateDays: daysOf(false),
    salariedDelegateDays: daysOf(true),
    window: series.window,
    venueTier: series.venueTier,
    groups,
  };
}
