import type { LocalizedText } from "../findings/finding.js";
import type { IsoDate } from "../dates/isoDate.js";

/**
 * How sure a holiday date is: `verified` = fixed by the law's text, or by the government's decision
 * for that year as I know it for certain; `secondary` = from news reports or memory of the decision,
 * not read in the official notice — check before relying on it.
 */
export type HolidayStatus = "verified" | "secondary";

/** A public holiday (or a day off the government moved there) on a solar date. */
export interface Holiday {
  readonly date: IsoDate;
  readonly name: LocalizedText;
  /** `law`: a day Điều 112 names; `adjacent`: the day beside 2/9; `swap`: a working day swapped for a Saturday; `compensatory`: nghỉ bù. */
  readonly kind: "law" | "adjacent" | "swap" | "compensatory";
  readonly status: HolidayStatus;
}

/** The per-year days the law leaves to the calendar (lunar dates) or to the government's yearly notice. */
export interface HolidayYear {
  readonly year: number;
  readonly source: string;
  /** Working days off (weekdays only; weekends are off anyway). */
  readonly days: readonly Holiday[];
}

/** The legal basis of the holiday list and of the weekend rule. */
export const holidaySources = {
  law: "Bộ luật Lao động 2019 (Luật số 45/2019/QH14), Điều 112 khoản 1: Tết Dương lịch 01/01; Tết Âm lịch 05 ngày; Giỗ Tổ Hùng Vương 10/3 âm lịch; Ngày Chiến thắng 30/4; Quốc tế lao động 01/5; Quốc khánh 02/9 và 01 ngày liền kề trước hoặc sau. Khoản 3: lễ, tết trùng ngày nghỉ hằng tuần thì nghỉ bù vào ngày làm việc kế tiếp.",
  weekend:
    "Cơ quan hành chính nhà nước làm việc 40 giờ/tuần, nghỉ thứ Bảy và Chủ nhật (Quyết định 188/1999/QĐ-TTg; status: secondary — the decision's number is from memory).",
} as const;

const tetAmLich: LocalizedText = { vi: "Tết Âm lịch", en: "Lunar New Year (Tết)" };
const gioTo: LocalizedText = {
  vi: "Giỗ Tổ Hùng Vương (10/3 âm lịch)",
  en: "Hung Kings' Commemoration (10th day of the 3rd lunar month)",
};
const quocKhanhAdjacent: LocalizedText = { vi: "Quốc khánh (ngày liền kề)", en: "National Day (adjacent day)" };
const swapped: LocalizedText = {
  vi: "Nghỉ hoán đổi (làm bù vào thứ Bảy)",
  en: "Day off swapped for a working Saturday",
};

const day = (date: IsoDate, name: LocalizedText, kind: Holiday["kind"], status: HolidayStatus): Holiday => ({
  date,
  name,
  kind,
  status,
});

/**
 * The days the law does not fix by solar date, per year. 2024: the Tết, Giỗ Tổ and 2/9 days are those
 * of the government's decision for 2024 (Tết Giáp Thìn: 08–14/02/2024 with the weekend; Giỗ Tổ
 * Thursday 18/04/2024; Quốc khánh Monday 02/9 + Tuesday 03/9/2024); the 29/04/2024 swap (made up on
 * Saturday 04/5) is from memory. 2025: from news reports of the 2025 notice, not read in the notice.
 * Years not listed here (2023 and before, 2026 and after) are MISSING: only the fixed solar dates of
 * Điều 112 are known for them, and `holidayCoverage` says so. (Tết Bính Ngọ falls on 17/02/2026, but
 * the days off of 2026 are not in this data.)
 */
export const holidayYears: readonly HolidayYear[] = [
  {
    year: 2024,
    source:
      "Thông báo của Bộ Lao động - Thương binh và Xã hội về lịch nghỉ lễ, Tết năm 2024 (cán bộ, công chức, viên chức)",
    days: [
      day("2024-02-08", tetAmLich, "law", "verified"),
      day("2024-02-09", tetAmLich, "law", "verified"),
      day("2024-02-12", tetAmLich, "law", "verified"),
      day("2024-02-13", tetAmLich, "law", "verified"),
      day("2024-02-14", tetAmLich, "law", "verified"),
      day("2024-04-18", gioTo, "law", "verified"),
      day("2024-04-29", swapped, "swap", "secondary"),
      day("2024-09-03", quocKhanhAdjacent, "adjacent", "verified"),
    ],
  },
  {
    year: 2025,
    source:
      "Thông báo của Bộ Lao động - Thương binh và Xã hội về lịch nghỉ lễ, Tết năm 2025 (as reported in the press; not read in the notice)",
    days: [
      day("2025-01-27", swapped, "swap", "secondary"),
      day("2025-01-28", tetAmLich, "law", "secondary"),
      day("2025-01-29", tetAmLich, "law", "secondary"),
      day("2025-01-30", tetAmLich, "law", "secondary"),
      day("2025-01-31", tetAmLich, "law", "secondary"),
      day("2025-04-07", gioTo, "law", "secondary"),
      day("2025-05-02", swapped, "swap", "secondary"),
      day("2025-09-01", quocKhanhAdjacent, "adjacent", "secondary"),
    ],
  },
];

/** The holidays Điều 112 fixes by solar date, the same every year. */
export const fixedHolidays: ReadonlyArray<{
  readonly month: number;
  readonly day: number;
  readonly name: LocalizedText;
}> = [
  { month: 1, day: 1, name: { vi: "Tết Dương lịch", en: "New Year's Day" } },
  { month: 4, day: 30, name: { vi: "Ngày Chiến thắng (30/4)", en: "Reunification Day (30 April)" } },
  { month: 5, day: 1, name: { vi: "Ngày Quốc tế lao động (1/5)", en: "International Labour Day (1 May)" } },
  { month: 9, day: 2, name: { vi: "Quốc khánh (2/9)", en: "National Day (2 September)" } },
];
