import { findingId, formatFinding, parsePlan, summarizePlan } from "@hgcs/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { valueOf } from "../../packages/core/src/testing/resultValue.js";
import { examplePlanJson, type PlanJson } from "../testing/exampleFiles.js";

const example = examplePlanJson;

describe("examples/thanh-hoa-2024/plan.json", () => {
  it("validates clean", () => {
    const parsed = parsePlan(examplePlanJson());
    expect(parsed.findings.map((f) => formatFinding(f))).toEqual([]);
    expect(valueOf(parsed).issuer.jurisdiction).toBe("thanh-hoa");
  });

  it("holds the seed plan's facts as data", () => {
    const plan = valueOf(parsePlan(examplePlanJson()));
    expect(plan.activities.map((a) => a.kind)).toEqual(["directive", "conferences", "materials"]);
    const [series] = plan.conferences;
    expect(series).toMatchObject({
      count: 6,
      daysEach: 1,
      venueTier: "province",
      delegatesPerConference: 320,
      window: { year: 2024, quarters: [2, 3] },
    });
    expect(series?.speakers?.unit).toBe("Phòng Phổ biến, giáo dục pháp luật");
    expect(series?.subjects).toHaveLength(5);
    expect(series?.quotaGroups.map((g) => [g.id, g.persons, g.paidFromStateBudget])).toEqual([
      ["hoa-giai-vien", 270, false],
      ["can-bo-quan-ly", 50, true],
    ]);
    expect(plan.materials[0]).toMatchObject({
      kind: "leaflet",
      copies: 25000,
      timeFrame: { year: 2024, quarters: [2] },
      keepsCopies: true,
    });
    expect(plan.materials[0]?.distribution).toEqual([
      "Sở Tư pháp",
      "Phòng Tư pháp cấp huyện",
      "UBND cấp xã",
      "Tổ hòa giải, hòa giải viên ở cơ sở",
    ]);
    expect(plan.funding.basis).toMatchObject({ number: "7780/TB-STC", date: "2023-12-19" });
    expect(plan.funding.allocatedVnd).toBeUndefined();
    expect(plan.bases[0]).toMatchObject({ number: "39/KH-UBND", date: "2024-02-06" });
    expect(plan.responsibilities).toHaveLength(4);
    expect(plan.recipients).toHaveLength(5);
    expect(plan.signer).toEqual({ title: "GIÁM ĐỐC", name: "Bùi Đình Sơn" });
    expect(plan.document).toMatchObject({ number: "…/KH-STP", month: 2, year: 2024 });
    expect(plan.document.date).toBeUndefined();
  });

  it("sums to 6 × 320 = 1.920 delegate-days, 1.620 of them non-salaried, and 25.000 leaflets", () => {
    const plan = valueOf(parsePlan(examplePlanJson()));
    expect(summarizePlan(plan).totals).toMatchObject({
      conferences: 6,
      delegateDays: 1920,
      nonSalariedDelegateDays: 1620,
      copies: 25000,
    });
  });

  it("reports 270 → 280 mediators as a quota sum mismatch at the quota groups", () => {
    const json = example();
    json["conferences"][0]["quotaGroups"][0]["persons"] = 280;
    const { ok, findings } = parsePlan(json);
    expect(ok).toBe(true);
    expect(findings.map(findingId)).toEqual(["plan.quota_sum_mismatch@conferences.0.quotaGroups"]);
    expect(
      formatFinding(
        findings[0] ?? { code: "plan.invalid", severity: "error", params: { problem: { vi: "", en: "" } } },
      ),
    ).toBe("Tổng các nhóm đại biểu là 330, khác số đại biểu mỗi hội nghị (320).");
  });

  it.each([
    [
      "persons as text",
      (j: PlanJson) => (j["conferences"][0]["quotaGroups"][0]["persons"] = "270"),
      "conferences.0.quotaGroups.0.persons",
    ],
    ["no signer", (j: PlanJson) => delete j["signer"], "signer"],
    ["activities not a list", (j: PlanJson) => (j["activities"] = { id: 1 }), "activities"],
    [
      "a date written 19/12/2023",
      (j: PlanJson) => (j["funding"]["basis"]["date"] = "19/12/2023"),
      "funding.basis.date",
    ],
  ])("gives a finding, not a crash, for %s", (_label, breakIt, path) => {
    const json = example();
    breakIt(json);
    const { ok, findings } = parsePlan(json);
    expect(ok).toBe(false);
    expect(findings).toContainEqual(expect.objectContaining({ code: "plan.invalid", at: { path } }));
  });

  it.each([null, "plan.json", 42, [], {}])("gives findings for a file holding %j", (json) => {
    const { ok, findings } = parsePlan(json);
    expect(ok).toBe(false);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f) => f.code === "plan.invalid")).toBe(true);
  });

  it("never throws when a field of the example is replaced by arbitrary JSON", () => {
    const keys = Object.keys(example());
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.jsonValue(), (key, value) => {
        const json = example();
        json[key] = value;
        const { ok, findings } = parsePlan(json);
        return ok || findings.length > 0;
      }),
    );
  });
});
