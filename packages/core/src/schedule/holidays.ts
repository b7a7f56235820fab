import type { LocalizedText } from "../findings/finding.js";
import type { IsoDate } from "../dates/isoDate.js";

/**
 * How sure a holiday date is: `verified` = fixed by the law's text (with the lunar calendar), or by
 * the government's notice for that year read on an official page; `secondary` = from news reports
 * or memory of the notice, not read in it — check before relying on it.
 */
export type HolidayStatus = "verified" | "secondary";

/** The occasions of the holiday law; a yearly notice settles the days off of some of them. */
export type HolidayOccasion = "newYear" | "tet" | "gioTo" | "reunification" | "nationalDay";

/** A public holiday (or a day off the government moved there) on a solar date. */
export interface Holiday {
  readonly date: IsoDate;
  readonly name: LocalizedText;
  /** `law`: a day the labour law names; `adjacent`: the day beside 2/9; `swap`: a working day swapped for a Saturday; `compensatory`: nghỉ bù. */
  readonly kind: "law" | "adjacent" | "swap" | "compensatory";
  readonly status: HolidayStatus;
}

/**
 * A yearly notice (or the part of one) that settles the days off of some occasions of a year: the
 * fifth Tết day, nghỉ bù, swaps, the day beside 2/9. Weekdays only; weekends are off anyway.
 */
export interface HolidayYear {
  readonly year: number;
  readonly source: string;
  /** The occasions whose days off this notice settles: their days not listed here are working days. */
  readonly settles: readonly HolidayOccasion[];
  /** Working days off (weekdays only). */
  readonly days: readonly Holiday[];
}

/** What the labour law in force gives as public holidays, from the day it applies. */
export interface LabourLawPeriod {
  readonly from: IsoDate;
  readonly source: string;
  readonly status: HolidayStatus;
  /** Days off at Tết; the law fixes their number, the yearly notice which days. */
  readonly tetDays: number;
  /** Giỗ Tổ Hùng Vương (10/3 lunar) is a day off. */
  readonly gioTo: boolean;
  /** One day before or after 2/9 is a day off too (which one: the yearly notice). */
  readonly nationalDayAdjacent: boolean;
}

/**
 * The holiday provisions of the labour codes, oldest first. Every period keeps Tết's eve and its
 * first three days (the 1994 code's four days were those; later notices added the fifth day before
 * or after) and nghỉ bù on the next working day for a holiday on a weekly rest day. Years before
 * 1995 are read under the first period.
 */
export const labourLaws: readonly LabourLawPeriod[] = [
  {
    from: "1995-01-01",
    source:
      "Bộ luật Lao động 1994, Điều 73: Tết Dương lịch 01/01; Tết Âm lịch 04 ngày; 30/4; 01/5; 02/9; nghỉ bù khi trùng ngày nghỉ hằng tuần.",
    status: "secondary",
    tetDays: 4,
    gioTo: false,
    nationalDayAdjacent: false,
  },
  {
    from: "2007-01-01",
    source:
      "Luật sửa đổi, bổ sung Điều 73 của Bộ luật Lao động (2007): thêm Giỗ Tổ Hùng Vương 10/3 âm lịch, nghỉ từ năm 2007.",
    status: "secondary",
    tetDays: 4,
    gioTo: true,
    nationalDayAdjacent: false,
  },
  {
    from: "2013-05-01",
    source:
      "Bộ luật Lao động 2012 (Luật số 10/2012/QH13), Điều 115: Tết Âm lịch 05 ngày; Tết Dương lịch, Giỗ Tổ, 30/4, 01/5, 02/9.",
    status: "secondary",
    tetDays: 5,
    gioTo: true,
    nationalDayAdjacent: false,
  },
  {
    from: "2021-01-01",
    source:
      "Bộ luật Lao động 2019 (Luật số 45/2019/QH14), Điều 112 khoản 1: Tết Dương lịch 01/01; Tết Âm lịch 05 ngày; Giỗ Tổ Hùng Vương 10/3 âm lịch; 30/4; 01/5; Quốc khánh 02/9 và 01 ngày liền kề trước hoặc sau. Khoản 3: nghỉ bù vào ngày làm việc kế tiếp.",
    status: "verified",
    tetDays: 5,
    gioTo: true,
    nationalDayAdjacent: true,
  },
];

/** The labour-law period in force on a date. */
export function labourLawOn(date: IsoDate): LabourLawPeriod {
  let found = labourLaws[0] as LabourLawPeriod;
  for (const period of labourLaws) if (period.from <= date) found = period;
  return found;
}

/** The legal basis of the holiday list, of the lunar dates and of the weekend rule. */
export const holidaySources = {
  law: (labourLaws[labourLaws.length - 1] as LabourLawPeriod).source,
  lunar:
    "Tết (mùng 1 tháng Giêng) và Giỗ Tổ (10/3 âm lịch) tính theo âm lịch Việt Nam, giờ UTC+7: trăng mới và kinh độ Mặt Trời theo Meeus (Astronomical Algorithms), tháng 11 chứa Đông chí, tháng nhuận là tháng đầu tiên không có trung khí.",
  weekend:
    "Cơ quan hành chính nhà nước làm việc 40 giờ/tuần, nghỉ thứ Bảy và Chủ nhật (Quyết định 188/1999/QĐ-TTg; status: secondary — the decision's number is from memory).",
} as const;

