import { describe, expect, it } from "vitest";
import { samplePlan } from "../testing/samplePlan.js";
import { groupPersonDays, summarizePlan } from "./summarizePlan.js";

describe("summarizePlan", () => {
  it("counts conferences, delegate-days and non-salaried delegate-days", () => {
    const summary = summarizePlan(samplePlan());
    expect(summary.year).toBe(2024);
    expect(summary.totals).toEqual({
      conferences: 6,
      conferenceDays: 6,
      delegateDays: 1920,
      nonSalariedDelegateDays: 1620,
      salariedDelegateDays: 300,
      copies: 25000,
    });
    expect(summary.conferences[0]?.groups.map((g) => [g.id, g.personDays, g.paidFromStateBudget])).toEqual([
      ["hoa-giai-vien", 1620, false],
      ["can-bo-quan-ly", 300, true],
    ]);
    expect(summary.materials[0]).toMatchObject({ copies: 25000, keepsCopies: false, titles: 1 });
    expect(summary.materials[0]?.kept).toBeUndefined();
    expect(summary.funding.basis?.number).toBe("7780/TB-STC");
    expect(summary.activities.map((a) => a.kind)).toEqual(["conferences", "materials"]);
  });

  it("counts listed conferences by their own attendance, half days as halves", () => {
    const plan = samplePlan();
    const first = plan.conferences[0];
    if (!first) throw new Error("sample plan without conferences");
    plan.conferences[0] = {
      ...first,
      count: 2,
      daysEach: 0.5,
      instances: [{ attendance: { "hoa-giai-vien": 80, "can-bo-quan-ly": 20 } }, {}],
    };
    const summary = summarizePlan(plan);
    expect(summary.conferences[0]?.groups.map((g) => g.personDays)).toEqual([(80 + 270) / 2, (20 + 50) / 2]);
    expect(summary.totals.delegateDays).toBe((100 + 320) / 2);
  });

  it("multiplies by days and adds up several series and materials", () => {
    const plan = samplePlan();
    const first = plan.conferences[0];
    const leaflets = plan.materials[0];
    if (!first || !leaflets) throw new Error("sample plan shape");
    plan.conferences.push({ ...first, id: "hn2", count: 2, daysEach: 2 });
    plan.materials.push({ ...leaflets, id: "so-tay", kind: "handbook", copies: 500, keptByIssuer: 20 });
    const { totals, conferences, materials } = summarizePlan(plan);
    expect(conferences[1]).toMatchObject({ conferenceDays: 4, delegateDays: 1280, nonSalariedDelegateDays: 1080 });
    expect(totals).toMatchObject({
      conferences: 8,
      conferenceDays: 10,
      delegateDays: 3200,
      nonSalariedDelegateDays: 2700,
      copies: 25500,
    });
    expect(materials[1]).toMatchObject({ kept: 20, keepsCopies: true });
  });

  it("gives person-days of a group", () => {
    expect(groupPersonDays({ count: 6, daysEach: 1 }, { persons: 270 })).toBe(1620);
    expect(groupPersonDays({ count: 3, daysEach: 2 }, { persons: 50 })).toBe(300);
  });
});
