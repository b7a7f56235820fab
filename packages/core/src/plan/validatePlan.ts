import { formatShortDate } from "../dates/dateLine.js";
import { isoYear } from "../dates/isoDate.js";
import type { Finding, LocalizedText } from "../findings/finding.js";
import { makeFinding } from "../findings/makeFinding.js";
import { success, type Result } from "../findings/result.js";
import { conferencesOf } from "./conferenceInstances.js";
import { handedOutAtOf } from "./handedOut.js";
import { districtFindings } from "./localGovernment.js";
import type { Plan, TimeFrame } from "./planSchema.js";

/** Fields that count things (conferences, days, persons, copies): each must be a positive whole number. */
export const countFields = [
  "count",
  "daysEach",
  "sessionsEach",
  "delegatesPerConference",
  "persons",
  "sessionsPerConference",
  "copies",
  "titles",
] as const;

const kinds = {
  activity: { vi: "hoạt động", en: "activity" },
  conferences: { vi: "chuỗi hội nghị", en: "conference series" },
  material: { vi: "tài liệu", en: "material" },
  quotaGroup: { vi: "nhóm đại biểu", en: "delegate group" },
  instance: { vi: "hội nghị được liệt kê", en: "conferences listed" },
} as const satisfies Record<string, LocalizedText>;

/**
 * Cross-checks a structurally valid plan: delegate groups add up to the delegates per conference, time
 * frames lie in the plan year (document.year), counts are positive whole numbers, kept copies do not
 * exceed the copies printed, each responsibility names a unit, ids are unique and references resolve.
 * Finding paths point into the plan JSON ("conferences.0.quotaGroups"). Always `ok`, with the plan checked
 * as its value.
 */
export function validatePlan(plan: Plan): Result<Plan> {
  return success(plan, crossChecks(plan));
}

function crossChecks(plan: Plan): Finding[] {
  return [
    ...checkDocumentDate(plan),
    ...districtFindings(plan),
    ...checkIds(plan),
    ...plan.activities.flatMap((a, i) => [
      ...checkTimeFrame(plan, a.timeFrame, `activities.${i}.timeFrame`, {
        vi: `Thời gian thực hiện hoạt động "${a.title}"`,
        en: `The time frame of activity "${a.title}"`,
      }),
      ...checkReferences(plan, a, i),
    ]),
    ...plan.conferences.flatMap((c, i) => [
      ...checkCounts(
        { count: c.count, sessionsEach: c.sessionsEach, delegatesPerConference: c.delegatesPerConference },
        `conferences.${i}`,
      ),
      ...(isPositiveCount(c.daysEach * 2)
        ? []
        : [makeFinding("plan.not_positive", { value: String(c.daysEach) }, { path: `conferences.${i}.daysEach` })]),
      ...checkInstances(c, `conferences.${i}`),
      ...(c.instances ?? []).flatMap((instance, j) => {
        const at = `conferences.${i}.instances.${j}`;
        const what = { vi: `Hội nghị số ${j + 1} của "${c.title}"`, en: `Conference ${j + 1} of "${c.title}"` };
        const date = instance.date;
        return [
          ...(date === undefined || isoYear(date) === plan.document.year
            ? []
            : [
                makeFinding(
                  "plan.outside_year",
                  {
                    what: { vi: `${what.vi} (${formatShortDate(date)})`, en: `${what.en} (${formatShortDate(date)})` },
                    year: String(plan.document.year),
                  },
                  { path: `${at}.date` },
                ),
              ]),
          ...(instance.window === undefined ? [] : checkTimeFrame(plan, instance.window, `${at}.window`, what)),
        ];
      }),
      ...checkCounts({ sessionsPerConference: c.speakers?.sessionsPerConference }, `conferences.${i}.speakers`),
      ...c.quotaGroups.flatMap((g, j) => checkCounts({ persons: g.persons }, `conferences.${i}.quotaGroups.${j}`)),
      ...checkQuotaSum(
        c.quotaGroups.map((g) => g.persons),
        c.delegatesPerConference,
        `conferences.${i}.quotaGroups`,
      ),
      ...checkTimeFrame(plan, c.window, `conferences.${i}.window`, {
        vi: `Thời gian tổ chức "${c.title}"`,
        en: `The window of "${c.title}"`,
      }),
    ]),
    ...plan.materials.flatMap((m, i) => [
      ...checkCounts({ copies: m.copies, titles: m.titles }, `materials.${i}`),
      ...(m.keptByIssuer !== undefined && m.keptByIssuer > m.copies
        ? [
            makeFinding(
              "plan.kept_exceeds_copies",
              { kept: m.keptByIssuer, copies: m.copies },
              { path: `materials.${i}.keptByIssuer` },
            ),
          ]
        : []),
      ...handoutShort(plan, m, i),
      ...handedOutAtOf(m).flatMap((ref, j) =>
        plan.conferences.some((c) => c.id === ref)
          ? []
          : [
              makeFinding(
                "plan.unknown_reference",
                { ref, kind: kinds.conferences },
                {
                  path:
                    typeof m.handedOutAt === "string"
                      ? `materials.${i}.handedOutAt`
                      : `materials.${i}.handedOutAt.${j}`,
                },
              ),
            ],
      ),
      ...checkTimeFrame(plan, m.timeFrame, `materials.${i}.timeFrame`, {
        vi: `Thời gian thực hiện "${m.title}"`,
        en: `The time frame of "${m.title}"`,
      }),
    ]),
    ...plan.responsibilities.flatMap((r, i) =>
      (r.unit ?? "").trim() === ""
        ? [makeFinding("plan.responsibility_without_unit", {}, { path: `responsibilities.${i}.unit` })]
        : [],
    ),
  ];
}