export const tetName: LocalizedText = { vi: "Tết Âm lịch", en: "Lunar New Year (Tết)" };
export const gioToName: LocalizedText = {
  vi: "Giỗ Tổ Hùng Vương (10/3 âm lịch)",
  en: "Hung Kings' Commemoration (10th day of the 3rd lunar month)",
};
const quocKhanhAdjacent: LocalizedText = { vi: "Quốc khánh (ngày liền kề)", en: "National Day (adjacent day)" };
const swapped: LocalizedText = {
  vi: "Nghỉ hoán đổi (làm bù vào thứ Bảy)",
  en: "Day off swapped for a working Saturday",
};
const newYearName: LocalizedText = { vi: "Tết Dương lịch", en: "New Year's Day" };

/** The name of each occasion, for days only its yearly notice could settle. */
export const occasionNames: Readonly<Record<HolidayOccasion, LocalizedText>> = {
  newYear: newYearName,
  tet: tetName,
  gioTo: gioToName,
  reunification: { vi: "Ngày Chiến thắng 30/4 và Quốc tế lao động 1/5", en: "30 April and 1 May" },
  nationalDay: { vi: "Quốc khánh (2/9)", en: "National Day (2 September)" },
};

const day = (date: IsoDate, name: LocalizedText, kind: Holiday["kind"], status: HolidayStatus): Holiday => ({
  date,
  name,
  kind,
  status,
});

/**
 * The government's yearly notices as far as they are known, with their source. The lunar-dated law
 * days (Tết's eve and first three days, Giỗ Tổ) are computed and need no entry; a notice adds the
 * fifth Tết day, nghỉ bù, swaps and the day beside 2/9. 2024 and 2025 settle every occasion, as the
 * data always has (the 29/04/2024 swap and 2025's swaps and 2/9 day are from memory or the press).
 */
export const holidayYears: readonly HolidayYear[] = [
  {
    year: 2024,
    source:
      "Thông báo số 5015/TB-LĐTBXH ngày 22/11/2023 của Bộ Lao động - Thương binh và Xã hội (as quoted on huyendakha.kontum.gov.vn): Tết Âm lịch 08/02–14/02/2024 (29 tháng Chạp Quý Mão – mùng 5 tháng Giêng), Quốc khánh 31/8–03/9/2024; the 29/04/2024 swap from memory",
    settles: ["newYear", "tet", "gioTo", "reunification", "nationalDay"],
    days: [
      day("2024-02-08", tetName, "law", "verified"),
      day("2024-02-09", tetName, "law", "verified"),
      day("2024-02-12", tetName, "law", "verified"),
      day("2024-02-13", tetName, "compensatory", "verified"),
      day("2024-02-14", tetName, "compensatory", "verified"),
      day("2024-04-29", swapped, "swap", "secondary"),
      day("2024-09-03", quocKhanhAdjacent, "adjacent", "verified"),
    ],
  },
  {
    year: 2025,
    source:
      "Văn bản số 8726/VPCP-KGVX ngày 26/11/2024 của Văn phòng Chính phủ (as reported on pld.net.vn: Tết Âm lịch nghỉ 9 ngày, 25/01–02/02/2025, 26 tháng Chạp Giáp Thìn – mùng 5 tháng Giêng Ất Tỵ); the swaps and the 2/9 day from press reports, not read in the notice",
    settles: ["newYear", "tet", "gioTo", "reunification", "nationalDay"],
    days: [
      day("2025-01-27", swapped, "swap", "secondary"),
      day("2025-01-28", tetName, "law", "secondary"),
      day("2025-01-29", tetName, "law", "secondary"),
      day("2025-01-30", tetName, "law", "secondary"),
      day("2025-01-31", tetName, "law", "secondary"),
      day("2025-05-02", swapped, "swap", "secondary"),
      day("2025-09-01", quocKhanhAdjacent, "adjacent", "secondary"),
    ],
  },
  {
    year: 2026,
    source:
      "Tết Âm lịch 2026 as reported by the press (vietnammedia.vnanet.vn, 17/10/2025; congan.com.vn): công chức nghỉ 16/02–20/02/2026 (29 tháng Chạp Ất Tỵ – mùng 4 tháng Giêng Bính Ngọ), 9 ngày với hai kỳ nghỉ cuối tuần; Tết Dương lịch 2026 per văn bản số 12729/VPCP-KGVX ngày 25/12/2025 as reported: nghỉ 01/01–04/01/2026, hoán đổi thứ Sáu 02/01 sang thứ Bảy 10/01/2026",
    settles: ["newYear", "tet"],
    days: [
      day("2026-01-02", swapped, "swap", "secondary"),
      day("2026-02-16", tetName, "law", "secondary"),
      day("2026-02-20", tetName, "law", "secondary"),
    ],
  },
];

/** The holidays the labour law fixes by solar date, the same every year. */
export const fixedHolidays: ReadonlyArray<{
  readonly month: number;
  readonly day: number;
  readonly name: LocalizedText;
  readonly occasion: HolidayOccasion;
}> = [
  { month: 1, day: 1, name: newYearName, occasion: "newYear" },
  {
    month: 4,
    day: 30,
    name: { vi: "Ngày Chiến thắng (30/4)", en: "Reunification Day (30 April)" },
    occasion: "reunification",
  },
  {
    month: 5,
    day: 1,
    name: { vi: "Ngày Quốc tế lao động (1/5)", en: "International Labour Day (1 May)" },
    occasion: "reunification",
  },
  { month: 9, day: 2, name: { vi: "Quốc khánh (2/9)", en: "National Day (2 September)" }, occasion: "nationalDay" },
];
