import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { amountValue, computeAmounts } from "../budget/computeAmounts.js";
import type { EstimateDraft, LineDraft } from "../budget/estimate.js";
import { formatFinding } from "../findings/formatFinding.js";
import { makeFinding } from "../findings/makeFinding.js";
import { samplePlan, samplePlanInput } from "../testing/samplePlan.js";
import { planSchema } from "../plan/planSchema.js";
import { valueOf } from "../testing/resultValue.js";
import { soTuPhap2024, thanhHoaPlan } from "../plan/testing/soTuPhap2024.js";
import { checkSheet } from "../sheet/check.js";
import { renderEstimate } from "../sheet/render/renderEstimate.js";
import { consolidateEstimates } from "./consolidateEstimates.js";
import { communeDraft, draftLine, unitOf } from "./testing/unitEstimate.js";

const at = (findings: readonly { code: string; severity: string; at?: { path?: string } }[]) =>
  findings.map((f) => `${f.severity} ${f.code}@${f.at?.path ?? ""}`);

describe("consolidateEstimates", () => {
  it("gives one row per unit, in order, with its money by category and the totals", () => {
    const result = consolidateEstimates([
      unitOf("UBND xã An Cư", communeDraft()),
      unitOf("UBND xã Yên Lạc", communeDraft({ delegates: 100 })),
    ]);
    expect(result.findings).toEqual([]);
    const { units, totals } = valueOf(result);
    expect(units.map((u) => u.unit)).toEqual(["UBND xã An Cư", "UBND xã Yên Lạc"]);
    expect(units[0]?.categories).toEqual({
      meal_support: 8_000_000,
      hall: 3_000_000,
      speakers: 1_000_000,
      documents_printing: 500_000,
      travel_lodging: 0,
      other: 700_000,
    });
    expect(units[0]).toMatchObject({ submitted: 13_200_000, recomputed: 13_200_000, difference: 0, errors: 0 });
    expect(units[0]?.unclassified).toEqual([{ content: "Chi hỗ trợ khác", amount: 700_000 }]);
    expect(totals).toMatchObject({ submitted: 28_400_000, recomputed: 28_400_000, difference: 0 });
    expect(totals.categories.meal_support).toBe(18_000_000);
  });

  it("adds sheets of different scales in đồng", () => {
    const read = (scale: 1 | 1000 | 1000000) => {
      const checked = checkSheet(renderEstimate(soTuPhap2024, thanhHoaPlan, { scale }).grid);
      if (!checked.ok) throw new Error("the drawn sheet has no table");
      return { ...unitOf(`Đơn vị ${scale}`, communeDraft()), estimate: checked.value.estimate };
    };
    const { units, totals } = valueOf(consolidateEstimates([read(1), read(1000), read(1000000)]));
    expect(units.map((u) => u.submitted)).toEqual([562_100_000, 562_100_000, 562_100_000]);
    expect(units.map((u) => u.categories.meal_support)).toEqual([243_000_000, 243_000_000, 243_000_000]);
    expect(totals.submitted).toBe(3 * 562_100_000);
  });

  it("keeps a unit whose sheet has errors, counted as submitted, and marks it", () => {
    const wrong = communeDraft();
    const section = wrong.sections[0];
    // The meal line typed 9.000.000 instead of 80 × 100.000, and the total typed 14.000.000.
    const lines = section?.lines.map((l, i) => (i === 1 ? { ...l, amount: 9_000_000 } : l)) ?? [];
    const draft: EstimateDraft = {
      sections: [{ ...section, number: "I", title: "x", lines, amount: 14_200_000 }],
      amount: 14_000_000,
    };
    const error = makeFinding(
      "amount.mismatch",
      { expected: 8_000_000, actual: 9_000_000 },
      { sheet: "Dự toán", cell: "G12" },
    );
    const result = consolidateEstimates([
      unitOf("UBND xã An Cư", communeDraft()),
      unitOf("UBND xã Sai", draft, [error]),
    ]);
    expect(at(result.findings)).toEqual(["warning consolidation.unit_has_errors@units.1"]);
    const row = valueOf(result).units[1];
    expect(row).toMatchObject({ submitted: 14_000_000, recomputed: 13_200_000, difference: -200_000, errors: 1 });
    expect(row?.categories.meal_support).toBe(9_000_000);
    expect(valueOf(result).totals.submitted).toBe(27_200_000);
  });

  it("counts adjustments and sections without lines in other, and lists them", () => {
    const base = communeDraft();
    const draft: EstimateDraft = {
      sections: [...base.sections, { number: "II", title: "Chi phí quản lý", lines: [], amount: 300_000 }],
      adjustments: [{ title: "Dự phòng", kind: "correction", amount: 500_000 }],
      amount: 14_000_000,
    };
    const row = valueOf(consolidateEstimates([unitOf("UBND xã An Cư", draft)])).units[0];
    expect(row?.categories.other).toBe(1_500_000);
    expect(row?.unclassified.map((u) => u.content)).toEqual(["Chi hỗ trợ khác", "Chi phí quản lý", "Dự phòng"]);
    expect(row).toMatchObject({ submitted: 14_000_000, recomputed: 14_000_000, difference: 0 });
  });

  it("warns of further estimates of one unit, naming each one's file and sheet, and keeps them all", () => {
    const third = { ...unitOf("Ubnd xã An Cư", communeDraft()), file: "xa-an-cu/cu.xlsx", sheet: "Năm trước" };
    const result = consolidateEstimates([
      unitOf("UBND xã An Cư", communeDraft()),
      unitOf("UBND XÃ AN CƯ", communeDraft()),
      third,
    ]);
    expect(at(result.findings)).toEqual([
      "warning consolidation.duplicate_unit@units.1",
      "warning consolidation.duplicate_unit@units.2",
    ]);
    expect(formatFinding(result.findings[1] ?? makeFinding("consolidation.empty"))).toBe(
      "Ubnd xã An Cư có thêm bảng dự toán ở xa-an-cu/cu.xlsx, trang “Năm trước” (ngoài bảng ở UBND xã An Cư.xlsx, " +
        "trang “Dự toán”); các bảng đều được cộng vào tổng hợp.",
    );
    expect(valueOf(result).units).toHaveLength(3);
  });

  it("never takes two units named only by the caller's label for one unit", () => {
    const label = (unit: string, file: string) => ({ ...unitOf(unit, communeDraft()), file, unnamed: true });
    const result = consolidateEstimates([label("xa-a/du-toan", "xa-a/du-toan.xlsx"), label("xa-a du toan", "x.xlsx")]);
    expect(result.findings).toEqual([]);
  });

  it("lists as unclassified only lines of no known kind: water and the like are classified in Chi khác", () => {
    const draft = communeDraft();
    const section = draft.sections[0];
    const water = draftLine("Nước uống", "người", [{ kind: "persons", value: 80 }], 10_000);
    const fee = draftLine("Chi thù lao hòa giải viên", "vụ việc", [{ kind: "quantity", value: 2 }], 200_000);
    const lines = [...(section?.lines ?? []), water, fee];
    const sum = lines.reduce((s, l) => s + (l.amount ?? 0), 0);
    const unit = unitOf("UBND xã An Cư", {
      sections: [{ ...section, number: "I", title: "x", lines, amount: sum }],
      amount: sum,
    });
    const row = valueOf(consolidateEstimates([unit])).units[0];
    expect(row?.categories.other).toBe(700_000 + 800_000 + 400_000);
    expect(row?.unclassified.map((u) => u.content)).toEqual(["Chi hỗ trợ khác"]);
  });

  it("says there is nothing to consolidate without units", () => {
    expect(consolidateEstimates([])).toEqual({ ok: false, findings: [makeFinding("consolidation.empty")] });
  });

  it("with a plan without allotments, informs and compares nothing", () => {
    const result = consolidateEstimates([unitOf("UBND xã An Cư", communeDraft())], samplePlan());
    expect(at(result.findings)).toEqual(["info consolidation.no_allotments@allotments"]);
  });

  it("compares each unit with what the plan allots it", () => {
    const plan = planSchema.parse({
      ...samplePlanInput(),
      allotments: [
        { unit: "xã An Cư", amountVnd: 13_200_000, delegates: 80, copies: 500 },
        { unit: "UBND xã Yên Lạc", amountVnd: 10_000_000, delegates: 60, copies: 400 },
        { unit: "xã Tân Phúc", amountVnd: 10_000_000 },
        { unit: "phường Tân Phúc", amountVnd: 10_000_000 },
        { unit: "xã Hải Bình", amountVnd: 10_000_000 },
      ],
    });
    const result = consolidateEstimates(
      [
        unitOf("UBND XÃ AN CƯ", communeDraft()),
        unitOf("UBND XÃ YÊN LẠC", communeDraft({ delegates: 81, copies: 600 })),
        unitOf("Tân Phúc", communeDraft()),
        unitOf("UBND xã Ngọc Trạo", communeDraft()),
      ],
      plan,
    );
    expect(at(result.findings)).toEqual([
      "error consolidation.over_allotment@units.1.submitted",
      "warning consolidation.count_over_allotment@units.1.delegates",
      "warning consolidation.count_over_allotment@units.1.copies",
      "info consolidation.unit_ambiguous@units.2",
      "info consolidation.unit_not_allotted@units.3",
      "warning consolidation.allotment_without_estimate@allotments.4",
    ]);
    expect(result.findings.some((f) => f.severity === "error" && f.at?.path?.startsWith("units.0"))).toBe(false);
    expect(valueOf(result).units.map((u) => u.allotment?.unit)).toEqual([
      "xã An Cư",
      "UBND xã Yên Lạc",
      undefined,
      undefined,
    ]);
  });
});