/** A material handed out at conferences has a copy for each of their delegates (less the copies kept). */
function handoutShort(plan: Plan, material: Plan["materials"][number], index: number): Finding[] {
  const series = plan.conferences.filter((c) => handedOutAtOf(material).includes(c.id));
  if (series.length === 0) return [];
  const delegates = series.reduce((n, s) => n + conferencesOf(s).reduce((m, c) => m + c.delegates, 0), 0);
  const copies = material.copies - (material.keptByIssuer ?? 0);
  return copies >= delegates
    ? []
    : [
        makeFinding(
          "plan.handout_short",
          { material: material.title, copies, delegates },
          { path: `materials.${index}.copies` },
        ),
      ];
}

/** A positive whole number, as every count in a plan must be. */
export function isPositiveCount(value: number): boolean {
  return Number.isSafeInteger(value) && value > 0;
}

function checkCounts(
  values: Partial<Record<(typeof countFields)[number], number | undefined>>,
  path: string,
): Finding[] {
  return Object.entries(values).flatMap(([field, value]) =>
    value === undefined || isPositiveCount(value)
      ? []
      : [makeFinding("plan.not_positive", { value: String(value) }, { path: `${path}.${field}` })],
  );
}

/** The listed conferences are as many as the series counts, and their attendance names its groups. */
function checkInstances(series: Plan["conferences"][number], path: string): Finding[] {
  const instances = series.instances ?? [];
  const findings: Finding[] = [];
  if (series.instances !== undefined && instances.length !== series.count) {
    findings.push(
      makeFinding(
        "plan.count_mismatch",
        { what: kinds.instance, expected: series.count, actual: instances.length },
        { path: `${path}.instances` },
      ),
    );
  }
  const groups = new Set(series.quotaGroups.map((g) => g.id));
  const unknownGroups = (attendance: Readonly<Record<string, number>> | undefined, at: string) =>
    Object.keys(attendance ?? {})
      .filter((id) => !groups.has(id))
      .map((id) => makeFinding("plan.unknown_reference", { ref: id, kind: kinds.quotaGroup }, { path: `${at}.${id}` }));
  instances.forEach((instance, j) => {
    const at = `${path}.instances.${j}`;
    findings.push(...unknownGroups(instance.attendance, `${at}.attendance`));
    (instance.sites ?? []).forEach((site, k) =>
      findings.push(...unknownGroups(site.attendance, `${at}.sites.${k}.attendance`)),
    );
  });
  return findings;
}

function checkQuotaSum(persons: readonly number[], delegates: number, path: string): Finding[] {
  const sum = persons.reduce((a, b) => a + b, 0);
  return sum === delegates ? [] : [makeFinding("plan.quota_sum_mismatch", { sum, delegates }, { path })];
}

function checkTimeFrame(plan: Plan, frame: TimeFrame, path: string, what: LocalizedText): Finding[] {
  const year = plan.document.year;
  const outside = (value: string, at: string) =>
    makeFinding(
      "plan.outside_year",
      { what: { vi: `${what.vi} (${value})`, en: `${what.en} (${value})` }, year: String(year) },
      { path: at },
    );
  const findings: Finding[] = [];
  if (frame.year !== year) findings.push(outside(String(frame.year), `${path}.year`));
  for (const end of ["from", "to"] as const) {
    const date = frame[end];
    if (date !== undefined && isoYear(date) !== year) findings.push(outside(formatShortDate(date), `${path}.${end}`));
  }
  if (frame.from !== undefined && frame.to !== undefined && frame.from > frame.to) {
    findings.push(
      makeFinding(
        "plan.range_reversed",
        { what, from: formatShortDate(frame.from), to: formatShortDate(frame.to) },
        { path },
      ),
    );
  }
  return findings;
}

function checkDocumentDate(plan: Plan): Finding[] {
  const { date, year } = plan.document;
  if (date === undefined || isoYear(date) === year) return [];
  const shown = formatShortDate(date);
  return [
    makeFinding(
      "plan.outside_year",
      { what: { vi: `Ngày ban hành ${shown}`, en: `The document date ${shown}` }, year: String(year) },
      { path: "document.date" },
    ),
  ];
}

function checkReferences(plan: Plan, activity: Plan["activities"][number], index: number): Finding[] {
  const findings: Finding[] = [];
  if (activity.conferenceSeries !== undefined && !plan.conferences.some((c) => c.id === activity.conferenceSeries)) {
    findings.push(
      makeFinding(
        "plan.unknown_reference",
        { ref: activity.conferenceSeries, kind: kinds.conferences },
        { path: `activities.${index}.conferenceSeries` },
      ),
    );
  }
  if (activity.material !== undefined && !plan.materials.some((m) => m.id === activity.material)) {
    findings.push(
      makeFinding(
        "plan.unknown_reference",
        { ref: activity.material, kind: kinds.material },
        { path: `activities.${index}.material` },
      ),
    );
  }
  return findings;
}

function checkIds(plan: Plan): Finding[] {
  return [
    ...duplicates(plan.activities, "activities", kinds.activity),
    ...duplicates(plan.conferences, "conferences", kinds.conferences),
    ...duplicates(plan.materials, "materials", kinds.material),
    ...plan.conferences.flatMap((c, i) => duplicates(c.quotaGroups, `conferences.${i}.quotaGroups`, kinds.quotaGroup)),
  ];
}

function duplicates(items: readonly { id: string }[], path: string, kind: LocalizedText): Finding[] {
  const seen = new Set<string>();
  return items.flatMap((item, i) => {
    if (!seen.has(item.id)) {
      seen.add(item.id);
      return [];
    }
    return [makeFinding("plan.duplicate_id", { id: item.id, kind }, { path: `${path}.${i}.id` })];
  });
}
