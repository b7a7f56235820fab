import type { IsoDate } from "../dates/isoDate.js";
import type { ConferenceSeries, OnlineSite, TimeFrame, VenueTier } from "./planSchema.js";

/** One site of a conference: its name and delegates by quota group. */
export interface ResolvedSite {
  readonly name: string;
  readonly delegates: number;
}

/** One conference of a series with everything the series leaves to it filled in. */
export interface ResolvedConference {
  /** 1-based, in the plan's order. */
  readonly number: number;
  readonly host?: string;
  readonly venue?: string;
  readonly date?: IsoDate;
  readonly window: TimeFrame;
  readonly venueTier: VenueTier;
  readonly delegates: number;
  /** Delegates by quota group id: the instance's attendance, else the group's quota. */
  readonly attendance: Readonly<Record<string, number>>;
  /** Sites of an online conference; empty for one held in a single hall. */
  readonly sites: readonly ResolvedSite[];
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/** Where a conference is said to take place: its host (the commune's People's Committee), else its venue. */
export function conferencePlace(conference: Pick<ResolvedConference, "host" | "venue">): string | undefined {
  return conference.host ?? conference.venue;
}

/**
 * The conferences of a series one by one: the plan's instances when it lists them, else `count` alike
 * conferences. A conference's delegates are its own figure, else its sites' delegates added up, else its
 * attendance added up, else the series' delegatesPerConference; without any attendance (its own or its
 * sites') each group comes at its quota.
 */
export function conferencesOf(series: ConferenceSeries): ResolvedConference[] {
  const quotas = Object.fromEntries(series.quotaGroups.map((g) => [g.id, g.persons]));
  return Array.from({ length: series.count }, (_, i) => {
    const instance = series.instances?.[i];
    const sites = (instance?.sites ?? []).map((site) => ({
      name: site.name,
      delegates: site.delegates ?? sum(Object.values(site.attendance ?? {})),
    }));
    const given = instance?.attendance ?? siteAttendance(instance?.sites ?? []);
    const sitesTotal = sum(sites.map((s) => s.delegates));
    const delegates =
      instance?.delegates ??
      (sitesTotal > 0 ? sitesTotal : given ? sum(Object.values(given)) : series.delegatesPerConference);
    return {
      number: i + 1,
      ...(instance?.host === undefined ? {} : { host: instance.host }),
      ...venueOf(instance?.venue ?? series.venue),
      ...(instance?.date === undefined ? {} : { date: instance.date }),
      window: instance?.window ?? series.window,
      venueTier: instance?.venueTier ?? series.venueTier,
      delegates,
      attendance: given ?? quotas,
      sites,
    };
  });
}

/** The attendance of a conference's sites added up by group; undefined when no site gives one. */
function siteAttendance(sites: readonly OnlineSite[]): Record<string, number> | undefined {
  const given = sites.flatMap((s) => (s.attendance ? [s.attendance] : []));
  if (given.length === 0) return undefined;
  const total: Record<string, number> = {};
  for (const a of given) for (const [group, n] of Object.entries(a)) total[group] = (total[group] ?? 0) + n;
  return total;
}

/** Sessions (buổi) each conference of the series lasts: its sessionsEach, else two a day. */
export function sessionsOf(series: Pick<ConferenceSeries, "daysEach" | "sessionsEach">): number {
  return series.sessionsEach ?? Math.max(1, Math.round(series.daysEach * 2));
}

/** Calendar days each conference of the series takes: a half-day conference still takes a day. */
export function calendarDaysOf(series: Pick<ConferenceSeries, "daysEach">): number {
  return Math.max(1, Math.ceil(series.daysEach));
}

function venueOf(venue: string | undefined): { venue?: string } {
  return venue === undefined || venue.trim() === "" ? {} : { venue };
}
