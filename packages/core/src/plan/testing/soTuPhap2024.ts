/** Test data only: a Sở Tư pháp 2024 estimate (total 562.100.000 đ) and a plan to render it with. */
import { computeAmounts } from "../../budget/computeAmounts.js";
import type { Estimate, Factor, LineDraft } from "../../budget/estimate.js";
import { planSchema, type Plan } from "../planSchema.js";

function line(
  number: string,
  content: string,
  unit: string,
  factors: Factor[],
  rate: number,
  note?: string,
): LineDraft {
  const amount = factors.reduce((p, f) => p * f.value, rate);
  return { number, content, unit, factors, rate, amount, ...(note ? { note } : {}) };
}
const q = (value: number): Factor => ({ kind: "quantity", value });
const d = (value: number): Factor => ({ kind: "days", value });

/** Section I 528.600.000, II 33.500.000, total 562.100.000 đồng. */
export const soTuPhap2024: Estimate = computeAmounts({
  sections: [
    {
      number: "I",
      title: "Tổ chức 06 hội nghị tập huấn nghiệp vụ hòa giải ở cơ sở",
      lines: [
        line(
          "1",
          "Thuê hội trường, âm thanh, ánh sáng, máy chiếu",
          "hội nghị",
          [q(6), d(1)],
          6_000_000,
          "Theo báo giá",
        ),
        line("2", "Trang trí, khánh tiết, ma-két hội nghị", "hội nghị", [q(6)], 1_500_000),
        line("3", "Thù lao báo cáo viên", "buổi", [q(6), d(2)], 1_000_000, "02 buổi/hội nghị"),
        line("4", "Tài liệu tập huấn cho đại biểu", "bộ", [q(1920)], 25_000, "320 đại biểu x 6 hội nghị"),
        line("5", "Nước uống giữa giờ", "người", [q(1920), d(1)], 40_000),
        line(
          "6",
          "Hỗ trợ tiền ăn cho đại biểu không hưởng lương từ NSNN",
          "người",
          [q(1620), d(1)],
          150_000,
          "270 hòa giải viên x 6 hội nghị",
        ),
        line("7", "Hỗ trợ tiền đi lại cho đại biểu không hưởng lương từ NSNN", "người", [q(1620)], 50_000),
        line("8", "Văn phòng phẩm", "người", [q(1920)], 10_000),
        line(
          "9",
          "Phụ cấp lưu trú cho báo cáo viên, ban tổ chức",
          "người",
          [q(18), d(1)],
          200_000,
          "03 người x 6 hội nghị",
        ),
      ],
      amount: 528_600_000,
    },
    {
      number: "II",
      title: "Biên soạn, in ấn tờ gấp pháp luật về hòa giải ở cơ sở",
      lines: [
        line("1", "Biên soạn tờ gấp pháp luật", "tờ gấp", [q(1)], 1_500_000),
        line("2", "In tờ gấp (khổ A4, in 2 mặt, 4 màu)", "tờ", [q(25_000)], 1_200),
        line("3", "Vận chuyển, cấp phát tờ gấp", "lần", [q(1)], 2_000_000),
      ],
      amount: 33_500_000,
    },
  ],
  amount: 562_100_000,
});

/** The Thanh Hóa 2024 plan, reduced to what rendering reads (examples/thanh-hoa-2024/plan.json). */
export const thanhHoaPlan: Plan = planSchema.parse({
  issuer: {
    agency: "Sở Tư pháp",
    parentAgency: "UBND tỉnh Thanh Hóa",
    place: "Thanh Hóa",
    jurisdiction: "thanh-hoa",
    abbreviation: "STP",
  },
  document: {
    number: "…/KH-STP",
    numberSuffix: "KH-STP",
    month: 2,
    year: 2024,
    title: "Triển khai công tác hòa giải ở cơ sở năm 2024",
  },
  bases: [
    {
      kind: "Kế hoạch",
      number: "39/KH-UBND",
      date: "2024-02-06",
      issuer: "Chủ tịch UBND tỉnh Thanh Hóa",
      title:
        "Phổ biến, giáo dục pháp luật, hòa giải ở cơ sở; xây dựng xã, phường, thị trấn đạt chuẩn tiếp cận pháp luật năm 2024",
    },
  ],
  activities: [{ id: "a1", kind: "other", title: "Hòa giải", timeFrame: { year: 2024 } }],
  funding: {
    source: "Ngân sách nhà nước năm 2024",
    basis: {
      kind: "Thông báo",
      number: "7780/TB-STC",
      date: "2023-12-19",
      issuer: "Sở Tài chính",
      title: "Về việc giao dự toán thu, chi ngân sách nhà nước năm 2024",
    },
  },
  signer: { title: "GIÁM ĐỐC", name: "Bùi Đình Sơn" },
});
