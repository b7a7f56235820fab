import type { Plan, PlanInput } from "../plan/planSchema.js";
import { planSchema } from "../plan/planSchema.js";

/**
 * A small plan shaped like the Thanh Hóa 2024 one (6 × 320 = 270 + 50 delegates, 25.000 leaflets),
 * for core unit tests; a fresh copy on every call so tests may mutate it.
 */
export function samplePlanInput(): PlanInput {
  return {
    issuer: {
      agency: "Sở Tư pháp",
      parentAgency: "UBND tỉnh Thanh Hóa",
      place: "Thanh Hóa",
      jurisdiction: "thanh-hoa",
    },
    document: { number: "…/KH-STP", month: 2, year: 2024, title: "Triển khai công tác hòa giải ở cơ sở năm 2024" },
    activities: [
      {
        id: "tap-huan",
        kind: "conferences",
        title: "Tập huấn",
        timeFrame: { year: 2024, quarters: [2, 3] },
        conferenceSeries: "hn",
      },
      {
        id: "tai-lieu",
        kind: "materials",
        title: "Tờ gấp",
        timeFrame: { year: 2024, quarters: [2] },
        material: "to-gap",
      },
    ],
    conferences: [
      {
        id: "hn",
        title: "Hội nghị tập huấn",
        count: 6,
        daysEach: 1,
        window: { year: 2024, quarters: [2, 3] },
        venueTier: "province",
        delegatesPerConference: 320,
        quotaGroups: [
          { id: "hoa-giai-vien", name: "Hòa giải viên", persons: 270, paidFromStateBudget: false },
          { id: "can-bo-quan-ly", name: "Cán bộ quản lý", persons: 50, paidFromStateBudget: true },
        ],
      },
    ],
    materials: [
      { id: "to-gap", title: "Tờ gấp", kind: "leaflet", copies: 25000, timeFrame: { year: 2024, quarters: [2] } },
    ],
    funding: { source: "NSNN 2024", basis: { number: "7780/TB-STC", date: "2023-12-19" } },
    responsibilities: [{ unit: "Văn phòng Sở", duties: ["Bố trí điều kiện"] }],
    signer: { title: "GIÁM ĐỐC", name: "Bùi Đình Sơn" },
  };
}

/** The sample plan after parsing (defaults applied). */
export function samplePlan(): Plan {
  return planSchema.parse(samplePlanInput());
}