describe("delegates against an allotment", () => {
  const twoConferences = (): EstimateDraft => {
    const lines = [
      {
        ...draftLine(
          "Nước uống",
          "người",
          [
            { kind: "persons", value: 40 },
            { kind: "events", value: 2 },
          ],
          20_000,
        ),
      },
    ];
    return { sections: [{ number: "I", title: "Hội nghị", lines, amount: null }], amount: null };
  };
  const plan = (delegates: number) =>
    planSchema.parse({ ...samplePlanInput(), allotments: [{ unit: "xã An Cư", delegates }] });

  it("counts a line's persons over its conferences, and never reports fewer than allotted", () => {
    const unit = unitOf("UBND xã An Cư", twoConferences());
    expect(consolidateEstimates([unit], plan(80)).findings).toEqual([]);
    expect(consolidateEstimates([unit], plan(500)).findings).toEqual([]);
    expect(consolidateEstimates([unit], plan(79)).findings).toMatchObject([
      { code: "consolidation.count_over_allotment", params: { count: 80, allotted: 79 } },
    ]);
  });
});

describe("properties", () => {
  const line = fc
    .record({
      content: fc.constantFrom(
        "Thuê hội trường",
        "Hỗ trợ tiền ăn",
        "Thù lao báo cáo viên",
        "In tờ gấp",
        "Chi khác",
        "Xã An Cư",
      ),
      count: fc.integer({ min: 1, max: 500 }),
      rate: fc.integer({ min: 0, max: 5_000_000 }),
      typed: fc.option(fc.integer({ min: 0, max: 1e9 }), { nil: null }),
    })
    .map(({ content, count, rate, typed }): LineDraft => ({
      ...draftLine(content, "người", [{ kind: "quantity", value: count }], rate),
      amount: typed,
    }));
  const draft = (declared: boolean) =>
    fc
      .record({
        sections: fc.array(fc.array(line, { maxLength: 6 }), { minLength: 1, maxLength: 3 }),
        total: fc.option(fc.integer({ min: 0, max: 2e9 }), { nil: null }),
      })
      .map(({ sections, total }): EstimateDraft => ({
        sections: sections.map((lines, i) => ({ number: String(i + 1), title: "Mục", lines, amount: null })),
        amount: declared ? total : null,
      }));

  it("the grand total is the sum of the units' submitted totals, and each row adds up to its submitted total", () => {
    fc.assert(
      fc.property(fc.array(draft(true), { minLength: 1, maxLength: 8 }), (drafts) => {
        const units = drafts.map((d, i) => unitOf(`Xã ${i}`, d));
        const { units: rows, totals } = valueOf(consolidateEstimates(units));
        const submitted = units.map((u) => amountValue(u.estimate.amount) ?? 0);
        expect(totals.submitted).toBe(submitted.reduce((s, n) => s + n, 0));
        for (const row of rows) {
          const classified = Object.values(row.categories).reduce((s, n) => s + n, 0);
          expect(classified + row.difference).toBe(row.submitted);
        }
      }),
    );
  });

  it("where the total is not typed over its lines, the categories add up to each row's total", () => {
    fc.assert(
      fc.property(fc.array(draft(false), { minLength: 1, maxLength: 8 }), (drafts) => {
        const { units: rows } = valueOf(consolidateEstimates(drafts.map((d, i) => unitOf(`Xã ${i}`, d))));
        rows.forEach((row, i) => {
          expect(row.difference).toBe(0);
          expect(Object.values(row.categories).reduce((s, n) => s + n, 0)).toBe(row.submitted);
          expect(row.submitted).toBe(amountValue(computeAmounts(drafts[i] as EstimateDraft).amount));
        });
      }),
    );
  });
});
