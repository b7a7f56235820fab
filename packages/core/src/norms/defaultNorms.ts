import type { LocalizedText } from "../findings/finding.js";
import type { LegalBasis, NormRow } from "./normRow.js";

// The built-in rate caps, each with its legal basis, validity and how far its figure was checked
// (docs/legal-norms.md lists them with their sources). Rows whose cap is a formula (funeral support =
// 5 × base salary, +20 % lecturer uplift, 130 % catered meals, 0,2 l fuel/km) are not money caps and are
// left out. Never add a figure that nobody has read in the legal text without marking it unverified.

const TT56 = { kind: "circular", number: "56/2023/TT-BTC" } as const;
const TT40 = { kind: "circular", number: "40/2017/TT-BTC" } as const;
const TT36 = { kind: "circular", number: "36/2018/TT-BTC" } as const;
const TTLT100 = { kind: "joint_circular", number: "100/2014/TTLT-BTC-BTP" } as const;

const TT56_FROM = "2023-10-06";
const TT40_FROM = "2017-07-01";
const TTLT100_FROM = "2014-09-15";
const TTLT100_TO = "2023-10-05";
// TT 12/2025/TT-BTC (issued 19/03/2025) amended TT 40/2017's travel rates from 04/05/2025.
const TT40_TRAVEL_TO = "2025-05-03";
const TT12_2025_FROM = "2025-05-04";
// From 01/07/2025 local government has two levels: the venue tiers of TT 40/2017 Điều 12 khoản 4 a–b name
// districts and towns that no longer exist, and which tier a venue falls in is not verified since.
const TWO_LEVEL_FROM = "2025-07-01";
const ONE_LEVEL_TO = "2025-06-30";

const all: LocalizedText = { vi: "Mọi đơn vị", en: "All units" };

function tt56(
  key: string,
  description: LocalizedText,
  unit: LocalizedText,
  maxVnd: number | null,
  clause: number,
  point: string,
  appliesTo: LocalizedText = all,
): NormRow {
  return row(
    key,
    key,
    description,
    unit,
    maxVnd,
    { document: TT56, article: 3, clause, point },
    appliesTo,
    TT56_FROM,
    "verified",
  );
}

function row(
  id: string,
  key: string,
  description: LocalizedText,
  unit: LocalizedText,
  maxVnd: number | null,
  basis: LegalBasis,
  appliesTo: LocalizedText,
  effectiveFrom: string,
  status: NormRow["status"],
  extra: Partial<Pick<NormRow, "venueTier" | "region" | "effectiveTo" | "jurisdiction" | "advisory">> = {},
): NormRow {
  return { id, key, description, unit, maxVnd, appliesTo, basis, effectiveFrom, jurisdiction: "VN", status, ...extra };
}

const perCase: LocalizedText = { vi: "vụ, việc", en: "case" };
const mediators: LocalizedText = {
  vi: "Hòa giải viên trực tiếp tham gia vụ, việc",
  en: "Mediators directly handling a case",
};
const perPersonDay: LocalizedText = { vi: "người/ngày", en: "person/day" };
const perPersonSession: LocalizedText = { vi: "người/buổi", en: "person/session" };
const perPrize: LocalizedText = { vi: "giải", en: "prize" };
const perDocument: LocalizedText = { vi: "văn bản", en: "document" };
const perReport: LocalizedText = { vi: "báo cáo", en: "report" };
const perOutline: LocalizedText = { vi: "đề cương", en: "outline" };
const plans: LocalizedText = { vi: "Chương trình, đề án, kế hoạch PBGDPL", en: "PBGDPL programmes, schemes and plans" };
const nonSalaried: LocalizedText = {
  vi: "Khách mời không trong danh sách trả lương (và học viên là đại biểu cấp xã theo TT 56/2023 Điều 3 khoản 2)",
  en: "Invited guests not on a state or enterprise payroll (and commune-level trainees under TT 56/2023 Art. 3(2))",
};
const tt56Referral: LocalizedText = {
  vi: "áp dụng cho học viên cấp xã theo Thông tư 56/2023/TT-BTC, Điều 3 khoản 2",
  en: "applied to commune-level trainees by Circular 56/2023/TT-BTC, Article 3(2)",
};

/**
 * A meal-support tier of TT 40/2017 Điều 12 khoản 4 (verified). Tiers that follow the venue (a, b) are
 * advice from 01/07/2025: they name districts and towns, and the tier of a venue under two-level local
 * government is not verified; tier c follows the organiser (a commune) and stays as it is.
 */
