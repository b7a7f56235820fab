import { formatShortDate } from "../dates/dateLine.js";
import { renderListSheet } from "../table/listSheet.js";
import { attachedToLine, signerTitle } from "../table/titleBlock.js";
import type { RenderedSheet } from "../table/sheetLayout.js";
import { conferencePlace, conferencesOf } from "../plan/conferenceInstances.js";
import type { ConferenceSeries, Plan } from "../plan/planSchema.js";
import { weekdayName } from "./calendar.js";
import type { ProposedConference } from "./proposeSchedule.js";
import { scheduleWindow } from "./window.js";

/** A series and the dates proposed for it (proposeSchedule's conferences). */
export interface ScheduleProposal {
  readonly series: ConferenceSeries;
  readonly conferences: readonly ProposedConference[];
}

/**
 * The schedule sheet of a series: STT | Hội nghị | Ngày tổ chức | Ghi chú (with Địa điểm after Hội nghị
 * when the plan names each conference's host or venue), one row per conference, the
 * first day as a real date cell (dd/mm/yyyy), the weekday and a multi-day conference's last day in the
 * note; no total row. It reads back as a schedule (readScheduleSheet) at the same dates.
 */
export function renderSchedule(plan: Plan, proposal: ScheduleProposal, sheet = "Lịch hội nghị"): RenderedSheet {
  const { series, conferences } = proposal;
  const listed = conferencesOf(series);
  const placeOf = (n: number) => {
    const c = listed[n - 1];
    return (c && conferencePlace(c)) ?? null;
  };
  // A place column only when the plan names the conferences' places (the communes that host them).
  const places = (series.instances ?? []).some((c) => c.host !== undefined || c.venue !== undefined);
  const withPlace = (row: (string | null)[], n: number) =>
    places ? [row[0] ?? null, placeOf(n), ...row.slice(1)] : row;
  const rows = conferences.map((c) => {
    const first = c.days[0];
    const lastDay = c.days[c.days.length - 1];
    if (first === undefined || lastDay === undefined) return withPlace([`Hội nghị ${c.number}`, null, null], c.number);
    const weekday = weekdayName(first).vi;
    const note =
      c.days.length > 1
        ? `${capitalize(weekday)}; ${c.days.length} ngày, đến ${formatShortDate(lastDay)}`
        : capitalize(weekday);
    return withPlace([`Hội nghị ${c.number}`, first, note], c.number);
  });
  const venue = series.venue === undefined || places ? [] : [`Địa điểm: ${series.venue}`];
  return renderListSheet({
    sheet,
    plan,
    title: [
      `Lịch tổ chức ${series.title}`,
      `(${series.count} hội nghị, ${scheduleWindow(series.window).label})`,
      attachedToLine(plan),
    ],
    columns: [
      { header: "STT", width: 6, kind: "number" },
      { header: "Hội nghị", width: places ? 14 : 30, kind: "text" },
      ...(places ? [{ header: "Địa điểm", width: 30, kind: "text" } as const] : []),
      { header: "Ngày tổ chức", width: 16, kind: "date" },
      { header: "Ghi chú", width: 34, kind: "text" },
    ],
    rows,
    total: false,
    notes: venue,
    signatures: ["NGƯỜI LẬP BIỂU", signerTitle(plan)],
  });
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
