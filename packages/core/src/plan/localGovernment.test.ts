import { describe, expect, it } from "vitest";
import { samplePlan } from "../testing/samplePlan.js";
import { districtFindings, distributionChainOf, planDay, underTwoLevelGovernment } from "./localGovernment.js";
import { validatePlan } from "./validatePlan.js";
import type { Plan } from "./planSchema.js";

const dated = (document: Partial<Plan["document"]>, level?: Plan["issuer"]["level"]): Plan => {
  const plan = samplePlan();
  return {
    ...plan,
    document: { ...plan.document, ...document },
    issuer: { ...plan.issuer, ...(level === undefined ? {} : { level }) },
  };
};

describe("underTwoLevelGovernment", () => {
  it("reads the plan's date, else its month, else its year", () => {
    expect(planDay(dated({ date: "2025-06-30", year: 2025 }))).toBe("2025-06-30");
    expect(underTwoLevelGovernment(dated({ date: "2025-06-30", year: 2025 }))).toBe(false);
    expect(underTwoLevelGovernment(dated({ date: "2025-07-01", year: 2025 }))).toBe(true);
    expect(underTwoLevelGovernment(dated({ month: 8, year: 2025 }))).toBe(true);
    expect(underTwoLevelGovernment(dated({ year: 2026 }))).toBe(true);
    expect(underTwoLevelGovernment(dated({ year: 2024 }))).toBe(false);
  });
});

describe("distributionChainOf", () => {
  const none = { distribution: [] };

  it("keeps the plan's own chain", () => {
    const own = { distribution: ["Sở Tư pháp", "Phòng Tư pháp huyện", "xã"] };
    expect(distributionChainOf(dated({ year: 2026 }), own)).toEqual({ chain: own.distribution, defaulted: false });
  });

  it("goes through the districts only before 1 July 2025", () => {
    const before = distributionChainOf(dated({ date: "2024-02-06", year: 2024 }, "province_department"), none);
    expect(before.chain).toEqual(["Sở Tư pháp", "Phòng Tư pháp cấp huyện", "UBND cấp xã", "Tổ hòa giải ở cơ sở"]);
    for (const level of ["province_department", "province_committee", undefined] as const) {
      const after = distributionChainOf(dated({ date: "2026-01-10", year: 2026 }, level), none);
      expect(after).toEqual({ chain: ["Sở Tư pháp", "UBND cấp xã", "Tổ hòa giải ở cơ sở"], defaulted: true });
      expect(after.chain.join(" ")).not.toMatch(/huyện/u);
    }
  });

  it("hands a district office's copies to the communes, a commune's to its teams", () => {
    const district = dated({ year: 2023 }, "district_office");
    expect(
      distributionChainOf({ ...district, issuer: { ...district.issuer, agency: "Phòng Tư pháp" } }, none).chain,
    ).toEqual(["Phòng Tư pháp", "UBND cấp xã", "Tổ hòa giải ở cơ sở"]);
    const commune = dated({ year: 2026 }, "commune_committee");
    expect(
      distributionChainOf({ ...commune, issuer: { ...commune.issuer, agency: "UBND xã Tân An" } }, none).chain,
    ).toEqual(["UBND xã Tân An", "Tổ hòa giải ở cơ sở"]);
  });
});

describe("districtFindings", () => {
  const codes = (plan: Plan) => districtFindings(plan).map((f) => [f.code, f.at?.path]);

  it("says nothing of districts in a plan before 1 July 2025", () => {
    const plan = dated({ date: "2024-02-06", year: 2024 }, "district_office");
    plan.materials[0]?.distribution.push("Phòng Tư pháp huyện A");
    expect(codes(plan)).toEqual([]);
  });

  it("warns of a district issuer, co-issuer, funding source or receiving unit after it", () => {
    const plan = dated({ date: "2026-03-01", year: 2026 }, "district_office");
    plan.coIssuers = [{ agency: "UBND huyện A", level: "district_committee", jurisdiction: "VN" }];
    plan.funding = { ...plan.funding, sources: [{ name: "Ngân sách huyện", level: "district" }] };
    const material = plan.materials[0];
    if (!material) throw new Error("no material");
    material.distribution = ["Sở Tư pháp", "UBND thị xã B", "UBND xã C", "Tổ hòa giải"];
    expect(codes(plan)).toEqual([
      ["plan.district_after_reform", "issuer.level"],
      ["plan.district_after_reform", "coIssuers.0.level"],
      ["plan.district_after_reform", "funding.sources.0.level"],
      ["plan.district_after_reform", "materials.0.distribution.1"],
    ]);
    expect(validatePlan(plan).findings.filter((f) => f.code === "plan.district_after_reform")).toHaveLength(4);
  });

  it("does not take a province department's own divisions for district units", () => {
    const plan = dated({ date: "2026-03-01", year: 2026 }, "province_department");
    const material = plan.materials[0];
    if (!material) throw new Error("no material");
    material.distribution = ["Phòng Phổ biến, giáo dục pháp luật", "UBND xã Đức Cơ", "Tổ hòa giải thôn Huyền Trân"];
    expect(codes(plan)).toEqual([]);
  });
});
