// The Thanh Hóa 2024 plan and illustrative prices as test data, parsed by the real schemas, so that
// core tests need no files. examples/thanh-hoa-2024 holds the same facts as JSON.
import { planSchema, type Plan, type PlanInput } from "../../plan/planSchema.js";
import { samplePlanInput } from "../../testing/samplePlan.js";
import { pricesSchema, type Prices } from "../prices.js";
import type { Scale } from "../../money/scale.js";
import { computeAmounts } from "../computeAmounts.js";
import type { Estimate, EstimateDraft, Factor, FactorKind, LineDraft } from "../estimate.js";
import type { LineEntry } from "../lineProduct.js";
import type { EstimateFigure, EstimateLocator } from "../locate.js";

const sample = samplePlanInput();

/** The sample plan with the Thanh Hóa 2024 plan's own titles, which the estimate's section titles come from. */
export const thanhHoaPlanInput: PlanInput = {
  ...sample,
  conferences: sample.conferences?.map((series) => ({
    ...series,
    title: "Hội nghị tập huấn nghiệp vụ hòa giải ở cơ sở",
    speakers: { unit: "Phòng Phổ biến, giáo dục pháp luật" },
    quotaGroups: series.quotaGroups.map((g) =>
      g.paidFromStateBudget
        ? g
        : {
            ...g,
            name: "Hòa giải viên (không hưởng lương từ NSNN)",
            nameEn: "Mediators (not paid from the state budget)",
          },
    ),
  })),
  materials: sample.materials?.map((m) => ({ ...m, title: "Tờ gấp pháp luật về hòa giải ở cơ sở" })),
};

export const thanhHoaPlan: Plan = planSchema.parse(thanhHoaPlanInput);

export const thanhHoaPrices: Prices = pricesSchema.parse({
  illustrative: true,
  conference: {
    hallPerDay: 6000000,
    decorationPerConference: 1500000,
    speakerPerSession: 1000000,
    speakerSessionsPerConference: 2,
    documentsPerSet: 25000,
    waterPerPersonDay: 40000,
    mealPerPersonDay: 150000,
    travelPerPersonDay: 50000,
    stationeryPerPerson: 10000,
    perDiemPerPersonDay: 200000,
    staffPerConference: 3,
  },
  material: { writingPerTitle: 1500000, printingPerCopy: 1200, distributionPerRun: 2000000 },
});

/** A sheet line: "Số lượng" in D, "Số ngày" in E (when given), rate in F, amount in G (see `sheetLocator`). */
export function sheetLine(
  content: string,
  unit: string,
  counts: [number, number?],
  rate: number,
  amount?: number,
): LineDraft {
  const [quantity, days] = counts;
  const factors: Factor[] = [{ kind: "quantity", value: quantity }];
  if (days !== undefined) factors.push({ kind: "days", value: days });
  const product = factors.reduce((p, f) => p * f.value, rate);
  return { number: "", content, unit, factors, rate, amount: amount ?? product };
}

/** Where a test estimate's figures sit: the sheet rows of each section's lines, subtotals and the total. */
export interface SheetRows {
  readonly lines: readonly (readonly number[])[];
  readonly subtotals?: readonly number[];
  readonly total?: number;
  /** Column letters by field (default: quantity D, days E, rate F, amount G). */
  readonly columns?: Partial<Record<"rate" | "amount" | FactorKind, string>>;
  /** The cell of a sub-item's or its parent's figure, when a test needs one. */
  readonly children?: (entry: LineEntry) => number | undefined;
  readonly scale?: Scale;
}

/** The rows of soTuPhapSheet: I at 13 with lines 14–22, II at 23 with lines 24–26, the total at 27. */
export const soTuPhapRows: SheetRows = {
  lines: [
    [14, 15, 16, 17, 18, 19, 20, 21, 22],
    [24, 25, 26],
  ],
  subtotals: [13, 23],
  total: 27,
};

/** A locator for a test estimate on sheet "Dự toán", its lines at the rows given, in the sheet's columns. */
export function sheetLocator(rows: SheetRows = soTuPhapRows): EstimateLocator {
  const columns = { quantity: "D", days: "E", rate: "F", amount: "G", ...rows.columns };
  const cell = (figure: EstimateFigure): string | undefined => {
    if ("total" in figure) return rows.total === undefined ? undefined : `G${rows.total}`;
    if ("group" in figure) return undefined;
    if ("section" in figure) {
      const row = rows.subtotals?.[figure.section];
      return row === undefined ? undefined : `G${row}`;
    }
    const entry = figure.line;
    const row = entry.parent ? rows.children?.(entry) : rows.lines[entry.sectionIndex]?.[entry.index];
    const col = columns[figure.field];
    return row === undefined || col === undefined ? undefined : `${col}${row}`;
  };
  return { sheet: "Dự toán", scale: rows.scale ?? 1, cell };
}

/** A Sở Tư pháp 2024 estimate sheet as the sheet reader gives it (rows 13–27, words in A28; `soTuPhapRows`). */
export function soTuPhapSheet(): Estimate {
  return computeAmounts(soTuPhapDraft());
}

/** soTuPhapSheet as written, for tests to edit. */
export function soTuPhapDraft(): EstimateDraft {
  const one = [
    sheetLine("Thuê hội trường, âm thanh, ánh sáng, máy chiếu", "hội nghị", [6, 1], 6000000),
    sheetLine("Trang trí, khánh tiết, ma-két hội nghị", "hội nghị", [6], 1500000),
    sheetLine("Thù lao báo cáo viên", "buổi", [6, 2], 1000000),
    sheetLine("Tài liệu tập huấn cho đại biểu", "bộ", [1920], 25000),
    sheetLine("Nước uống giữa giờ", "người", [1920, 1], 40000),
    sheetLine("Hỗ trợ tiền ăn cho đại biểu không hưởng lương từ NSNN", "người", [1620, 1], 150000),
    sheetLine("Hỗ trợ tiền đi lại cho đại biểu không hưởng lương từ NSNN", "người", [1620], 50000),
    sheetLine("Văn phòng phẩm", "người", [1920], 10000),
    sheetLine("Phụ cấp lưu trú cho báo cáo viên, ban tổ chức", "người", [18, 1], 200000),
  ];
  const two = [
    sheetLine("Biên soạn tờ gấp pháp luật", "tờ gấp", [1], 1500000),
    sheetLine("In tờ gấp (khổ A4, in 2 mặt, 4 màu)", "tờ", [25000], 1200),
    sheetLine("Vận chuyển, cấp phát tờ gấp", "lần", [1], 2000000),
  ];
  return {
    sections: [
      {
        number: "I",
        title: "Tổ chức 06 hội nghị tập huấn nghiệp vụ hòa giải ở cơ sở",
        lines: one,
        amount: 528600000,
      },
      {
        number: "II",
        title: "Biên soạn, in ấn tờ gấp pháp luật về hòa giải ở cơ sở",
        lines: two,
        amount: 33500000,
      },
    ],
    amount: 562100000,
  };
}
