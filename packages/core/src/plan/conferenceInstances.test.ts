import { describe, expect, it } from "vitest";
import { samplePlanInput } from "../testing/samplePlan.js";
import { calendarDaysOf, conferencesOf, sessionsOf } from "./conferenceInstances.js";
import { planSchema, type ConferenceSeries } from "./planSchema.js";

const base = planSchema.parse(samplePlanInput()).conferences[0] as ConferenceSeries;

describe("conferencesOf", () => {
  it("gives count alike conferences when the plan lists none", () => {
    const all = conferencesOf(base);
    expect(all).toHaveLength(base.count);
    expect(all[0]).toMatchObject({
      number: 1,
      delegates: base.delegatesPerConference,
      venueTier: base.venueTier,
      attendance: Object.fromEntries(base.quotaGroups.map((g) => [g.id, g.persons])),
      sites: [],
    });
  });

  it("takes host, date, tier and attendance from each listed conference", () => {
    const [mediators, officials] = base.quotaGroups.map((g) => g.id) as [string, string];
    const series: ConferenceSeries = {
      ...base,
      count: 2,
      instances: [
        { host: "UBND xã An Thạnh 1", date: "2024-05-14", attendance: { [mediators]: 80, [officials]: 20 } },
        { host: "UBND xã Đại Ân 1", venueTier: "commune", delegates: 90 },
      ],
    };
    const [first, second] = conferencesOf(series);
    expect(first).toMatchObject({ host: "UBND xã An Thạnh 1", date: "2024-05-14", delegates: 100 });
    expect(second).toMatchObject({ host: "UBND xã Đại Ân 1", venueTier: "commune", delegates: 90 });
  });

  it("adds up an online conference's sites", () => {
    const [mediators] = base.quotaGroups.map((g) => g.id) as [string];
    const series: ConferenceSeries = {
      ...base,
      count: 1,
      instances: [
        {
          sites: [
            { name: "Điểm cầu tỉnh", delegates: 40 },
            { name: "Điểm cầu xã A", attendance: { [mediators]: 30 } },
            { name: "Điểm cầu xã B", attendance: { [mediators]: 25 } },
          ],
        },
      ],
    };
    const [only] = conferencesOf(series);
    expect(only?.sites.map((s) => s.delegates)).toEqual([40, 30, 25]);
    expect(only?.attendance).toEqual({ [mediators]: 55 });
    expect(only?.delegates).toBe(95);
  });
});

describe("sessionsOf and calendarDaysOf", () => {
  it("count half a day as one session on one calendar day", () => {
    expect(sessionsOf({ daysEach: 0.5 })).toBe(1);
    expect(sessionsOf({ daysEach: 2 })).toBe(4);
    expect(sessionsOf({ daysEach: 1, sessionsEach: 1 })).toBe(1);
    expect(calendarDaysOf({ daysEach: 0.5 })).toBe(1);
    expect(calendarDaysOf({ daysEach: 1.5 })).toBe(2);
  });
});
