import { capDate } from "../budget/capDate.js";
import { formatVnd } from "../money/formatVnd.js";
import { citeBasis } from "../norms/citation.js";
import { defaultNorms } from "../norms/defaultNorms.js";
import { findCap } from "../norms/findCap.js";
import type { NormRow } from "../norms/normRow.js";
import { formatShortDate } from "../dates/dateLine.js";
import { conferencesOf, type ResolvedConference } from "../plan/conferenceInstances.js";
import type { ConferenceSeries, Plan } from "../plan/planSchema.js";
import { supportNormId } from "./checkConferenceList.js";
import { renderListSheet } from "../table/listSheet.js";
import type { RenderedSheet } from "../table/sheetLayout.js";

/** The two blank lists of one conference. */
export interface ConferenceListSheets {
  readonly seriesId: string;
  readonly number: number;
  readonly delegates: RenderedSheet;
  readonly support: RenderedSheet;
}

export interface ConferenceListsOptions {
  readonly date?: string;
  readonly norms?: readonly NormRow[];
}

/** The support list's signatures: the accountant's only where the office has one. */
function supportSignatures(plan: Plan): string[] {
  return plan.issuer.accountant === "none"
    ? ["NGƯỜI LẬP BIỂU", "THỦ TRƯỞNG ĐƠN VỊ"]
    : ["NGƯỜI LẬP BIỂU", "KẾ TOÁN", "THỦ TRƯỞNG ĐƠN VỊ"];
}

/** "(hội nghị số 3, tại UBND xã An Thạnh 1)": the conference's number and its host when the plan names one. */
function conferenceTag(conference: ResolvedConference): string {
  return conference.host === undefined
    ? `hội nghị số ${conference.number}`
    : `hội nghị số ${conference.number}, tại ${conference.host}`;
}

/**
 * "Thời gian: 15/06/2021 Địa điểm: Hội trường UBND xã …", dotted where the plan leaves them open: the place
 * is the listed conference's own venue or host (a series' venue is often "the halls chosen" — no place).
 */
function whenAndWhere(series: ConferenceSeries, conference: ResolvedConference): string {
  const instance = series.instances?.[conference.number - 1];
  const when = conference.date === undefined ? "………………………" : formatShortDate(conference.date);
  const where = instance?.venue ?? instance?.host ?? "………………………………………";
  return `Thời gian: ${when} Địa điểm: ${where}`;
}

/** The conference of that number, as the plan lists it (or as the series describes them all). */
function conferenceAt(series: ConferenceSeries, number: number): ResolvedConference {
  const all = conferencesOf(series);
  return all[number - 1] ?? (all[0] as ResolvedConference);
}

/** Each delegate's group name, group after group, as many as the conference has of each. */
function groupRows(series: ConferenceSeries, conference: ResolvedConference, nonSalariedOnly: boolean): string[] {
  return series.quotaGroups
    .filter((g) => !(nonSalariedOnly && g.paidFromStateBudget))
    .flatMap((g) => Array.from({ length: conference.attendance[g.id] ?? 0 }, () => g.name));
}

/**
 * The blank delegate list of a conference: one numbered row per delegate of the conference (its own
 * figure when the plan lists it, else delegatesPerConference), "Đối tượng" filled with each quota group's
 * name for as many rows as the group has persons there, so the quotas show on paper; its date and place
 * (or host) under the title when the plan gives them.
 */
export function blankDelegateList(
  plan: Plan,
  series: ConferenceSeries,
  number: number,
  sheet = `DS đại biểu HN${number}`,
): RenderedSheet {
  const conference = conferenceAt(series, number);
  const groups = groupRows(series, conference, false);
  const rows = Array.from({ length: Math.max(conference.delegates, groups.length) }, (_, i) => [
    null,
    null,
    groups[i] ?? null,
    null,
  ]);
  return renderListSheet({
    sheet,
    plan,
    title: [
      `Danh sách đại biểu tham dự ${series.title} (${conferenceTag(conference)})`,
      whenAndWhere(series, conference),
    ],
    columns: [
      { header: "STT", width: 6, kind: "number" },
      { header: "Họ và tên", width: 26, kind: "text" },
      { header: "Chức vụ, đơn vị", width: 34, kind: "text" },
      { header: "Đối tượng", width: 24, kind: "text" },
      { header: "Ký tên", width: 16, kind: "sign" },
    ],
    rows,
    signatures: ["NGƯỜI LẬP BIỂU", "THỦ TRƯỞNG ĐƠN VỊ"],
  });
}

/**
 * The blank signed list of meal/travel support of a conference: one row per delegate not paid from the
 * state budget (the only ones who may be paid), the cap in force stated under the title, a live SUM
 * total and an empty "Bằng chữ:" line to complete once the amounts are in.
 */
export function blankSupportList(
  plan: Plan,
  series: ConferenceSeries,
  number: number,
  options: ConferenceListsOptions = {},
  sheet = `Hỗ trợ HN${number}`,
): RenderedSheet {
  const conference = conferenceAt(series, number);
  const groups = groupRows(series, conference, true);
  const cap = findCap(
    supportNormId,
    { date: capDate(plan, options.date), jurisdiction: plan.issuer.jurisdiction, venueTier: conference.venueTier },
    options.norms ?? defaultNorms,
  );
  const capLine =
    cap && cap.maxVnd !== null
      ? [`Mức hỗ trợ tối đa: ${formatVnd(cap.maxVnd)} đ/${cap.unit.vi} (${citeBasis(cap.basis).vi})`]
      : [];
  return renderListSheet({
    sheet,
    plan,
    title: [
      `Danh sách nhận tiền hỗ trợ tiền ăn, đi lại`,
      `Đại biểu không hưởng lương từ ngân sách nhà nước dự ${series.title} (${conferenceTag(conference)})`,
      whenAndWhere(series, conference),
      ...capLine,
    ],
    columns: [
      { header: "STT", width: 6, kind: "number" },
      { header: "Họ và tên", width: 24, kind: "text" },
      { header: "Chức vụ, đơn vị", width: 28, kind: "text" },
      { header: "Đối tượng", width: 20, kind: "text" },
      { header: "Số ngày", width: 9, kind: "count" },
      { header: "Số tiền", width: 14, kind: "money" },
      { header: "Ký nhận", width: 14, kind: "sign" },
    ],
    rows: groups.map((name) => [null, null, name, null, null, null]),
    words: { column: 5 },
    signatures: supportSignatures(plan),
  });
}

/** Both blank lists for every conference of every series of the plan, sheet names unique across series. */
export function conferenceLists(plan: Plan, options: ConferenceListsOptions = {}): ConferenceListSheets[] {
  const many = plan.conferences.length > 1;
  return plan.conferences.flatMap((series, s) =>
    Array.from({ length: series.count }, (_, i) => {
      const tag = many ? `${s + 1}.${i + 1}` : `${i + 1}`;
      return {
        seriesId: series.id,
        number: i + 1,
        delegates: blankDelegateList(plan, series, i + 1, `DS đại biểu HN${tag}`),
        support: blankSupportList(plan, series, i + 1, options, `Hỗ trợ HN${tag}`),
      };
    }),
  );
}
