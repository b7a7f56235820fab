import type { Finding, LocalizedText } from "../findings/finding.js";
import { makeFinding } from "../findings/makeFinding.js";
import { calendarDaysOf } from "../plan/conferenceInstances.js";
import type { ConferenceSeries, Material, Plan } from "../plan/planSchema.js";
import type { Estimate, EstimateLine } from "./estimate.js";
import { entryClassifier } from "./headingClass.js";
import {
  conferenceKinds,
  materialKinds,
  quotaBasisNames,
  type LineClass,
  type LineKind,
  type QuotaBasis,
} from "./lineKind.js";
import { allLines, lineCount, type LineEntry } from "./lineProduct.js";
import { countFigure, locate, type EstimateLocator } from "./locate.js";

// A line's count is the product of all its factors, so "Số lượng 1620 × Số ngày 1", "Số người 270 ×
// Số ngày 1 × Số hội nghị 6" and "Số lượng 1620" alone (unit "người") all read as 1.620 person-days. Lines of one kind
// and one plan item are counted together, so a sheet may split them (one line per group or per day).

interface Tally {
  readonly kind: LineKind;
  readonly series: readonly ConferenceSeries[];
  readonly materials: readonly Material[];
  readonly quotaGroup?: string;
  readonly basis?: QuotaBasis;
  // The entry, not its path: a path is spelled out only for a finding.
  readonly lines: { line: EstimateLine; entry: LineEntry; running: number }[];
  /** Lines of the kind that do not say what they count (banners by the "cái"): not counted. */
  readonly unclear: { entry: LineEntry; count: number }[];
}

/** What the plan fixes exactly for a kind of line, and how the finding names it. */
const exactCounts: Partial<Record<LineKind, { what: LocalizedText; expected: (t: Tally) => number | undefined }>> = {
  hall: {
    what: { vi: "ngày hội nghị", en: "conference days" },
    expected: (t) => sum(t.series, (s) => s.count * s.daysEach),
  },
  decoration: { what: { vi: "hội nghị", en: "conferences" }, expected: (t) => sum(t.series, (s) => s.count) },
  speaker_fee: {
    what: { vi: "buổi báo cáo", en: "speaker sessions" },
    expected: (t) =>
      t.series.every((s) => s.speakers?.sessionsPerConference !== undefined)
        ? sum(t.series, (s) => s.count * (s.speakers?.sessionsPerConference ?? 0))
        : undefined,
  },
  leaflet_write: {
    what: { vi: "tờ gấp biên soạn", en: "leaflet titles written" },
    expected: (t) => sum(t.materials, (m) => m.titles),
  },
  leaflet_print: { what: { vi: "bản in", en: "printed copies" }, expected: (t) => sum(t.materials, (m) => m.copies) },
};

/**
 * Counts on the lines against the plan: `quota.exceeded` when meal or travel support covers more than
 * the non-salaried groups' person-days (documents, water, stationery: more than all delegates'), and
 * `plan.count_mismatch` when conferences, conference days, speaker sessions, titles or printed copies
 * differ from the plan. Only lines classed `certain` are counted (their unit or a factor column says what
 * they count); fewer than planned is not an error while lines of the kind that are only `likely` remain, but
 * `plan.count_unclear` (info) when all of them together still differ from the plan. `classOf` and `lines` let a caller that has classified or listed the lines
 * already reuse its classes and list.
 */
export function checkPlanCounts(
  estimate: Estimate,
  plan: Plan,
  locator?: EstimateLocator,
  classOf?: (line: EstimateLine) => LineClass,
  lines: readonly LineEntry[] = allLines(estimate),
): Finding[] {
  // As checkEstimate classes them when no classes are given: a line's heading may tell its kind.
  const classOfEntry = classOf ? (entry: LineEntry) => classOf(entry.line) : entryClassifier();
  const tallies = new Map<string, Tally>();
  const findings: Finding[] = [];
  for (const entry of lines) {
    const line = entry.line;
    if (line.factors.length === 0) continue;
    const { kind, quotaBasis, confidence } = classOfEntry(entry);
    if (kind === undefined) continue;
    const tally = tallyFor(tallies, plan, line, kind, quotaBasis);
    if (!tally) continue;
    // Only a line whose count is sure to be the plan's (persons, conferences, days, sessions, copies) is
    // compared with the plan: a false error costs more than a missed one.
    if (confidence !== "certain") {
      const count = lineCount(line);
      if (!Number.isFinite(count)) continue;
      // A "Số hội nghị" column says what it counts, whatever the rest of the line is: it is compared.
      if (line.factors.some((f) => f.kind === "events"))
        findings.push(...eventsMismatch(line, entry, tally, locator, false));
      else tally.unclear.push({ entry, count });
      continue;
    }
    const before = tally.lines.at(-1)?.running ?? 0;
    const running = before + lineCount(line);
    // A NaN or infinite factor (checkNumbers' finding), or counts past any number, count nothing.
    if (!Number.isFinite(running)) continue;
    tally.lines.push({ line, entry, running });
    findings.push(...eventsMismatch(line, entry, tally, locator, true));
  }
  for (const tally of tallies.values())
    findings.push(...quotaFindings(tally, locator), ...exactFindings(tally, locator));
  return findings;
}

