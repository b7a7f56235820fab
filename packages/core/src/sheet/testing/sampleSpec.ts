import type { EstimateSheetSpec, SheetSectionSpec } from "./estimateSheet.js";

/** Two sections like the Thanh Hóa 2024 sheet (money in đồng): conferences and leaflets. */
export const sampleSections: readonly SheetSectionSpec[] = [
  {
    number: "I",
    title: "Tổ chức 06 hội nghị tập huấn",
    lines: [
      {
        number: "1",
        content: "Thuê hội trường, âm thanh",
        unit: "hội nghị",
        factors: { quantity: 6, days: 1 },
        rate: 6_000_000,
      },
      { number: "2", content: "Trang trí, khánh tiết", unit: "hội nghị", factors: { quantity: 6 }, rate: 1_500_000 },
      { number: "3", content: "Nước uống giữa giờ", unit: "người", factors: { quantity: 1920, days: 1 }, rate: 40_000 },
      {
        number: "4",
        content: "Hỗ trợ tiền ăn cho đại biểu không hưởng lương từ NSNN",
        unit: "người",
        factors: { quantity: 1620, days: 1 },
        rate: 150_000,
      },
    ],
  },
  {
    number: "II",
    title: "Biên soạn, in tờ gấp",
    lines: [
      { number: "1", content: "Biên soạn tờ gấp pháp luật", unit: "tờ gấp", factors: { quantity: 1 }, rate: 1_500_000 },
      { number: "2", content: "In tờ gấp", unit: "tờ", factors: { quantity: 25_000 }, rate: 1_200 },
    ],
  },
];

/** The sample as a spec with live formulas and correct words. */
export const sampleSpec: EstimateSheetSpec = { sections: sampleSections, columnNumbers: true };

/** The sample's total in đồng: 36 + 9 + 76,8 + 243 + 1,5 + 30 million. */
export const sampleTotal = 396_300_000;
