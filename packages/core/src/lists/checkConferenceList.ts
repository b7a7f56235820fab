import { venueTierOfSeries } from "../budget/venueTier.js";
import { capDate } from "../budget/capDate.js";
import { capFindings } from "../budget/capFindings.js";
import { calendarDaysOf } from "../plan/conferenceInstances.js";
import type { Finding } from "../findings/finding.js";
import { failure, success, type Result } from "../findings/result.js";
import { makeFinding } from "../findings/makeFinding.js";
import type { Grid } from "../grid/grid.js";
import { defaultNorms } from "../norms/defaultNorms.js";
import type { NormRow } from "../norms/normRow.js";
import { isParsedPlan } from "../plan/isParsedPlan.js";
import type { ConferenceSeries, Plan, QuotaGroup } from "../plan/planSchema.js";
import { readNumberCell, unreadableNumberFinding, type NumberRead } from "../table/cellNumber.js";
import type { SheetView } from "../table/view.js";
import { checkWordsAt } from "../table/wordsAt.js";
import { foldText } from "../text/normalize.js";
import type { WordsOptions } from "../words/wordsOptions.js";
import { conferenceListRole, type ConferenceListRole } from "./listVocabulary.js";
import type { ListTable } from "../table/locateListTable.js";
import { openListSheet } from "../table/openListSheet.js";
import { matchQuotaGroup } from "./matchGroup.js";

/** The norm of meal support for non-salaried delegates (TT 40/2017 Điều 12 khoản 4, via TT 56/2023). */
export const supportNormId = "meeting.meal.nonsalaried";

export interface ConferenceListOptions {
  /** The day whose caps apply (the conference's day); the plan's date by default. */
  readonly date?: string;
  readonly norms?: readonly NormRow[];
  /** Support per person per day when the sheet has no rate column. */
  readonly rate?: number;
  /** The estimate's amount for this list (e.g. the meal line's share for one conference): the total may not exceed it. */
  readonly limit?: number;
  readonly words?: WordsOptions;
}

/** One person as read from a list. */
export interface ListPerson {
  readonly name: string;
  readonly position: string;
  readonly group?: QuotaGroup;
  readonly days?: number;
  readonly amount?: number;
  readonly row: number;
}

/** What checkConferenceList gives for a sheet whose list it found: the table and the persons read from it. */
export interface ConferenceList {
  readonly table: ListTable<ConferenceListRole>;
  readonly persons: readonly ListPerson[];
}

const tableKind = { vi: "danh sách đại biểu (Họ và tên, …)", en: "delegate list (name, …)" };
const columnNames: Readonly<Record<"days" | "rate" | "amount", { vi: string; en: string }>> = {
  days: { vi: "Số ngày", en: "Days" },
  rate: { vi: "Mức hỗ trợ", en: "Rate" },
  amount: { vi: "Số tiền", en: "Amount" },
};

/**
 * Checks a conference's delegate list or signed meal/travel support list against the plan: at most
 * `delegatesPerConference` persons and each group within its quota (from the plan, not constants);
 * support paid only to groups not paid from the state budget; days ≤ the conference's days; each
 * amount = days × rate (rate column, else `options.rate`) with the rate per day within the cap in force
 * (findCap; only verified caps are errors); the same person twice (accent-insensitive name + unit); the
 * total row = the sum; the words read as the total; the total ≤ `options.limit`. Findings at cells; not
 * `ok` when the sheet has no list (`list.not_found`).
 */