function tallyFor(
  tallies: Map<string, Tally>,
  plan: Plan,
  line: EstimateLine,
  kind: LineKind,
  basis: QuotaBasis | undefined,
): Tally | undefined {
  const isConference = kind in conferenceKinds;
  if (!isConference && !materialKinds.has(kind)) return undefined;
  const ref = (isConference ? line.planRef?.conferenceSeries : line.planRef?.material) ?? "*";
  const key = `${kind}|${ref}|${line.quotaGroup ?? ""}`;
  const known = tallies.get(key);
  if (known) return known;
  const series = isConference ? plan.conferences.filter((s) => ref === "*" || s.id === ref) : [];
  const materials = isConference
    ? []
    : plan.materials.filter((m) => (ref === "*" ? m.kind === "leaflet" : m.id === ref));
  if (series.length === 0 && materials.length === 0) return undefined;
  const tally: Tally = {
    kind,
    series,
    materials,
    ...(line.quotaGroup ? { quotaGroup: line.quotaGroup } : {}),
    ...(basis ? { basis } : {}),
    lines: [],
    unclear: [],
  };
  tallies.set(key, tally);
  return tally;
}

function quotaFindings(tally: Tally, locator: EstimateLocator | undefined): Finding[] {
  if (!tally.basis) return [];
  const perConference = tally.series.map((s) => headCount(s, tally));
  // A half-day conference still pays a trip or a meal per delegate: its quota counts whole days.
  const quota = sum(tally.series, (s, i) => (perConference[i] ?? 0) * s.count * calendarDaysOf(s));
  const crossing = tally.lines.find((entry) => entry.running > quota);
  if (!crossing) return [];
  const persons = tally.lines.at(-1)?.running ?? crossing.running;
  const [first] = tally.series;
  const uniform =
    first !== undefined &&
    tally.series.every((s, i) => perConference[i] === perConference[0] && s.daysEach === first.daysEach);
  const shape = uniform
    ? {
        perConference: perConference[0] ?? 0,
        conferences: sum(tally.series, (s) => s.count),
        days: calendarDaysOf(first),
      }
    : { perConference: quota, conferences: 1, days: 1 };
  const at = locate(locator, countFigure(locator, crossing.entry), () => `${crossing.entry.path}.factors`);
  return [makeFinding("quota.exceeded", { group: groupName(tally), persons, quota, ...shape }, at)];
}

/** Persons per conference a line may pay for: its own group, the non-salaried groups, or everyone. */
function headCount(series: ConferenceSeries, tally: Tally): number {
  if (tally.quotaGroup) return series.quotaGroups.find((g) => g.id === tally.quotaGroup)?.persons ?? 0;
  if (tally.basis === "non_salaried")
    return sum(
      series.quotaGroups.filter((g) => !g.paidFromStateBudget),
      (g) => g.persons,
    );
  return series.delegatesPerConference;
}

function groupName(tally: Tally): LocalizedText {
  const groups = tally.series.flatMap((s) =>
    s.quotaGroups.filter((g) =>
      tally.quotaGroup ? g.id === tally.quotaGroup : tally.basis === "non_salaried" && !g.paidFromStateBudget,
    ),
  );
  const names = [...new Set(groups.map((g) => g.name))];
  const [group] = groups;
  if (names.length === 1 && group) return { vi: group.name, en: group.nameEn ?? group.name };
  return quotaBasisNames[tally.basis ?? "all_delegates"];
}

function exactFindings(tally: Tally, locator: EstimateLocator | undefined): Finding[] {
  const rule = exactCounts[tally.kind];
  if (!rule) return [];
  const expected = rule.expected(tally);
  if (expected === undefined) return [];
  const last = tally.lines.at(-1);
  const running = last?.running ?? 0;
  // More than planned on the lines that say what they count is wrong whatever the others count.
  if (last && (running > expected || (running < expected && tally.unclear.length === 0))) {
    const at = locate(locator, countFigure(locator, last.entry), () => `${last.entry.path}.factors`);
    return [makeFinding("plan.count_mismatch", { what: rule.what, expected, actual: running }, at)];
  }
  // Fewer may be made up by the lines that do not say what they count: said, not judged, when all the
  // lines together still differ from the plan.
  const [first] = tally.unclear;
  if (!first || running === expected || running + sum(tally.unclear, (u) => u.count) === expected) return [];
  const at = locate(locator, countFigure(locator, first.entry), () => `${first.entry.path}.factors`);
  return [makeFinding("plan.count_unclear", { what: rule.what, expected, actual: first.count }, at)];
}

// A "Số hội nghị" column must hold the series' number of conferences; kinds whose whole count is
// checked above (`counted`) are left to that check, so one mistake is reported once.
function eventsMismatch(
  line: EstimateLine,
  entry: LineEntry,
  tally: Tally,
  locator: EstimateLocator | undefined,
  counted: boolean,
): Finding[] {
  const [series] = tally.series;
  if (tally.series.length !== 1 || !series || (counted && exactCounts[tally.kind])) return [];
  const events = line.factors.find((f) => f.kind === "events");
  if (!events || events.value === series.count) return [];
  const at = locate(locator, { line: entry, field: "events" }, () => `${entry.path}.factors`);
  return [
    makeFinding(
      "plan.count_mismatch",
      { what: { vi: "hội nghị", en: "conferences" }, expected: series.count, actual: events.value },
      at,
    ),
  ];
}

function sum<T>(items: readonly T[], value: (item: T, index: number) => number): number {
  return items.reduce((total, item, index) => total + value(item, index), 0);
}
