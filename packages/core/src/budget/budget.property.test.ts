import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { planSchema } from "../plan/planSchema.js";
import { checkEstimate } from "./checkEstimate.js";
import { classifyLine } from "./classifyLine.js";
import { computeAmounts } from "./computeAmounts.js";
import { estimateFromPlan } from "./estimateFromPlan.js";
import { thanhHoaPlanInput, thanhHoaPrices } from "./testing/thanhHoa.js";

const words = [
  "Hỗ trợ",
  "tiền",
  "ăn",
  "đi lại",
  "cho",
  "đại biểu",
  "không",
  "hưởng lương",
  "từ NSNN",
  "Nước uống",
  "giữa giờ",
  "Thù lao",
  "báo cáo viên",
  "giảng viên",
  "Biên soạn",
  "In",
  "tờ gấp",
  "Vận chuyển",
  "Văn phòng phẩm",
  "Phụ cấp",
  "lưu trú",
  "ban tổ chức",
  "hòa giải viên",
  "tổ hòa giải",
  "Thuê",
  "hội trường",
  "Trang trí",
  "tài liệu",
  "(khổ A4)",
];

describe("properties", () => {
  it("classifyLine does not care about accents form, capitals or spacing", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...words), { maxLength: 8 }),
        fc.constantFrom(" ", "  ", ", ", " - ", "\n"),
        (parts, sep) => {
          const text = parts.join(sep);
          const expected = classifyLine(text);
          expect(classifyLine(text.normalize("NFD"))).toEqual(expected);
          expect(classifyLine(text.toLocaleUpperCase("vi"))).toEqual(expected);
          expect(classifyLine(` ${parts.join(`${sep} `)} `)).toEqual(expected);
        },
      ),
    );
  });

  it("an estimate built from any plan shape checks without errors", () => {
    const group = fc.record({ persons: fc.integer({ min: 1, max: 400 }), paidFromStateBudget: fc.boolean() });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 1, max: 4 }),
        fc.array(group, { minLength: 1, maxLength: 4 }),
        fc.constantFrom("central_city", "province", "commune"),
        fc.integer({ min: 1, max: 200000 }),
        (count, daysEach, groups, venueTier, copies) => {
          const quotaGroups = groups.map((g, i) => ({ ...g, id: `g${i}`, name: `Nhóm ${i}` }));
          const plan = planSchema.parse({
            ...thanhHoaPlanInput,
            conferences: thanhHoaPlanInput.conferences?.map((s) => ({
              ...s,
              count,
              daysEach,
              venueTier,
              delegatesPerConference: quotaGroups.reduce((n, g) => n + g.persons, 0),
              quotaGroups,
            })),
            materials: thanhHoaPlanInput.materials?.map((m) => ({ ...m, copies })),
          });
          const prices = { ...thanhHoaPrices, conference: { ...thanhHoaPrices.conference, mealPerPersonDay: 100000 } };
          const { estimate, findings } = estimateFromPlan(plan, prices, { date: "2024-06-01" });
          expect(findings.filter((f) => f.severity === "error")).toEqual([]);
          expect(
            checkEstimate(estimate, plan, { date: "2024-06-01" }).findings.filter((f) => f.severity === "error"),
          ).toEqual([]);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("checkEstimate never throws, whatever numbers a sheet holds", () => {
    const num = fc.oneof(
      fc.integer(),
      fc.double(),
      fc.constant(Number.NaN),
      fc.constant(Number.POSITIVE_INFINITY),
      fc.constant(0),
    );
    const line = fc.record({
      content: fc.constantFrom(...words, "x"),
      factors: fc.array(
        fc.record({ kind: fc.constantFrom("quantity", "persons", "days", "sessions", "events"), value: num }),
        { maxLength: 3 },
      ),
      rate: fc.option(num, { nil: null }),
      amount: fc.option(num, { nil: null }),
    });
    const section = fc.record({
      number: fc.constant("I"),
      title: fc.constant("x"),
      lines: fc.array(line, { maxLength: 5 }),
      amount: fc.option(num, { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(section, { maxLength: 3 }), fc.option(num, { nil: null }), (sections, total) => {
        const estimate = computeAmounts({ sections, amount: total });
        expect(
          Array.isArray(checkEstimate(estimate, planSchema.parse(thanhHoaPlanInput), { allocation: 1 }).findings),
        ).toBe(true);
        expect(Array.isArray(checkEstimate(estimate, undefined).findings)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
