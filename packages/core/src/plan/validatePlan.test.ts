import { describe, expect, it } from "vitest";
import { samplePlan } from "../testing/samplePlan.js";
import { paramOf } from "../findings/finding.js";
import { formatFinding } from "../findings/formatFinding.js";
import type { Plan } from "./planSchema.js";
import { isPositiveCount, validatePlan } from "./validatePlan.js";

/** A parsed sample plan changed by `edit` (plans are plain data, so tests may mutate a fresh copy). */
function planWith(edit: (plan: Plan) => void): Plan {
  const plan = samplePlan();
  edit(plan);
  return plan;
}

const series = (plan: Plan) => {
  const s = plan.conferences[0];
  if (!s) throw new Error("sample plan has a conference series");
  return s;
};

describe("validatePlan", () => {
  it("finds nothing wrong in the sample plan", () => {
    expect(validatePlan(samplePlan()).findings).toEqual([]);
  });

  it("checks that the delegate groups add up to the delegates per conference", () => {
    const plan = planWith((p) => {
      const g = series(p).quotaGroups[0];
      if (g) g.persons = 280;
    });
    const findings = validatePlan(plan).findings;
    expect(findings).toEqual([
      {
        code: "plan.quota_sum_mismatch",
        severity: "error",
        at: { path: "conferences.0.quotaGroups" },
        params: { sum: 330, delegates: 320 },
      },
    ]);
    expect(findings.map((f) => formatFinding(f))).toEqual([
      "Tổng các nhóm đại biểu là 330, khác số đại biểu mỗi hội nghị (320).",
    ]);
  });

  it("checks time frames against the plan year", () => {
    const plan = planWith((p) => {
      series(p).window.year = 2025;
      const m = p.materials[0];
      if (m) m.timeFrame = { year: 2024, from: "2024-06-01", to: "2025-01-15" };
      p.document.date = "2023-12-30";
    });
    const findings = validatePlan(plan).findings;
    expect(findings.map((f) => [f.code, f.at?.path])).toEqual([
      ["plan.outside_year", "document.date"],
      ["plan.outside_year", "conferences.0.window.year"],
      ["plan.outside_year", "materials.0.timeFrame.to"],
    ]);
    expect(findings.map((f) => formatFinding(f))).toEqual([
      "Ngày ban hành 30/12/2023 nằm ngoài năm kế hoạch 2024.",
      'Thời gian tổ chức "Hội nghị tập huấn" (2025) nằm ngoài năm kế hoạch 2024.',
      'Thời gian thực hiện "Tờ gấp" (15/01/2025) nằm ngoài năm kế hoạch 2024.',
    ]);
  });

  it("checks that a date range runs forwards", () => {
    const plan = planWith((p) => {
      const a = p.activities[0];
      if (a) a.timeFrame = { year: 2024, from: "2024-09-30", to: "2024-04-01" };
    });
    expect(validatePlan(plan).findings).toMatchObject([
      {
        code: "plan.range_reversed",
        at: { path: "activities.0.timeFrame" },
        params: { from: "30/09/2024", to: "01/04/2024" },
      },
    ]);
  });

  it("checks counts of plans built in code", () => {
    const plan = planWith((p) => {
      series(p).count = 0;
      series(p).daysEach = 0.3;
      const m = p.materials[0];
      if (m) m.copies = -1;
    });
    expect(validatePlan(plan).findings.map((f) => [f.code, f.at?.path, paramOf(f, "value")])).toEqual([
      ["plan.not_positive", "conferences.0.count", "0"],
      ["plan.not_positive", "conferences.0.daysEach", "0.3"],
      ["plan.not_positive", "materials.0.copies", "-1"],
    ]);
    expect(isPositiveCount(1)).toBe(true);
    expect([0, -3, 2.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53].some(isPositiveCount)).toBe(false);
  });

  it("checks the listed conferences: as many as the count, known groups, dates in the plan year", () => {
    const plan = planWith((p) => {
      series(p).instances = [
        { host: "UBND xã A", date: "2023-12-29", attendance: { "hoa-giai-vien": 80, "khach-moi": 5 } },
        { host: "UBND xã B", window: { year: 2024, from: "2024-06-01", to: "2024-05-01" } },
      ];
    });
    expect(validatePlan(plan).findings.map((f) => [f.code, f.at?.path])).toEqual([
      ["plan.count_mismatch", "conferences.0.instances"],
      ["plan.unknown_reference", "conferences.0.instances.0.attendance.khach-moi"],
      ["plan.outside_year", "conferences.0.instances.0.date"],
      ["plan.range_reversed", "conferences.0.instances.1.window"],
    ]);
  });

  it("checks that kept copies do not exceed the copies printed", () => {
    const ok = planWith((p) => {
      const m = p.materials[0];
      if (m) m.keptByIssuer = 25000;
    });
    expect(validatePlan(ok).findings).toEqual([]);
    const over = planWith((p) => {
      const m = p.materials[0];
      if (m) m.keptByIssuer = 25001;
    });
    expect(validatePlan(over).findings).toMatchObject([
      {
        code: "plan.kept_exceeds_copies",
        at: { path: "materials.0.keptByIssuer" },
        params: { kept: 25001, copies: 25000 },
      },
    ]);
  });

  it("checks that every responsibility names a unit", () => {
    const plan = planWith((p) => {
      p.responsibilities.push({ unit: "  ", duties: ["Phối hợp"] }, { duties: ["Phối hợp"] });
    });
    expect(validatePlan(plan).findings.map((f) => [f.code, f.at?.path])).toEqual([
      ["plan.responsibility_without_unit", "responsibilities.1.unit"],
      ["plan.responsibility_without_unit", "responsibilities.2.unit"],
    ]);
  });

  it("checks ids and references", () => {
    const plan = planWith((p) => {
      const [a0, a1] = p.activities;
      if (a0) a0.conferenceSeries = "nope";
      if (a1) a1.id = a0?.id ?? "";
      const g = series(p).quotaGroups[1];
      if (g) g.id = "hoa-giai-vien";
    });
    const findings = validatePlan(plan).findings;
    expect(findings.map((f) => [f.code, f.at?.path])).toEqual([
      ["plan.duplicate_id", "activities.1.id"],
      ["plan.duplicate_id", "conferences.0.quotaGroups.1.id"],
      ["plan.unknown_reference", "activities.0.conferenceSeries"],
    ]);
    expect(findings.map((f) => formatFinding(f))).toContain('Không có chuỗi hội nghị mang mã "nope" trong kế hoạch.');
  });
});

