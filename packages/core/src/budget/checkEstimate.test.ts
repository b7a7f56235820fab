import { describe, expect, it } from "vitest";
import { findingId, paramOf } from "../findings/finding.js";
import { formatFinding } from "../findings/formatFinding.js";
import { defaultNorms } from "../norms/defaultNorms.js";
import { mergeNorms } from "../norms/parseNormsTable.js";
import { planSchema, type Plan } from "../plan/planSchema.js";
import { checkEstimate as checkModel, type CheckEstimateOptions } from "./checkEstimate.js";
import { computeAmounts } from "./computeAmounts.js";
import type { EstimateDraft, LineDraft, SectionDraft } from "./estimate.js";
import {
  sheetLine,
  sheetLocator,
  soTuPhapRows,
  soTuPhapDraft,
  thanhHoaPlan,
  thanhHoaPlanInput,
} from "./testing/thanhHoa.js";

const options = { date: "2024-06-01", locator: sheetLocator() };

/** checkEstimate of an estimate as written. */
const checkEstimate = (draft: EstimateDraft, plan: Plan | undefined, opts: CheckEstimateOptions = {}) =>
  checkModel(computeAmounts(draft), plan, opts);

/** The fixture sheet with some lines replaced (by row) and sums recomputed unless asked not to. */
function edited(replace: Record<number, LineDraft>, keepSums = false): EstimateDraft {
  const base = soTuPhapDraft();
  const sections: SectionDraft[] = base.sections.map((section, s) => {
    const lines = section.lines.map((line, l) => replace[soTuPhapRows.lines[s]?.[l] ?? 0] ?? line);
    const amount = keepSums ? section.amount : lines.reduce((s, l) => s + (l.amount ?? 0), 0);
    return { ...section, lines, amount };
  });
  const amount = keepSums ? base.amount : sections.reduce((s, x) => s + (x.amount ?? 0), 0);
  return { ...base, sections, amount };
}

const codesAt = (estimate: EstimateDraft, plan: Plan | undefined = thanhHoaPlan, extra: CheckEstimateOptions = {}) =>
  checkEstimate(estimate, plan, { ...options, ...extra })
    .findings.filter((f) => f.severity !== "info")
    .map((f) => `${f.code}@${f.at?.cell ?? f.at?.path}`);