function mealTier(
  venueTier: NonNullable<NormRow["venueTier"]>,
  point: string,
  maxVnd: number,
  description: LocalizedText,
  byVenue: boolean,
): NormRow[] {
  const key = `meeting.meal.nonsalaried.${venueTier}`;
  const basis = { document: TT40, article: 12, clause: 4, point, note: tt56Referral };
  const make = (k: string, from: string, status: NormRow["status"], effectiveTo?: string) =>
    row("meeting.meal.nonsalaried", k, description, perPersonDay, maxVnd, basis, nonSalaried, from, status, {
      venueTier,
      ...(effectiveTo ? { effectiveTo } : {}),
    });
  if (!byVenue) return [make(key, TT40_FROM, "verified")];
  return [make(key, TT40_FROM, "verified", ONE_LEVEL_TO), make(`${key}.2025`, TWO_LEVEL_FROM, "secondary")];
}

/** The built-in norms table: national maxima (VN) and what is known of provincial rows. */
export const defaultNorms: readonly NormRow[] = [
  // --- Hòa giải ở cơ sở (TT 56/2023 Điều 3 khoản 17; before it, TTLT 100/2014) ---
  tt56(
    "hgcs.fee.case",
    { vi: "Thù lao hòa giải viên trực tiếp tham gia vụ, việc", en: "Mediator fee per case handled" },
    perCase,
    300000,
    17,
    "a",
    mediators,
  ),
  tt56(
    "hgcs.fee.case_success",
    {
      vi: "Thù lao hòa giải viên khi hòa giải thành (Điều 24 Luật Hòa giải ở cơ sở)",
      en: "Mediator fee, successful mediation",
    },
    perCase,
    400000,
    17,
    "a",
    mediators,
  ),
  row(
    "hgcs.fee.case",
    "hgcs.fee.case.2014",
    { vi: "Thù lao hòa giải viên (chế độ cũ)", en: "Mediator fee (old regime)" },
    { vi: "vụ, việc/tổ hòa giải", en: "case/mediation team" },
    200000,
    { document: TTLT100, article: 4, clause: 19 },
    mediators,
    TTLT100_FROM,
    "verified",
    { effectiveTo: TTLT100_TO },
  ),
  tt56(
    "hgcs.team_support.month",
    {
      vi: "Hỗ trợ hoạt động tổ hòa giải (văn phòng phẩm, photo, nước uống họp tổ)",
      en: "Mediation-team running support",
    },
    { vi: "tổ hòa giải/tháng", en: "team/month" },
    150000,
    17,
    "đ",
    { vi: "Mỗi tổ hòa giải", en: "Each mediation team" },
  ),
  row(
    "hgcs.team_support.month",
    "hgcs.team_support.month.2014",
    { vi: "Hỗ trợ tổ hòa giải (chế độ cũ)", en: "Mediation-team support (old regime)" },
    { vi: "tổ hòa giải/tháng", en: "team/month" },
    100000,
    { document: TTLT100, note: { vi: "theo các nghị quyết tỉnh áp dụng", en: "as applied by provincial resolutions" } },
    { vi: "Mỗi tổ hòa giải", en: "Each mediation team" },
    TTLT100_FROM,
    "secondary",
    { effectiveTo: TTLT100_TO },
  ),

  // --- Phổ biến, giáo dục pháp luật: materials (TT 56/2023 Điều 3 khoản 5, 6) ---
  tt56(
    "pbgdpl.leaflet.write",
    { vi: "Biên soạn tờ gấp pháp luật (biên soạn, biên tập, thẩm định)", en: "Writing a legal leaflet" },
    { vi: "tờ gấp hoàn thành", en: "completed leaflet title" },
    1500000,
    6,
    "a",
    { vi: "Mỗi tờ gấp (đầu bài), không tính theo bản in", en: "Per leaflet title, not per printed copy" },
  ),
  tt56(
    "pbgdpl.leaflet.print",
    { vi: "In ấn tờ gấp (theo báo giá hoặc hóa đơn)", en: "Printing leaflets (by quotation or invoice)" },
    { vi: "tờ", en: "copy" },
    null,
    5,
    "d",
    {
      vi: "Mỗi bản in, theo đơn giá ngành hoặc hóa đơn hợp pháp",
      en: "Per copy, by sector unit price or lawful invoice",
    },
  ),
  tt56(
    "pbgdpl.case_qa.write",
    { vi: "Tình huống giải đáp pháp luật", en: "Legal Q&A case" },
    { vi: "tình huống", en: "case" },
    450000,
    6,
    "b",
  ),
  tt56(
    "pbgdpl.story.write",
    { vi: "Câu chuyện pháp luật", en: "Legal story" },
    { vi: "câu chuyện", en: "story" },
    2250000,
    6,
    "c",
  ),
  tt56(
    "pbgdpl.sketch.write",
    { vi: "Tiểu phẩm pháp luật", en: "Legal sketch" },
    { vi: "tiểu phẩm", en: "sketch" },
    7500000,
    6,
    "d",
  ),

  // --- Programmes, schemes, plans (TT 56/2023 Điều 3 khoản 10) ---
  tt56(
    "pbgdpl.plan.outline_detail",
    { vi: "Xây dựng đề cương chi tiết", en: "Detailed outline" },
    perOutline,
    1200000,
    10,
    "a",
    plans,
  ),
  tt56(
    "pbgdpl.plan.outline_final",
    { vi: "Tổng hợp đề cương tổng quát", en: "Final overall outline" },
    perOutline,
    2000000,
    10,
    "a",
    plans,
  ),
  tt56(
    "pbgdpl.plan.draft",
    { vi: "Soạn thảo chương trình, đề án, kế hoạch", en: "Drafting a programme, scheme or plan" },
    { vi: "kế hoạch", en: "plan" },
    3000000,
    10,
    "b",
    plans,
  ),
  tt56(
    "pbgdpl.plan.comment_report",
    { vi: "Báo cáo tiếp thu, tổng hợp ý kiến", en: "Comment-compilation report" },
    perReport,
    500000,
    10,
    "b",
    plans,
  ),
  tt56(
    "pbgdpl.plan.meeting_chair",
    { vi: "Chủ trì họp góp ý", en: "Chair of a comment meeting" },
    perPersonSession,
    200000,
    10,
    "c",
    plans,
  ),
  tt56(
    "pbgdpl.plan.meeting_member",
    { vi: "Thành viên dự họp góp ý", en: "Comment-meeting member" },
    perPersonSession,
    100000,
    10,
    "c",
    plans,
  ),
  tt56(
    "pbgdpl.plan.expert_opinion",
    { vi: "Ý kiến tư vấn của chuyên gia", en: "Expert opinion" },
    perDocument,
    500000,
    10,
    "d",
    plans,
  ),
  tt56(
    "pbgdpl.plan.appraisal",
    { vi: "Ý kiến thẩm định (không lập Hội đồng)", en: "Appraisal opinion (no panel)" },
    { vi: "bài", en: "opinion" },
    500000,
    10,
    "e",
    plans,
  ),
  tt56(
    "pbgdpl.plan.guidance_doc",
    { vi: "Văn bản quản lý, chỉ đạo, hướng dẫn", en: "Guidance document" },
    perDocument,
    500000,
    10,
    "g",
    plans,
  ),

  // --- Legal clubs, contests, statistics (TT 56/2023 Điều 3 khoản 12–14) ---
  tt56(
    "pbgdpl.club.launch_meal",
    { vi: "Tiền ăn, nước uống hội nghị ra mắt câu lạc bộ pháp luật", en: "Legal-club launch meal" },
    perPersonDay,
    50000,
    12,
    "a",
    { vi: "Thành viên câu lạc bộ, tối đa 1 ngày", en: "Club members, at most 1 day" },
  ),
  tt56(
    "pbgdpl.club.water",
    { vi: "Nước uống sinh hoạt câu lạc bộ, nhóm nòng cốt", en: "Club session water" },
    perPersonSession,
    20000,
    12,
    "b",
  ),
  tt56(
    "pbgdpl.contest.performer",
    { vi: "Thuê văn nghệ, diễn viên", en: "Hired performer" },
    perPersonDay,
    450000,
    13,
    "c",
  ),
  tt56(
    "pbgdpl.contest.prize1_group",
    { vi: "Giải nhất tập thể", en: "1st prize, collective" },
    perPrize,
    15000000,
    13,
    "d",
  ),
  tt56(
    "pbgdpl.contest.prize1_indiv",
    { vi: "Giải nhất cá nhân", en: "1st prize, individual" },
    perPrize,
    9000000,
    13,
    "d",
  ),
  tt56(
    "pbgdpl.contest.prize2_group",
    { vi: "Giải nhì tập thể", en: "2nd prize, collective" },
    perPrize,
    10500000,
    13,
    "d",
  ),
  tt56(
    "pbgdpl.contest.prize2_indiv",
    { vi: "Giải nhì cá nhân", en: "2nd prize, individual" },
    perPrize,
    4500000,
    13,
    "d",
  ),
  tt56(
    "pbgdpl.contest.prize3_group",
    { vi: "Giải ba tập thể", en: "3rd prize, collective" },
    perPrize,
    7500000,
    13,
    "d",
  ),
  tt56(
    "pbgdpl.contest.prize3_indiv",
    { vi: "Giải ba cá nhân", en: "3rd prize, individual" },
    perPrize,
    3000000,
    13,
    "d",
  ),
  tt56(
    "pbgdpl.contest.consolation_group",
    { vi: "Giải khuyến khích tập thể", en: "Consolation prize, collective" },
    perPrize,
    4500000,
    13,
    "d",
  ),
  tt56(
    "pbgdpl.contest.consolation_indiv",
    { vi: "Giải khuyến khích cá nhân", en: "Consolation prize, individual" },
    perPrize,
    1500000,
    13,
    "d",
  ),
  tt56("pbgdpl.contest.minor_prize", { vi: "Giải phụ khác", en: "Other minor prize" }, perPrize, 750000, 13, "d"),
  tt56(
    "pbgdpl.stats.collect",
    { vi: "Thu thập, xử lý số liệu báo cáo thống kê", en: "Collecting report data" },
    perReport,
    75000,
    14,
    "a",
  ),
  tt56(
    "pbgdpl.stats.local_report",
    { vi: "Báo cáo thống kê của bộ, ngành, địa phương", en: "Ministry or local statistical report" },
    perReport,
    4500000,
    14,
    "b",
    { vi: "Cấp tỉnh", en: "Provincial level" },
  ),

  // --- Conferences (TT 40/2017 Điều 12), referred to by TT 56/2023 Điều 3 khoản 1, 2 ---
  ...mealTier(
    "central_city",
    "a",
    200000,
    {
      vi: "Hỗ trợ tiền ăn đại biểu không hưởng lương: họp tại nội thành thành phố trực thuộc trung ương",
      en: "Meal support, non-salaried delegates: inner districts of a centrally governed city",
    },
    true,
  ),
  ...mealTier(
    "province",
    "b",
    150000,
    {
      vi: "Hỗ trợ tiền ăn đại biểu không hưởng lương: họp tại nội thành, nội thị thành phố thuộc tỉnh, huyện, thị xã",
      en: "Meal support, non-salaried delegates: provincial city, district or town venue",
    },
    true,
  ),
  ...mealTier(
    "commune",
    "c",
    100000,
    {
      vi: "Hỗ trợ tiền ăn đại biểu không hưởng lương: cuộc họp do xã, phường, thị trấn tổ chức",
      en: "Meal support, non-salaried delegates: meeting organised by a commune",
    },
    false,
  ),
  row(
    "meeting.water",
    "meeting.water",
    { vi: "Nước uống, giải khát giữa giờ", en: "Water and refreshments" },
    { vi: "đại biểu/ngày", en: "delegate/day" },
    // The clause's amount was not found; no figure may be presented as a maximum.
    null,
    { document: TT40, article: 12, clause: 3 },
    { vi: "Mọi đại biểu dự họp", en: "All attendees" },
    TT40_FROM,
    "unverified",
    {
      advisory: {
        vnd: 40000,
        note: {
          vi: "chưa rõ theo ngày hay theo buổi",
          en: "per day or per session: unclear",
        },
      },
    },
  ),

  // --- Travel (TT 40/2017 Điều 6, 7) ---
  row(
    "travel.per_diem",
    "travel.per_diem",
    { vi: "Phụ cấp lưu trú", en: "Daily travel allowance (per diem)" },
    perPersonDay,
    200000,
    { document: TT40, article: 6, clause: 1 },
    { vi: "Người đi công tác hưởng lương", en: "Salaried travellers" },
    TT40_FROM,
    "secondary",
    { effectiveTo: TT40_TRAVEL_TO },
  ),
  row(
    "travel.per_diem",
    "travel.per_diem.2025",
    { vi: "Phụ cấp lưu trú", en: "Daily travel allowance (per diem)" },
    perPersonDay,
    300000,
    {
      document: TT40,
      article: 6,
      clause: 1,
      note: {
        vi: "sửa đổi bởi Thông tư 12/2025/TT-BTC (ban hành 19/03/2025); 400.000 đ/ngày khi công tác trên biển, đảo",
        en: "as amended by Circular 12/2025/TT-BTC (issued 19/03/2025); 400,000 VND/day at sea or on islands",
      },
    },
    { vi: "Người đi công tác hưởng lương", en: "Salaried travellers" },
    TT12_2025_FROM,
    "secondary",
  ),
  row(
    "travel.lodging.invoice",
    "travel.lodging.invoice.region1",
    { vi: "Thuê phòng nghỉ theo hóa đơn (đối tượng còn lại, vùng I)", en: "Lodging by invoice, other staff, region I" },
    { vi: "phòng/ngày", en: "room/day" },
    1000000,
    { document: TT40, article: 7 },
    { vi: "Các đối tượng còn lại, 2 người/phòng", en: "Other staff, 2 persons per room" },
    TT40_FROM,
    "secondary",
    { region: "region1", effectiveTo: TT40_TRAVEL_TO },
  ),
  row(
    "travel.lodging.invoice",
    "travel.lodging.invoice.other",
    {
      vi: "Thuê phòng nghỉ theo hóa đơn (đối tượng còn lại, vùng còn lại)",
      en: "Lodging by invoice, other staff, other regions",
    },
    { vi: "phòng/ngày", en: "room/day" },
    700000,
    { document: TT40, article: 7 },
    { vi: "Các đối tượng còn lại, 2 người/phòng", en: "Other staff, 2 persons per room" },
    TT40_FROM,
    "secondary",
    { region: "other", effectiveTo: TT40_TRAVEL_TO },
  ),

  // --- Training (TT 36/2018 as amended by TT 06/2023), referred to by TT 56/2023 Điều 3 khoản 11a ---
  row(
    "training.lecturer_fee",
    "training.lecturer_fee",
    { vi: "Thù lao giảng viên, báo cáo viên theo chức danh", en: "Lecturer and speaker fee by rank" },
    { vi: "buổi", en: "session" },
    // No national table by rank: the head of the organising unit sets the fee (verified rule).
    null,
    {
      document: TT36,
      article: 5,
      clause: 2,
      point: "a",
      note: {
        vi: "sửa đổi bởi Thông tư 06/2023/TT-BTC; dẫn chiếu từ Thông tư 56/2023/TT-BTC, Điều 3 khoản 11",
        en: "as amended by Circular 06/2023/TT-BTC; referred to by Circular 56/2023/TT-BTC, Article 3(11)",
      },
    },
    {
      vi: "Giảng viên, báo cáo viên (kể cả công chức Phòng PBGDPL)",
      en: "Lecturers and speakers (incl. Legal Education Office staff)",
    },
    "2018-06-15",
    "unverified",
    {
      advisory: {
        vnd: 2000000,
        note: {
          vi: "mức trần theo nguồn thứ cấp; thủ trưởng đơn vị quyết định mức",
          en: "a ceiling per secondary sources; the head of the unit sets the fee",
        },
      },
    },
  ),

  // --- Thanh Hóa: only the 2025 amendment's date is known; its figures are not. ---
  row(
    "thanhhoa.meeting",
    "thanhhoa.meeting.2025",
    { vi: "Mức chi hội nghị, công tác phí tỉnh Thanh Hóa", en: "Thanh Hóa conference and travel rates" },
    { vi: "theo từng khoản", en: "per item" },
    null,
    {
      document: { kind: "resolution", number: "18/2025/NQ-HĐND" },
      note: {
        vi: "sửa đổi Nghị quyết 64/2017/NQ-HĐND và 29/2024/NQ-HĐND",
        en: "amends Resolutions 64/2017/NQ-HĐND and 29/2024/NQ-HĐND",
      },
    },
    {
      vi: "Cơ quan nhà nước, đơn vị sự nghiệp công lập tỉnh Thanh Hóa",
      en: "Thanh Hóa state bodies and public service units",
    },
    "2025-07-21",
    "unverified",
    { jurisdiction: "thanh-hoa" },
  ),
];
