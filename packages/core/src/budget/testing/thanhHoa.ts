// The Thanh Hóa 2024 plan and illustrative prices as test data, parsed by the real schemas, so that
// core tests need no files. examples/thanh-hoa-2024 holds the same facts as JSON.
import { planSchema, type Plan, type PlanInput } from "../../plan/planSchema.js";
import { samplePlanInput } from "../../testing/samplePlan.js";
import { pricesSchema, type Prices } from "../prices.js";
import type { Estimate, EstimateLine, Factor } from "../estimate.js";

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

/** A sheet line: "Số lượng" in D, "Số ngày" in E (when given), rate in F, amount in G. */
export function sheetLine(
  row: number,
  content: string,
  unit: string,
  counts: [number, number?],
  rate: number,
  amount?: number,
): EstimateLine {
  const [quantity, days] = counts;
  const factors: Factor[] = [{ kind: "quantity", value: quantity }];
  if (days !== undefined) factors.push({ kind: "days", value: days });
  const product = factors.reduce((p, f) => p * f.value, rate);
  return {
    number: "",
    content,
    unit,
    factors,
    rate,
    amount: amount ?? product,
    cells: {
      row,
      factors: days === undefined ? { quantity: `D${row}` } : { quantity: `D${row}`, days: `E${row}` },
      rate: `F${row}`,
      amount: `G${row}`,
    },
  };
}

/** A Sở Tư pháp 2024 estimate sheet as the sheet reader gives it (rows 13–27, words in A28). */
export function soTuPhapSheet(): Estimate {
  const one = [
    sheetLine(14, "Thuê hội trường, âm thanh, ánh sáng, máy chiếu", "hội nghị", [6, 1], 6000000),
    sheetLine(15, "Trang trí, khánh tiết, ma-két hội nghị", "hội nghị", [6], 1500000),
    sheetLine(16, "Thù lao báo cáo viên", "buổi", [6, 2], 1000000),
    sheetLine(17, "Tài liệu tập huấn cho đại biểu", "bộ", [1920], 25000),
    sheetLine(18, "Nước uống giữa giờ", "người", [1920, 1], 40000),
    sheetLine(19, "Hỗ trợ tiền ăn cho đại biểu không hưởng lương từ NSNN", "người", [1620, 1], 150000),
    sheetLine(20, "Hỗ trợ tiền đi lại cho đại biểu không hưởng lương từ NSNN", "người", [1620], 50000),
    sheetLine(21, "Văn phòng phẩm", "người", [1920], 10000),
    sheetLine(22, "Phụ cấp lưu trú cho báo cáo viên, ban tổ chức", "người", [18, 1], 200000),
  ];
  const two = [
    sheetLine(24, "Biên soạn tờ gấp pháp luật", "tờ gấp", [1], 1500000),
    sheetLine(25, "In tờ gấp (khổ A4, in 2 mặt, 4 màu)", "tờ", [25000], 1200),
    sheetLine(26, "Vận chuyển, cấp phát tờ gấp", "lần", [1], 2000000),
  ];
  return {
    scale: 1,
    sections: [
      {
        number: "I",
        title: "Tổ chức 06 hội nghị tập huấn nghiệp vụ hòa giải ở cơ sở",
        lines: one,
        subtotal: 528600000,
        cells: { row: 13, subtotal: "G13" },
      },
      {
        number: "II",
        title: "Biên soạn, in ấn tờ gấp pháp luật về hòa giải ở cơ sở",
        lines: two,
        subtotal: 33500000,
        cells: { row: 23, subtotal: "G23" },
      },
    ],
    total: 562100000,
    cells: { total: "G27", words: "A28" },
  };
}
