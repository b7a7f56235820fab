import { capDate } from "../budget/capDate.js";
import { formatVnd } from "../money/formatVnd.js";
import { citeBasis } from "../norms/citation.js";
import { defaultNorms } from "../norms/defaultNorms.js";
import { findCap } from "../norms/findCap.js";
import type { NormRow } from "../norms/normRow.js";
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

const signatures = ["NGƯỜI LẬP BIỂU", "KẾ TOÁN", "THỦ TRƯỞNG ĐƠN VỊ"];
const blankLines = ["Thời gian: ……………………… Địa điểm: ………………………………………"];

/**
 * The blank delegate list of a conference: one numbered row per delegate of the plan
 * (delegatesPerConference), "Đối tượng" filled with each quota group's name for as many rows as the
 * group has persons, so the quotas show on paper.
 */
export function blankDelegateList(
  plan: Plan,
  series: ConferenceSeries,
  number: number,
  sheet = `DS đại biểu HN${number}`,
): RenderedSheet {
  const groups = series.quotaGroups.flatMap((g) => Array.from({ length: g.persons }, () => g.name));
  const rows = Array.from({ length: series.delegatesPerConference }, (_, i) => [null, null, groups[i] ?? null, null]);
  return renderListSheet({
    sheet,
    plan,
    title: [`Danh sách đại biểu tham dự ${series.title} (hội nghị số ${number})`, ...blankLines],
    columns: [
      { header: "STT", width: 6, kind: "number" },
      { header: "Họ và tên", width: 26, kind: "text" },
      { header: "Chức vụ, đơn vị", width: 34, kind: "text" },
      { header: "Đối tượng", width: 24, kind: "text" },
      { header: "Ký tên", width: 16, kind: "sign" },
    ],
    rows,
    signatures: [signatures[0] as string, signatures[2] as string],
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
  const groups = series.quotaGroups
    .filter((g) => !g.paidFromStateBudget)
    .flatMap((g) => Array.from({ length: g.persons }, () => g.name));
  const cap = findCap(
    supportNormId,
    { date: capDate(plan, options.date), jurisdiction: plan.issuer.jurisdiction, venueTier: series.venueTier },
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
      `Đại biểu không hưởng lương từ ngân sách nhà nước dự ${series.title} (hội nghị số ${number})`,
      ...blankLines,
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
    signatures,
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
