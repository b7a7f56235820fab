// One core call per sheet kind, on a grid already read: the findings, whether the kind's table was found,
// and which findings fill could repair. Pure (no Excel), so the controller only reads, calls and marks.
import {
  checkConferenceList,
  checkDistributionSheet,
  checkScheduleSheet,
  fillSheet,
  type Finding,
  type Grid,
  type Plan,
} from "@hgcs/core";
import { copiesToShare, parseWeightsCsv } from "@hgcs/core/distribution";
import { supportLimit } from "@hgcs/core/lists";
import { type ConferenceSeries } from "@hgcs/core/plan";
import type { EstimateSummary } from "@hgcs/core/budget";
import { findEstimate, summarizeSheet } from "@hgcs/core/sheet";
import { coreOptions, type Settings } from "./settings.js";

/** What a check of the open sheet compares with: settings, plan, the chosen series, the pasted weights. */
export interface CheckInput {
  readonly settings: Settings;
  readonly plan: Plan | undefined;
  /** Conference series of a list (the plan's first by default). */
  readonly seriesId?: string;
  /** The weights CSV (`unit,weight` lines) a distribution sheet is checked against; empty = none. */
  readonly weightsText?: string;
  /** Conference series a schedule sheet is checked against (its id; the plan's first by default). */
  readonly scheduleSeriesId?: string;
  /** Days at least between two conferences of a schedule (core's default when undefined). */
  readonly minGap?: number;
}

/** A check's result on one grid. */
export interface GridCheck {
  readonly findings: readonly Finding[];
  readonly tableFound: boolean;
  /** Finding id → the fix id fill takes (estimates only). */
  readonly fixable: ReadonlyMap<string, string>;
  /** A list's ceiling, taken from the estimate on another sheet of the workbook. */
  readonly estimateLimit?: EstimateLimit;
  /** An estimate's summary (core's summarizeEstimate over the table read). */
  readonly summary?: EstimateSummary;
}

/** The estimate sheet a support list was compared with, and what one conference's list may total. */
export interface EstimateLimit {
  readonly sheet: string;
  readonly limit: number;
}

/** An estimate: fill's dry run is the check (its findings are the sheet's, before edits) plus what fill could repair. */
export function estimateCheck(grid: Grid, input: CheckInput): GridCheck {
  const result = fillSheet(grid, { ...coreOptions(input.settings, input.plan), fix: "all" });
  const summary = result.ok ? estimateSummary(grid, input.settings, input.plan) : undefined;
  return {
    findings: result.findings,
    tableFound: result.ok,
    fixable: result.ok ? result.value.fixable : new Map(),
    ...(summary ? { summary } : {}),
  };
}

/**
 * What the estimate on the grid is made of: core's summary with exactly the options of its check (plan, day of
 * caps, allocation). Undefined without a table.
 */
export function estimateSummary(grid: Grid, settings: Settings, plan: Plan | undefined): EstimateSummary | undefined {
  const summary = summarizeSheet(grid, coreOptions(settings, plan));
  return summary.ok ? summary.value : undefined;
}

/**
 * A delegate or signed support list, against a series of the plan and, when another sheet of the workbook
 * holds the estimate, against its meal- and travel-support lines shared over the series (as `hgcs lists check --estimate`).
 */
export function listCheck(
  grid: Grid,
  plan: Plan,
  series: ConferenceSeries,
  input: CheckInput,
  others: readonly Grid[] = [],
): GridCheck {
  const options = coreOptions(input.settings, plan);
  const estimate = findEstimate(others);
  const limit = estimate ? supportLimit(estimate.estimate, series) : undefined;
  const checked = checkConferenceList(grid, options.plan ?? plan, series, {
    words: options.words,
    ...(options.date ? { date: options.date } : {}),
    ...(limit === undefined ? {} : { limit }),
  });
  const compared = estimate && limit !== undefined ? { estimateLimit: { sheet: estimate.sheet, limit } } : {};
  return { findings: checked.findings, tableFound: checked.ok, fixable: new Map(), ...compared };
}

/**
 * A distribution sheet: its rows must add up to the plan's copies less those kept (with a plan) and name
 * only the weighted units (with weights). Problems of the weights text come first (at `line:N`).
 */
export function distributionCheck(grid: Grid, input: CheckInput): GridCheck {
  const weights = input.weightsText?.trim() ? parseWeightsCsv(input.weightsText) : undefined;
  const share = input.plan ? copiesToShare(input.plan) : undefined;
  const checked = checkDistributionSheet(grid, {
    ...(share?.ok ? { expected: share.value.toShare } : {}),
    ...(weights && weights.rows.length > 0 ? { weights: weights.rows } : {}),
  });
  return {
    findings: [...(weights?.findings ?? []), ...(share?.findings ?? []), ...checked.findings],
    tableFound: checked.ok,
    fixable: new Map(),
  };
}

/**
 * A schedule kept on a sheet, against a series of the plan: every date at its cell (unreadable, weekend,
 * holiday, outside the window, too close), the count at the first date's cell.
 */
export function scheduleCheck(grid: Grid, series: ConferenceSeries, input: CheckInput): GridCheck {
  const checked = checkScheduleSheet(grid, series, input.minGap === undefined ? {} : { minGap: input.minGap });
  return { findings: checked.findings, tableFound: checked.ok, fixable: new Map() };
}

/** The plan's series with that id, else its first; undefined when the plan has none. */
export function seriesOf(plan: Plan | undefined, id: string | undefined): ConferenceSeries | undefined {
  return plan?.conferences.find((s) => s.id === id) ?? plan?.conferences[0];
}