export function checkConferenceList(
  grid: Grid,
  plan: Plan,
  series: ConferenceSeries,
  given: ConferenceListOptions = {},
): Result<ConferenceList> {
  // A thin guard: a plan or series that is not parsePlan's, or options that are not an object, is a
  // finding, never a TypeError.
  if (!isParsedPlan(plan) || series === null || typeof series !== "object" || !Array.isArray(series.quotaGroups)) {
    return failure([makeFinding("options.invalid", { option: "plan", expected: "parsePlan(…).value" })]);
  }
  const usable = given !== null && typeof given === "object";
  const options: ConferenceListOptions = usable ? given : {};
  if (!usable) {
    const checked = checkConferenceList(grid, plan, series, options);
    const invalid = makeFinding("options.invalid", { option: "options", expected: "ConferenceListOptions" });
    return checked.ok
      ? success(checked.value, [invalid, ...checked.findings])
      : failure([invalid, ...checked.findings]);
  }
  const { view, table, findings } = openListSheet<ConferenceListRole>(grid, conferenceListRole, ["name"], tableKind);
  if (!table) return failure(findings);
  const cellAt = (r: number, c: number) => ({ sheet: view.sheet, cell: view.address(r, c) });
  const col = (role: ConferenceListRole) => table.columns.get(role);
  const number = (r: number, role: "days" | "rate" | "amount"): number | undefined => {
    const c = col(role);
    if (c === undefined) return undefined;
    return readValue(readNumberCell(view, r, c), role, cellAt(r, c), findings);
  };
  // A series whose conferences are of several tiers (one held at a commune) is capped at the loosest: the sheet
  // does not say which conference it lists.
  const venueTier = venueTierOfSeries([series]);
  const capContext = {
    norms: options.norms ?? defaultNorms,
    date: capDate(plan, options.date),
    jurisdiction: plan.issuer.jurisdiction,
    ...(venueTier === undefined ? {} : { venueTier }),
  };
  const persons: ListPerson[] = [];
  const seen = new Map<string, string>();
  const groupCounts = new Map<QuotaGroup, number>();
  let sum = 0;
  for (let r = table.bodyTop; r <= table.bodyBottom; r++) {
    const nameCol = col("name") as number;
    const name = view.text(r, nameCol);
    const days = number(r, "days");
    const amount = number(r, "amount");
    if (name === "") {
      if (amount !== undefined) sum += amount;
      continue;
    }
    const position = col("position") === undefined ? "" : view.text(r, col("position") as number);
    const groupCol = col("group");
    const groupText = groupCol === undefined ? "" : view.text(r, groupCol);
    const group = groupCol === undefined ? undefined : matchQuotaGroup(groupText, series.quotaGroups);
    if (groupCol !== undefined && !group)
      findings.push(makeFinding("list.unknown_group", { text: groupText }, cellAt(r, groupCol)));
    if (group) groupCounts.set(group, (groupCounts.get(group) ?? 0) + 1);

    const key = `${foldText(name)}|${foldText(position)}`;
    const first = seen.get(key);
    if (first !== undefined) findings.push(makeFinding("list.duplicate_person", { name, first }, cellAt(r, nameCol)));
    else seen.set(key, view.address(r, nameCol));

    // A half-day conference is still a day on a list.
    const maxDays = calendarDaysOf(series);
    if (days !== undefined && days > maxDays) {
      findings.push(makeFinding("list.days_over", { days, max: maxDays }, cellAt(r, col("days") as number)));
    }
    if (amount !== undefined) {
      sum += amount;
      const amountAt = cellAt(r, col("amount") as number);
      if (amount > 0 && group?.paidFromStateBudget) {
        findings.push(
          makeFinding(
            "list.paid_salaried",
            { name, group: { vi: group.name, en: group.nameEn ?? group.name } },
            amountAt,
          ),
        );
      }
      const rate = number(r, "rate") ?? options.rate;
      const rateAt = col("rate") === undefined ? amountAt : cellAt(r, col("rate") as number);
      if (rate !== undefined && days !== undefined && days * rate !== amount) {
        findings.push(makeFinding("amount.mismatch", { expected: days * rate, actual: amount }, amountAt));
      }
      // Without a rate, the rate actually paid is the amount per day.
      const perDay = rate ?? (days !== undefined && days > 0 ? amount / days : undefined);
      if (perDay !== undefined && amount > 0) findings.push(...capFindings(perDay, supportNormId, capContext, rateAt));
    }
    persons.push({
      name,
      position,
      ...(group ? { group } : {}),
      ...(days === undefined ? {} : { days }),
      ...(amount === undefined ? {} : { amount }),
      row: r,
    });
  }
  findings.push(...quotaFindings(view, table, series, persons.length, groupCounts));
  if (col("amount") !== undefined) findings.push(...totalFindings(view, table, sum, options));
  return success({ table, persons }, findings);
}

function readValue(
  read: NumberRead,
  role: "days" | "rate" | "amount",
  at: { sheet: string; cell: string },
  findings: Finding[],
): number | undefined {
  if (read.kind === "number") return read.value;
  const unreadable = unreadableNumberFinding(read, columnNames[role], at);
  if (unreadable) findings.push(unreadable);
  return undefined;
}

function quotaFindings(
  view: SheetView,
  table: ListTable<ConferenceListRole>,
  series: ConferenceSeries,
  count: number,
  groups: ReadonlyMap<QuotaGroup, number>,
): Finding[] {
  const at = { sheet: view.sheet, cell: view.address(table.headerRow, table.columns.get("name") as number) };
  const out: Finding[] = [];
  if (count > series.delegatesPerConference)
    out.push(makeFinding("list.over_delegates", { count, max: series.delegatesPerConference }, at));
  for (const [g, n] of groups) {
    if (n > g.persons)
      out.push(
        makeFinding(
          "list.group_over_quota",
          { group: { vi: g.name, en: g.nameEn ?? g.name }, count: n, quota: g.persons },
          at,
        ),
      );
  }
  return out;
}

function totalFindings(
  view: SheetView,
  table: ListTable<ConferenceListRole>,
  sum: number,
  options: ConferenceListOptions,
): Finding[] {
  const amountCol = table.columns.get("amount") as number;
  const out: Finding[] = [];
  let total = sum;
  let totalAt = { sheet: view.sheet, cell: view.address(table.headerRow, amountCol) };
  if (table.totalRow !== undefined) {
    totalAt = { sheet: view.sheet, cell: view.address(table.totalRow, amountCol) };
    const read = readNumberCell(view, table.totalRow, amountCol);
    if (read.kind === "number") {
      total = read.value;
      if (read.value !== sum) out.push(makeFinding("total.mismatch", { expected: sum, actual: read.value }, totalAt));
    }
  }
  if (Number.isSafeInteger(total)) out.push(...checkWordsAt(view, table.words, total, options.words));
  if (options.limit !== undefined && total > options.limit)
    out.push(makeFinding("list.over_estimate", { total, limit: options.limit }, totalAt));
  return out;
}