describe("checkEstimate", () => {
  it("finds nothing wrong on the correct fixture sheet, only advisory caps at the rate cells", () => {
    const findings = checkEstimate(soTuPhapDraft(), thanhHoaPlan, options).findings;
    expect(findings.map(findingId)).toEqual([
      "rate.cap_unverified@Dự toán!F16",
      "rate.cap_unverified@Dự toán!F18",
      "rate.cap_unverified@Dự toán!F22",
    ]);
    expect(formatFinding(findings[0]!)).toBe(
      "Mức chi 1.000.000 đ: chưa có mức tối đa; con số tham khảo 2.000.000 đ (mức trần theo nguồn thứ cấp; thủ trưởng đơn vị quyết định mức) (Thông tư 36/2018/TT-BTC, Điều 5 khoản 2 điểm a), chưa được đối chiếu với văn bản gốc — chỉ để tham khảo.",
    );
  });

  it("finds the mistakes of a Thanh Hóa sheet with errors at their cells", () => {
    const base = soTuPhapDraft();
    // Rows 17 and 19 of section I.
    const one = base.sections[0]!.lines.map((line, l) =>
      l === 3 ? { ...line, amount: 4800000 } : l === 5 ? sheetLine(line.content, "người", [1620, 1], 200000) : line,
    );
    const estimate: EstimateDraft = {
      ...base,
      sections: [
        { ...base.sections[0]!, lines: one, amount: 566400000 },
        { ...base.sections[1]!, amount: 31500000 }, // a SUM one row short
      ],
      amount: 597900000,
    };
    expect(codesAt(estimate)).toEqual(["amount.mismatch@G17", "subtotal.mismatch@G23", "rate.over_cap@F19"]);
  });

  it("reports amount, subtotal and total mismatches with the figures", () => {
    const estimate = {
      ...edited({ 21: { ...sheetLine("Văn phòng phẩm", "người", [1920], 10000), amount: 1920000 } }, true),
    };
    const findings = checkEstimate({ ...estimate, amount: 562000000 }, thanhHoaPlan, options).findings.filter(
      (f) => f.severity === "error",
    );
    expect(findings.map((f) => [f.code, f.at?.cell, paramOf(f, "expected"), paramOf(f, "actual")])).toEqual([
      ["amount.mismatch", "G21", 19200000, 1920000],
      ["subtotal.mismatch", "G13", 511320000, 528600000],
      ["total.mismatch", "G27", 562100000, 562000000],
    ]);
    expect(formatFinding(findings[2]!)).toBe("Tổng cộng ghi 562.000.000 đ, nhưng tổng các mục là 562.100.000 đ.");
  });

  it("tolerates rounding below half the table's unit in a table kept in thousands", () => {
    const line: LineDraft = {
      content: "In tờ gấp",
      factors: [{ kind: "quantity", value: 333 }],
      rate: 1234,
      amount: 411000,
    };
    const estimate: EstimateDraft = {
      sections: [{ number: "I", title: "x", lines: [line], amount: 411000 }],
      amount: 411000,
    };
    const inThousands = sheetLocator({ lines: [[8]], scale: 1000 });
    expect(checkEstimate(estimate, undefined, { ...options, locator: inThousands }).findings).toEqual([]);
    expect(checkEstimate(estimate, undefined, options).findings.map((f) => f.code)).toEqual(["amount.mismatch"]);
  });

  it("checks sub-items against their parent line", () => {
    const child = (amount: number): LineDraft => ({
      content: "x",
      factors: [{ kind: "quantity", value: 1 }],
      rate: amount,
      amount,
    });
    const parent: LineDraft = {
      content: "Chi khác",
      factors: [],
      rate: null,
      amount: 30,
      children: [child(10), child(15)],
    };
    const estimate: EstimateDraft = {
      sections: [{ number: "I", title: "x", lines: [parent], amount: 30 }],
      amount: 30,
    };
    const locator = sheetLocator({ lines: [[30]] });
    expect(codesAt(estimate, thanhHoaPlan, { locator })).toEqual(["amount.mismatch@G30"]);
  });

  describe("caps", () => {
    it("uses the venue tier of the plan: 150.000 at a provincial venue, 200.000 in a central city", () => {
      const meal = sheetLine("Hỗ trợ tiền ăn cho đại biểu không hưởng lương từ NSNN", "người", [1620, 1], 180000);
      expect(codesAt(edited({ 19: meal }))).toEqual(["rate.over_cap@F19"]);
      const city = planSchema.parse({
        ...thanhHoaPlanInput,
        conferences: thanhHoaPlanInput.conferences?.map((s) => ({ ...s, venueTier: "central_city" })),
      });
      expect(codesAt(edited({ 19: meal }), city)).toEqual([]);
    });

    it("without a plan, holds a rate to the loosest tier", () => {
      const meal = (rate: number) => sheetLine("Tiền ăn đại biểu", "người", [1620, 1], rate);
      const noPlan = (estimate: EstimateDraft) =>
        checkEstimate(estimate, undefined, options).findings.filter((f) => f.severity === "error");
      expect(noPlan(edited({ 19: meal(180000) }))).toEqual([]);
      expect(noPlan(edited({ 19: meal(210000) })).map(findingId)).toEqual(["rate.over_cap@Dự toán!F19"]);
    });

    it("applies the old regime to old dates and a province's own table", () => {
      const fee = (rate: number): EstimateDraft => ({
        sections: [
          {
            number: "I",
            title: "x",
            amount: null,
            lines: [sheetLine("Thù lao hòa giải viên", "vụ việc", [10], rate)],
          },
        ],
        amount: null,
      });
      const noPlan = (date: string) => checkEstimate(fee(250000), undefined, { date }).findings.map((f) => f.code);
      expect(noPlan("2022-05-01")).toEqual(["rate.over_cap"]);
      expect(noPlan("2024-05-01")).toEqual([]);
      const row = defaultNorms.find((r) => r.key === "hgcs.fee.case")!;
      const norms = mergeNorms(defaultNorms, [
        { ...row, key: "thanh-hoa.fee", jurisdiction: "thanh-hoa", maxVnd: 200000 },
      ]);
      const locator = sheetLocator({ lines: [[5]] });
      expect(codesAt(fee(250000), thanhHoaPlan, { date: "2024-05-01", norms, locator })).toEqual(["rate.over_cap@F5"]);
    });

    it("holds lines named by a commune to the cap their section's heading says", () => {
      const fees: EstimateDraft = {
        sections: [
          {
            number: "I",
            title: "Chi thù lao cho hòa giải viên theo vụ việc",
            amount: null,
            lines: [sheetLine("Xã Hải Bình", "", [18], 300000), sheetLine("Xã Hải Thanh", "", [12], 350000)],
          },
        ],
        amount: null,
      };
      const locator = sheetLocator({ lines: [[11, 12]] });
      expect(codesAt(fees, undefined, { locator })).toEqual(["rate.over_cap@F12"]);
    });

    it("gives unverified caps as advice, never as an error, even above the figure", () => {
      const water = sheetLine("Nước uống giữa giờ", "người", [1920, 1], 60000);
      const findings = checkEstimate(edited({ 18: water }), thanhHoaPlan, options).findings;
      expect(findings.filter((f) => f.at?.cell === "F18").map((f) => [f.code, f.severity])).toEqual([
        ["rate.cap_unverified", "info"],
      ]);
    });
  });

  describe("quotas", () => {
    it("holds meal support to 270 non-salaried × 6 conferences × 1 day", () => {
      const meal = sheetLine("Hỗ trợ tiền ăn cho đại biểu không hưởng lương từ NSNN", "người", [1920, 1], 150000);
      const findings = checkEstimate(edited({ 19: meal }), thanhHoaPlan, options).findings.filter(
        (f) => f.code === "quota.exceeded",
      );
      expect(findings.map((f) => f.at?.cell)).toEqual(["D19"]);
      expect(formatFinding(findings[0]!)).toBe(
        "Số người 1.920 vượt định mức 1.620 của nhóm Hòa giải viên (không hưởng lương từ NSNN) (270 người × 6 hội nghị × 1 ngày).",
      );
    });

    it("reads persons × days × conferences in whatever columns the sheet has", () => {
      const meal = (factors: LineDraft["factors"]): LineDraft => ({
        content: "Hỗ trợ tiền ăn cho đại biểu không hưởng lương",
        unit: "người",
        factors,
        rate: 150000,
        amount: factors.reduce((p, f) => p * f.value, 150000),
      });
      // Persons in D, days in E, conferences in F.
      const extra = { locator: sheetLocator({ ...soTuPhapRows, columns: { persons: "D", events: "F" } }) };
      const ok = meal([
        { kind: "persons", value: 270 },
        { kind: "days", value: 1 },
        { kind: "events", value: 6 },
      ]);
      expect(codesAt(edited({ 19: ok }), thanhHoaPlan, extra)).toEqual([]);
      const twoDays = meal([
        { kind: "persons", value: 270 },
        { kind: "days", value: 2 },
        { kind: "events", value: 6 },
      ]);
      expect(codesAt(edited({ 19: twoDays }), thanhHoaPlan, extra)).toEqual(["quota.exceeded@D19"]);
      const sevenConferences = meal([
        { kind: "persons", value: 270 },
        { kind: "events", value: 7 },
      ]);
      expect(codesAt(edited({ 19: sevenConferences }), thanhHoaPlan, extra)).toEqual([
        "plan.count_mismatch@F19",
        "quota.exceeded@D19",
      ]);
    });

    it("counts travel support against the non-salaried and documents, water and stationery against all delegates", () => {
      const travel = sheetLine("Hỗ trợ tiền đi lại cho đại biểu không hưởng lương từ NSNN", "người", [1920], 50000);
      const documents = sheetLine("Tài liệu tập huấn cho đại biểu", "bộ", [1921], 25000);
      const water = sheetLine("Nước uống giữa giờ", "người", [1920, 2], 40000);
      const stationery = sheetLine("Văn phòng phẩm", "người", [1920], 10000);
      expect(codesAt(edited({ 20: travel, 17: documents, 18: water, 21: stationery }))).toEqual([
        "quota.exceeded@D17",
        "quota.exceeded@D18",
        "quota.exceeded@D20",
      ]);
    });

    it("adds up lines split per group or per day and points at the line that crosses the quota", () => {
      const half = () => sheetLine("Hỗ trợ tiền ăn cho hòa giải viên", "người", [900, 1], 150000);
      const base = soTuPhapDraft();
      const lines = base.sections[0]!.lines.filter((_, l) => l !== 5); // row 19
      const estimate: EstimateDraft = {
        ...base,
        sections: [{ ...base.sections[0]!, lines: [...lines, half(), half()], amount: null }, base.sections[1]!],
        amount: null,
      };
      const rows = {
        ...soTuPhapRows,
        lines: [
          [14, 15, 16, 17, 18, 20, 21, 22, 30, 31],
          [24, 25, 26],
        ],
      };
      expect(codesAt(estimate, thanhHoaPlan, { locator: sheetLocator(rows) })).toEqual(["quota.exceeded@D31"]);
    });

    it("allows no meal support when every delegate is paid from the state budget", () => {
      const plan = planSchema.parse({
        ...thanhHoaPlanInput,
        conferences: thanhHoaPlanInput.conferences?.map((s) => ({
          ...s,
          quotaGroups: [{ id: "cb", name: "Cán bộ", persons: 320, paidFromStateBudget: true }],
        })),
      });
      expect(codesAt(soTuPhapDraft(), plan)).toEqual(["quota.exceeded@D19", "quota.exceeded@D20"]);
    });
  });

  describe("plan counts", () => {
    it("compares printed copies, titles, conferences and conference days with the plan", () => {
      const estimate = edited({
        25: sheetLine("In tờ gấp", "tờ", [20000], 1200),
        24: sheetLine("Biên soạn tờ gấp pháp luật", "tờ gấp", [2], 1500000),
        14: sheetLine("Thuê hội trường", "hội nghị", [5, 1], 6000000),
        15: sheetLine("Trang trí hội trường", "hội nghị", [7], 1500000),
      });
      const findings = checkEstimate(estimate, thanhHoaPlan, options).findings.filter(
        (f) => f.code === "plan.count_mismatch",
      );
      expect(findings.map((f) => [f.at?.cell, paramOf(f, "expected"), paramOf(f, "actual")])).toEqual([
        ["D14", 6, 5],
        ["D15", 6, 7],
        ["D24", 1, 2],
        ["D25", 25000, 20000],
      ]);
      expect(formatFinding(findings[3]!)).toBe("Số bản in là 20.000, khác kế hoạch (25.000).");
    });

    it("checks speaker sessions when the plan gives sessions per conference", () => {
      const plan = planSchema.parse({
        ...thanhHoaPlanInput,
        conferences: thanhHoaPlanInput.conferences?.map((s) => ({
          ...s,
          speakers: { unit: "PBGDPL", sessionsPerConference: 1 },
        })),
      });
      expect(codesAt(soTuPhapDraft(), plan)).toEqual(["plan.count_mismatch@D16"]);
      expect(codesAt(soTuPhapDraft(), thanhHoaPlan)).toEqual([]);
    });
  });

  describe("allocation", () => {
    it("reports a total above the allocation given or the plan's", () => {
      expect(codesAt(soTuPhapDraft(), thanhHoaPlan, { allocation: 562100000 })).toEqual([]);
      expect(codesAt(soTuPhapDraft(), thanhHoaPlan, { allocation: 500000000 })).toEqual(["budget.over_allocation@G27"]);
      const funded = planSchema.parse({ ...thanhHoaPlanInput, funding: { source: "NSNN", allocatedVnd: 550000000 } });
      const [finding] = checkEstimate(soTuPhapDraft(), funded, options).findings.filter(
        (f) => f.code === "budget.over_allocation",
      );
      expect(finding && formatFinding(finding)).toBe(
        "Tổng dự toán 562.100.000 đ vượt kinh phí được giao 550.000.000 đ.",
      );
    });
  });

  it("checks a letter group's amount against its sections", () => {
    const section = (number: string, amount: number): SectionDraft => ({
      number,
      title: "x",
      lines: [{ content: "Khác", factors: [{ kind: "quantity", value: 1 }], rate: amount, amount }],
      amount,
    });
    const estimate: EstimateDraft = {
      groups: [{ number: "A", title: "Hội nghị", sections: [0, 1], amount: 50 }],
      sections: [section("I", 10), section("II", 30)],
      amount: 40,
    };
    const findings = checkEstimate(estimate, undefined, { date: options.date }).findings;
    expect(findings.map((f) => [f.code, f.at?.path, paramOf(f, "expected"), paramOf(f, "actual")])).toEqual([
      ["subtotal.mismatch", "groups.0.amount", 40, 50],
    ]);
  });

  it("points at paths without a locator", () => {
    const line: LineDraft = {
      content: "In tờ gấp",
      unit: "tờ",
      factors: [{ kind: "quantity", value: 100 }],
      rate: 1000,
      amount: 1,
    };
    const estimate: EstimateDraft = {
      sections: [{ number: "I", title: "x", lines: [line], amount: 1 }],
      amount: 1,
    };
    const findings = checkEstimate(estimate, thanhHoaPlan, { date: options.date }).findings;
    expect(findings.filter((f) => f.severity !== "info").map((f) => `${f.code}@${f.at?.path}`)).toEqual([
      "amount.mismatch@sections.0.lines.0.amount",
      "plan.count_mismatch@sections.0.lines.0.factors",
    ]);
  });
});
