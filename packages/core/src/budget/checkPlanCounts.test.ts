import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { paramOf } from "../findings/finding.js";
import { checkPlanCounts } from "./checkPlanCounts.js";
import { computeAmounts } from "./computeAmounts.js";
import type { Factor, LineDraft } from "./estimate.js";
import { thanhHoaPlan } from "./testing/thanhHoa.js";

// The plan holds 6 one-day conferences of 320 delegates, 270 of them paid no salary from the state budget.

function line(content: string, unit: string | undefined, factors: Factor[]): LineDraft {
  const rate = 1000;
  const amount = factors.reduce((p, f) => p * f.value, rate);
  return { content, ...(unit === undefined ? {} : { unit }), factors, rate, amount };
}

const q = (value: number): Factor => ({ kind: "quantity", value });

/** The plan findings of one section of lines, as code, expected and actual. */
function planFindings(lines: LineDraft[]): [string, unknown, unknown][] {
  const estimate = computeAmounts({
    sections: [{ number: "I", title: "Tổ chức hội nghị", lines, amount: null }],
    amount: null,
  });
  return checkPlanCounts(estimate, thanhHoaPlan).map((f) => [f.code, paramOf(f, "expected"), paramOf(f, "actual")]);
}

describe("checkPlanCounts compares only lines that say what they count", () => {
  it("reads no conferences in a decoration package or in banners: an info note, no error", () => {
    expect(
      planFindings([
        line("Trang trí, maket", "gói", [q(1)]),
        line("Băng rôn, khẩu hiệu", "cái", [q(4)]),
        line("Thuê hội trường", "buổi", [q(2)]),
      ]),
    ).toEqual([
      ["plan.count_unclear", 6, 1],
      ["plan.count_unclear", 6, 2],
    ]);
    // Together they make the plan's count: nothing to say.
    expect(planFindings([line("Trang trí, maket", "gói", [q(2)]), line("Băng rôn", "cái", [q(4)])])).toEqual([]);
  });

  it("still compares decoration by the conference, a hall by the day and a 'Số hội nghị' column", () => {
    expect(planFindings([line("Trang trí, khánh tiết", "hội nghị", [q(5)])])).toEqual([["plan.count_mismatch", 6, 5]]);
    expect(planFindings([line("Thuê hội trường, âm thanh", "ngày", [q(5)])])).toEqual([["plan.count_mismatch", 6, 5]]);
    expect(planFindings([line("Thuê hội trường", undefined, [q(1), { kind: "days", value: 5 }])])).toEqual([
      ["plan.count_mismatch", 6, 5],
    ]);
    // Banners with a "Số hội nghị" column: that column counts conferences, whatever the line counts.
    expect(planFindings([line("Băng rôn", "cái", [q(2), { kind: "events", value: 4 }])])).toEqual([
      ["plan.count_mismatch", 6, 4],
    ]);
  });

  it("lets lines that do not say what they count make up a shortfall, never hide an excess", () => {
    const banners = line("Băng rôn, khẩu hiệu", "cái", [q(4)]);
    expect(planFindings([line("Trang trí hội trường", "hội nghị", [q(3)]), banners])).toEqual([
      ["plan.count_unclear", 6, 4],
    ]);
    expect(planFindings([line("Trang trí hội trường", "hội nghị", [q(2)]), banners])).toEqual([]);
    expect(planFindings([line("Trang trí hội trường", "hội nghị", [q(7)]), banners])).toEqual([
      ["plan.count_mismatch", 6, 7],
    ]);
  });

  it("holds persons to the quota only when the unit or a column counts persons", () => {
    const meal = "Hỗ trợ tiền ăn cho đại biểu không hưởng lương từ NSNN";
    expect(planFindings([line(meal, "người", [q(1800)])])).toEqual([["quota.exceeded", undefined, undefined]]);
    const persons: Factor = { kind: "persons", value: 300 };
    expect(planFindings([line(meal, undefined, [persons, { kind: "events", value: 6 }])])).toEqual([
      ["quota.exceeded", undefined, undefined],
    ]);
    // "Số người × Số lần": what a "lần" is, the sheet does not say.
    expect(planFindings([line(meal, undefined, [persons, { kind: "count", value: 6 }])])).toEqual([]);
    // "1800 suất" reads as persons; a lump sum ("gói") does not.
    expect(planFindings([line(meal, "suất", [q(1800)])])).toEqual([["quota.exceeded", undefined, undefined]]);
    expect(planFindings([line(meal, "gói", [q(1800)])])).toEqual([]);
  });

  it("trusts the kind a line carries (estimateFromPlan's lines)", () => {
    const own: LineDraft = { ...line("Khoản khác", "gói", [q(5)]), kind: "decoration" };
    expect(planFindings([own])).toEqual([["plan.count_mismatch", 6, 5]]);
  });
});

describe("checkPlanCounts on lines that do not say what they count", () => {
  // Texts of every kind the plan counts, with units and columns that count something else.
  const contents = [
    "Thuê hội trường, âm thanh",
    "Trang trí, maket",
    "Băng rôn, khẩu hiệu",
    "Thù lao báo cáo viên",
    "Tài liệu hội nghị",
    "Nước uống đại biểu",
    "Hỗ trợ tiền ăn cho đại biểu không hưởng lương",
    "Hỗ trợ tiền đi lại cho đại biểu",
    "Văn phòng phẩm",
    "Biên soạn tờ gấp",
    "In tờ gấp",
    "Xã Hải Thanh",
  ];
  const units = [undefined, "gói", "cái", "lần", "chiếc", "m2", "tháng", "trọn gói"];
  const factor = fc.record({
    kind: fc.constantFrom("quantity" as const, "count" as const),
    value: fc.integer({ min: 0, max: 100_000 }),
  });

  it("never reports an error, whatever their counts", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            content: fc.constantFrom(...contents),
            unit: fc.constantFrom(...units),
            factors: fc.array(factor, { minLength: 1, maxLength: 3 }),
          }),
          { maxLength: 12 },
        ),
        (lines) => {
          const found = planFindings(lines.map((l) => line(l.content, l.unit, l.factors)));
          expect(found.filter(([code]) => code !== "plan.count_unclear")).toEqual([]);
        },
      ),
    );
  });
});