describe("validatePlan: materials handed out at conferences", () => {
  it("reports a material handed out at a series the plan does not have", () => {
    const known = series(samplePlan()).id;
    const one = planWith((p) => {
      const m = p.materials[0];
      if (m) m.handedOutAt = "khong-co";
    });
    expect(validatePlan(one).findings.map((f) => [f.code, f.at?.path, paramOf(f, "ref")])).toEqual([
      ["plan.unknown_reference", "materials.0.handedOutAt", "khong-co"],
    ]);
    const several = planWith((p) => {
      const m = p.materials[0];
      if (m) m.handedOutAt = [known, "khong-co"];
    });
    expect(validatePlan(several).findings.map((f) => f.at?.path)).toEqual(["materials.0.handedOutAt.1"]);
    const fine = planWith((p) => {
      const m = p.materials[0];
      if (m) m.handedOutAt = known;
    });
    expect(validatePlan(fine).findings).toEqual([]);
  });
});

describe("validatePlan: copies of a material handed out at conferences", () => {
  it("warns when the copies (less those kept) are fewer than the conferences' delegates", () => {
    const short = planWith((p) => {
      const m = p.materials[0];
      if (!m) return;
      m.handedOutAt = series(p).id;
      m.copies = 1000;
      m.keptByIssuer = 100;
    });
    const found = validatePlan(short).findings;
    expect(found.map((f) => [f.code, f.at?.path])).toEqual([["plan.handout_short", "materials.0.copies"]]);
    const delegates = series(short).delegatesPerConference * series(short).count;
    expect(found.map((f) => [paramOf(f, "copies"), paramOf(f, "delegates")])).toEqual([[900, delegates]]);
    const enough = planWith((p) => {
      const m = p.materials[0];
      if (m) m.handedOutAt = series(p).id;
    });
    expect(validatePlan(enough).findings).toEqual([]);
  });
});
