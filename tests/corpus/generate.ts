// The measuring corpus: estimate sheets laid out after published estimates and the rates of published
// resolutions (README.md lists the sources; expected.json names each sheet's), in the variety offices use —
// multiplier columns, header wordings, scales, contingency, VAT and rounding lines, numbering styles, tables
// not at A1, typed and formula sheets. This file is their source: `pnpm corpus:generate` rewrites every
// .xlsx beside it; generate.test.ts checks the committed files still match it, cell by cell. Each sheet
// planted with a mistake has exactly one, marked MISTAKE. ExcelJS and the office-sheets kit only.
import { mkdir } from "node:fs/promises";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { newWorkbook, saveWorkbook } from "../../examples/office-sheets/sheetKit.js";
import { drawEstimateSheet, type Column, type Line, type Role, type SheetSpec } from "./estimateSheet.js";

const C = (role: Role, header: string, width: number, extra: Partial<Column> = {}): Column => ({
  role,
  header,
  width,
  ...extra,
});
const L = (
  no: string,
  content: string,
  unit: string | undefined,
  factors: readonly (number | null)[],
  rate: number,
  more: Partial<Line> = {},
): Line => ({ no, content, ...(unit === undefined ? {} : { unit }), factors, rate, ...more });

const DISTRICT = (name: string) => [`UBND HUYỆN ${name.toUpperCase()}`, "PHÒNG TƯ PHÁP"];
const PROVINCE = (name: string) => [`UBND TỈNH ${name.toUpperCase()}`, "SỞ TƯ PHÁP"];
const SIGN3: readonly (readonly string[])[] = [
  ["NGƯỜI LẬP BIỂU", "(Ký, ghi rõ họ tên)"],
  ["KẾ TOÁN", "(Ký, ghi rõ họ tên)"],
  ["TRƯỞNG PHÒNG", "(Ký, ghi rõ họ tên)"],
];
const SIGN_STP: readonly (readonly string[])[] = [
  ["NGƯỜI LẬP BIỂU", "(Ký, ghi rõ họ tên)"],
  ["KẾ TOÁN TRƯỞNG", "(Ký, ghi rõ họ tên)"],
  ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
];
const BASES_56 =
  "Căn cứ Thông tư số 56/2023/TT-BTC ngày 18/8/2023 của Bộ Tài chính quy định việc lập dự toán, quản lý, sử dụng và quyết toán kinh phí bảo đảm cho công tác phổ biến, giáo dục pháp luật, chuẩn tiếp cận pháp luật và hòa giải ở cơ sở;";
const BASES_40 =
  "Căn cứ Thông tư số 40/2017/TT-BTC ngày 28/4/2017 của Bộ Tài chính quy định chế độ công tác phí, chế độ chi hội nghị;";

// The standard eight columns with a multiplier pair of the sheet's choosing.
const eight = (f1: string, f2: string, amount = "Thành tiền", rate = "Mức chi"): Column[] => [
  C("no", "STT", 6),
  C("content", "Nội dung chi", 42),
  C("unit", "Đơn vị tính", 10),
  C("factor", f1, 9),
  C("factor", f2, 9),
  C("rate", rate, 12),
  C("amount", amount, 15),
  C("note", "Ghi chú", 20),
];

// ---------------------------------------------------------------------------------------------------
// Conference and training estimates

/** "Số người" × "Số lần": a district's training conference, sections I and II, live formulas. */
const hnTapHuanSoLan: SheetSpec = {
  sheet: "Dự toán",
  title: {
    agency: DISTRICT("Triệu Sơn"),
    dateLine: "Triệu Sơn, ngày 15 tháng 3 năm 2024",
    heading: ["DỰ TOÁN KINH PHÍ", "Hội nghị tập huấn nghiệp vụ hòa giải ở cơ sở năm 2024"],
    notes: [BASES_40],
    caption: "Đơn vị tính: đồng",
  },
  table: {
    left: 1,
    columns: eight("Số người", "Số lần"),
    figures: "formulas",
    parts: [
      {
        kind: "section",
        no: "I",
        title: "Chi tổ chức hội nghị",
        lines: [
          L("1", "Thuê hội trường, âm thanh, máy chiếu", "ngày", [null, 1], 4_000_000),
          L("2", "Nước uống cho đại biểu", "người", [120, 2], 20_000, { note: "02 buổi" }),
          L("3", "Hỗ trợ tiền ăn cho đại biểu không hưởng lương", "người", [100, 1], 100_000),
          L("4", "Tài liệu hội nghị", "bộ", [120, 1], 25_000),
        ],
      },
      {
        kind: "section",
        no: "II",
        title: "Chi thù lao báo cáo viên",
        lines: [L("1", "Thù lao báo cáo viên", "buổi", [null, 2], 1_000_000)],
      },
    ],
    total: { label: "Tổng cộng" },
    words: "Bằng chữ: Hai mươi ba triệu tám trăm nghìn đồng./.",
  },
  signatures: SIGN3,
};

/** "Số buổi" × "Số người", table from column B after a blank row, lines without sections. */
const hnSoBuoiCotB: SheetSpec = {
  sheet: "Sheet1",
  title: {
    agency: DISTRICT("Nông Cống"),
    dateLine: "Nông Cống, ngày 02 tháng 4 năm 2024",
    heading: ["DỰ TOÁN", "Kinh phí tổ chức hội nghị phổ biến Luật Hòa giải ở cơ sở"],
    gap: 1,
    caption: "ĐVT: đồng",
  },
  table: {
    left: 2,
    columns: [
      C("no", "TT", 5),
      C("content", "Nội dung", 40),
      C("unit", "Đơn vị tính", 10),
      C("factor", "Số buổi", 8),
      C("factor", "Số người", 9),
      C("rate", "Đơn giá", 12),
      C("amount", "Thành tiền", 15),
      C("note", "Ghi chú", 18),
    ],
    figures: "formulas",
    parts: [
      L("1", "Thuê hội trường", "buổi", [2, null], 2_000_000),
      L("2", "Bồi dưỡng báo cáo viên", "buổi", [2, 1], 800_000),
      L("3", "Nước uống", "người", [2, 80], 15_000),
      L("4", "Tài liệu phát cho đại biểu", "bộ", [null, 80], 20_000),
      L("5", "Băng rôn, khẩu hiệu", "cái", [null, 2], 300_000),
    ],
    total: { label: "Tổng cộng" },
    words: "Bằng chữ: Mười triệu hai trăm nghìn đồng./.",
  },
  signatures: SIGN3,
};

/** "Giá trị quy thành tiền", a hall for 1 day, "Trang trí, maket — gói 1", banners, 10 % contingency. */
const tongKetGiaTri: SheetSpec = {
  sheet: "Dự toán",
  title: {
    agency: PROVINCE("Vĩnh Long"),
    dateLine: "Vĩnh Long, ngày 20 tháng 5 năm 2023",
    heading: [
      "DỰ TOÁN KINH PHÍ",
      "Hội nghị tổng kết 10 năm thi hành Luật Hòa giải ở cơ sở",
      "(Kèm theo Kế hoạch số       /KH-STP ngày      tháng 5 năm 2023)",
    ],
    caption: "Đơn vị tính: đồng",
  },
  table: {
    left: 1,
    columns: [
      C("no", "STT", 6),
      C("content", "Nội dung", 40),
      C("unit", "ĐVT", 8),
      C("factor", "Số lượng", 9),
      C("rate", "Đơn giá", 12),
      C("amount", "Giá trị quy thành tiền", 16),
      C("note", "Ghi chú", 18),
    ],
    figures: "formulas",
    parts: [
      {
        kind: "section",
        no: "I",
        title: "Tổ chức hội nghị tổng kết cấp tỉnh",
        lines: [
          L("1", "Thuê hội trường", "ngày", [1], 3_500_000),
          L("2", "Trang trí, maket", "gói", [1], 2_500_000),
          L("3", "Băng rôn, khẩu hiệu", "cái", [4], 350_000),
          L("4", "Nước uống đại biểu", "người", [150], 20_000),
          L("5", "Tài liệu hội nghị", "bộ", [150], 30_000),
        ],
      },
      {
        kind: "section",
        no: "II",
        title: "Khen thưởng",
        lines: [
          L("1", "Tiền thưởng tập thể có thành tích xuất sắc", "tập thể", [10], 1_000_000),
          L("2", "Tiền thưởng cá nhân có thành tích xuất sắc", "cá nhân", [20], 500_000),
        ],
      },
      { kind: "extra", no: "III", content: "Chi phí dự phòng 10 %", percent: { of: [0, 1], rate: 10 } },
    ],
    total: { label: "Tổng cộng (I + II + III)" },
    words: "Bằng chữ: Ba mươi tám triệu ba trăm chín mươi nghìn đồng./.",
  },
  signatures: SIGN_STP,
};

/** The same shape with one typed amount left from an older quote. */
const tongKetBangRonSai: SheetSpec = {
  ...tongKetGiaTri,
  title: {
    agency: PROVINCE("Vĩnh Long"),
    dateLine: "Vĩnh Long, ngày 22 tháng 5 năm 2023",
    heading: ["DỰ TOÁN KINH PHÍ", "Hội nghị tổng kết 10 năm thi hành Luật Hòa giải ở cơ sở cấp huyện"],
    caption: "Đơn vị tính: đồng",
  },
  table: {
    ...tongKetGiaTri.table,
    parts: [
      {
        kind: "section",
        no: "I",
        title: "Tổ chức hội nghị tổng kết",
        lines: [
          L("1", "Thuê hội trường", "ngày", [1], 2_000_000),
          L("2", "Trang trí, maket", "gói", [1], 1_500_000),
          // MISTAKE: typed 1.200.000 where 4 × 350.000 = 1.400.000.
          L("3", "Băng rôn, khẩu hiệu", "cái", [4], 350_000, { amount: { typed: 1_200_000 } }),
          L("4", "Nước uống đại biểu", "người", [100], 20_000),
        ],
      },
      {
        kind: "section",
        no: "II",
        title: "Khen thưởng",
        lines: [L("1", "Tiền thưởng tập thể", "tập thể", [5], 1_000_000)],
      },
      { kind: "extra", no: "III", content: "Chi phí dự phòng 10 %", percent: { of: [0, 1], rate: 10 } },
    ],
    total: { label: "Tổng cộng (I + II + III)" },
    // The words of the total as the sheet shows it (with the typed amount).
    words: "Bằng chữ: Mười hai triệu tám trăm bảy mươi nghìn đồng./.",
  },
};

/** Thousands of đồng, typed numbers, "Số đợt", amount "Dự toán", letter sections, "-" sub-items. */
const hnNghinDongSoDot: SheetSpec = {
  sheet: "DT 2024",
  title: {
    agency: DISTRICT("Đồng Phú"),
    dateLine: "Đồng Phú, ngày 08 tháng 01 năm 2024",
    heading: ["DỰ TOÁN KINH PHÍ CÔNG TÁC HÒA GIẢI Ở CƠ SỞ NĂM 2024"],
    notes: [BASES_56],
    caption: "Đơn vị tính: 1.000 đồng",
  },
  table: {
    left: 1,
    columns: eight("Số đợt", "Số người", "Dự toán"),
    figures: "typed",
    parts: [
      {
        kind: "section",
        no: "A",
        title: "Tập huấn hòa giải viên",
        lines: [
          L("1", "Thuê hội trường", "đợt", [3, null], 2_500),
          L("2", "Tài liệu tập huấn", "bộ", [3, 60], 20),
          L("3", "Hỗ trợ tiền ăn hòa giải viên không hưởng lương", "người", [3, 50], 100),
          {
            no: "4",
            content: "Bồi dưỡng báo cáo viên",
            factors: [],
            rate: 0,
            subs: [
              L("-", "Báo cáo viên cấp tỉnh", "buổi", [3, 1], 1_000),
              L("-", "Báo cáo viên cấp huyện", "buổi", [3, 1], 600),
            ],
          },
        ],
      },
      {
        kind: "section",
        no: "B",
        title: "Tuyên truyền về hòa giải ở cơ sở",
        lines: [
          L("1", "Băng rôn, khẩu hiệu", "cái", [3, null], 400),
          L("2", "Tuyên truyền lưu động", "đợt", [4, null], 500),
        ],
      },
    ],
    total: { label: "Tổng cộng (A + B)" },
    words: "Bằng chữ: Ba mươi tư triệu một trăm nghìn đồng./.",
  },
  signatures: SIGN3,
};

/** Millions of đồng with decimals, typed, five columns, no unit column. */
const hnTrieuDong: SheetSpec = {
  sheet: "Dự toán",
  title: {
    agency: PROVINCE("Hậu Giang"),
    dateLine: "Hậu Giang, ngày 12 tháng 8 năm 2024",
    heading: ["DỰ TOÁN KINH PHÍ", "Tổ chức Hội thi hòa giải viên giỏi cấp tỉnh năm 2024"],
    caption: "(Đơn vị tính: triệu đồng)",
  },
  table: {
    left: 1,
    columns: [
      C("no", "STT", 6),
      C("content", "Nội dung", 44),
      C("factor", "Số lượng", 10),
      C("rate", "Đơn giá", 10),
      C("amount", "Kinh phí", 12),
    ],
    figures: "typed",
    parts: [
      {
        kind: "section",
        no: "I",
        title: "Chi tổ chức hội thi",
        lines: [
          L("1", "Thuê hội trường, âm thanh, ánh sáng (2 ngày)", undefined, [2], 4.5),
          L("2", "Tài liệu, đề thi", undefined, [500], 0.03),
          L("3", "Nước uống", undefined, [400], 0.02),
        ],
      },
      {
        kind: "section",
        no: "II",
        title: "Giải thưởng",
        lines: [
          L("1", "Giải nhất tập thể", undefined, [1], 15),
          L("2", "Giải nhì tập thể", undefined, [2], 10.5),
          L("3", "Giải ba tập thể", undefined, [3], 7.5),
        ],
      },
    ],
    total: { label: "TỔNG CỘNG" },
    words: "Bằng chữ: Chín mươi triệu năm trăm nghìn đồng./.",
  },
  signatures: SIGN_STP,
};

// The Thanh Hóa plan's six one-day classes of 320 delegates, 270 of them mediators not paid by the state.
const thanhHoaLines = (meal: readonly (number | null)[]): Line[] => [
  L("1", "Thuê hội trường, âm thanh, máy chiếu", "lớp", [6, null, 1], 5_000_000),
  L("2", "Trang trí, khánh tiết", "lớp", [6, null, null], 1_000_000),
  L("3", "Tài liệu tập huấn", "bộ", [6, 320, null], 30_000),
  L("4", "Nước uống giữa giờ", "người", [6, 320, 1], 20_000),
  L("5", "Hỗ trợ tiền ăn cho hòa giải viên không hưởng lương từ ngân sách nhà nước", "người", meal, 150_000),
  L("6", "Văn phòng phẩm", "người", [6, 320, null], 10_000),
];

/** Two header rows ("Dự toán" over Số lớp · Số người · Số ngày · Mức chi · Thành tiền), column numbers. */
const tapHuanSoLop: SheetSpec = {
  sheet: "Dự toán",
  title: {
    agency: PROVINCE("Thanh Hóa"),
    dateLine: "Thanh Hóa, ngày 26 tháng 02 năm 2024",
    heading: ["DỰ TOÁN KINH PHÍ", "Tổ chức 06 lớp tập huấn bồi dưỡng nghiệp vụ hòa giải ở cơ sở năm 2024"],
    caption: "Đơn vị tính: đồng",
  },
  table: {
    left: 1,
    numbers: true,
    columns: [
      C("no", "STT", 6, { number: "(1)" }),
      C("content", "Nội dung chi", 40, { number: "(2)" }),
      C("unit", "ĐVT", 8, { number: "(3)" }),
      C("factor", "Số lớp", 8, { group: "Dự toán", number: "(4)" }),
      C("factor", "Số người", 9, { group: "Dự toán", number: "(5)" }),
      C("factor", "Số ngày", 8, { group: "Dự toán", number: "(6)" }),
      C("rate", "Mức chi", 11, { group: "Dự toán", number: "(7)" }),
      C("amount", "Thành tiền", 15, { group: "Dự toán", number: "(8)=(4)x(5)x(6)x(7)" }),
      C("note", "Ghi chú", 16, { number: "(9)" }),
    ],
    figures: "formulas",
    parts: [
      {
        kind: "section",
        no: "I",
        title: "Tổ chức 06 lớp tập huấn",
        lines: thanhHoaLines([6, 270, 1]),
      },
    ],
    total: { label: "TỔNG CỘNG" },
    words: "Bằng chữ: Ba trăm chín mươi tư triệu hai trăm nghìn đồng./.",
  },
  signatures: SIGN_STP,
};

/** One header row, "Số lớp" last; meal support for more mediators than the plan's quota. */
const tapHuanVuotDinhSuat: SheetSpec = {
  sheet: "Dự toán",
  title: {
    agency: PROVINCE("Thanh Hóa"),
    dateLine: "Thanh Hóa, ngày 28 tháng 02 năm 2024",
    heading: ["DỰ TOÁN KINH PHÍ", "Tập huấn bồi dưỡng nghiệp vụ hòa giải ở cơ sở năm 2024"],
    caption: "Đơn vị tính: đồng",
  },
  table: {
    left: 1,
    columns: [
      C("no", "STT", 6),
      C("content", "Nội dung chi", 40),
      C("unit", "ĐVT", 8),
      C("factor", "Số lớp", 8),
      C("factor", "Số người", 9),
      C("factor", "Số ngày", 8),
      C("rate", "Mức chi", 11),
      C("amount", "Thành tiền", 15),
    ],
    figures: "formulas",
    parts: [
      {
        kind: "section",
        no: "I",
        title: "Tổ chức 06 lớp tập huấn",
        // MISTAKE: 300 mediators a class where the plan pays meals for 270 (1.800 person-days for 1.620).
        lines: thanhHoaLines([6, 300, 1]),
      },
    ],
    total: { label: "TỔNG CỘNG" },
    words: "Bằng chữ: Bốn trăm hai mươi mốt triệu hai trăm nghìn đồng./.",
  },
  signatures: SIGN_STP,
};

/** Roman sections, numbered items with "a", "b" sub-items (the item's amount is their sum). */
const hnLaMaTieuMuc: SheetSpec = {
  sheet: "Dự toán",
  title: {
    agency: DISTRICT("Hoằng Hóa"),
    dateLine: "Hoằng Hóa, ngày 11 tháng 3 năm 2024",
    heading: ["DỰ TOÁN KINH PHÍ", "Tập huấn kỹ năng hòa giải ở cơ sở cho hòa giải viên năm 2024"],
    caption: "Đơn vị tính: đồng",
  },
  table: {
    left: 1,
    columns: eight("Số lượng", "Số ngày", "Thành tiền", "Đơn giá"),
    figures: "formulas",
    parts: [
      {
        kind: "section",
        no: "I",
        title: "Chi phục vụ lớp tập huấn",
        lines: [
          L("1", "Thuê hội trường", "ngày", [1, null], 3_000_000),
          {
            no: "2",
            content: "Chi cho đại biểu",
            factors: [],
            rate: 0,
            subs: [
              L("a", "Nước uống", "người", [90, 1], 20_000),
              L("b", "Hỗ trợ tiền ăn cho hòa giải viên không hưởng lương", "người", [80, 1], 100_000),
              L("c", "Tài liệu", "bộ", [90, null], 25_000),
            ],
          },
        ],
      },
      {
        kind: "section",
        no: "II",
        title: "Chi giảng viên",
        lines: [
          {
            no: "1",
            content: "Thù lao giảng viên",
            factors: [],
            rate: 0,
            subs: [
              L("a", "Giảng viên cấp tỉnh", "buổi", [1, null], 1_200_000),
              L("b", "Giảng viên cấp huyện", "buổi", [1, null], 800_000),
            ],
          },
        ],
      },
    ],
    total: { label: "Tổng cộng" },
    words: "Bằng chữ: Mười bảy triệu không trăm năm mươi nghìn đồng./.",
  },
  signatures: SIGN3,
};

/** The "Số người · Số lần" sheet of another district, section I's SUM one row short. */
const hnSumThieuDong: SheetSpec = {
  ...hnTapHuanSoLan,
  title: {
    agency: DISTRICT("Thiệu Hóa"),
    dateLine: "Thiệu Hóa, ngày 18 tháng 3 năm 2024",
    heading: ["DỰ TOÁN KINH PHÍ", "Hội nghị tập huấn nghiệp vụ hòa giải ở cơ sở năm 2024"],
    caption: "Đơn vị tính: đồng",
  },
  table: {
    ...hnTapHuanSoLan.table,
    parts: [
      {
        kind: "section",
        no: "I",
        title: "Chi tổ chức hội nghị",
        lines: [
          L("1", "Thuê hội trường, âm thanh, máy chiếu", "ngày", [null, 1], 3_500_000),
          L("2", "Nước uống cho đại biểu", "người", [100, 2], 20_000),
          L("3", "Hỗ trợ tiền ăn cho đại biểu không hưởng lương", "người", [90, 1], 100_000),
          L("4", "Tài liệu hội nghị", "bộ", [100, 1], 25_000),
        ],
        // MISTAKE: =SUM over lines 1–3, leaving out the documents line.
        subtotal: { shortBy: 1 },
      },
      {
        kind: "section",
        no: "II",
        title: "Chi thù lao báo cáo viên",
        lines: [L("1", "Thù lao báo cáo viên", "buổi", [null, 2], 1_000_000)],
      },
    ],
    // The words of the total the sheet shows (without the left-out line).
    words: "Bằng chữ: Mười tám triệu năm trăm nghìn đồng./.",
  },
};

/** The "Số buổi" shape at column B, words still reading last year's total. */
const hnBangChuSai: SheetSpec = {
  ...hnSoBuoiCotB,
  title: {
    agency: DISTRICT("Quảng Xương"),
    dateLine: "Quảng Xương, ngày 09 tháng 4 năm 2024",
    heading: ["DỰ TOÁN", "Kinh phí tổ chức hội nghị phổ biến pháp luật về hòa giải ở cơ sở"],
    gap: 1,
    caption: "ĐVT: đồng",
  },
  table: {
    ...hnSoBuoiCotB.table,
    parts: [
      L("1", "Thuê hội trường", "buổi", [2, null], 1_800_000),
      L("2", "Bồi dưỡng báo cáo viên", "buổi", [2, 1], 800_000),
      L("3", "Nước uống", "người", [2, 100], 15_000),
      L("4", "Tài liệu phát cho đại biểu", "bộ", [null, 100], 20_000),
    ],
    // MISTAKE: last year's words (9.600.000); the total is 10.200.000.
    words: "Bằng chữ: Chín triệu sáu trăm nghìn đồng./.",
  },
};

/** A "Định mức" column (the legal maximum, not a multiplier) beside the unit price actually used. */
const hnCotDinhMuc: SheetSpec = {
  sheet: "Dự toán",
  title: {
    agency: DISTRICT("Yên Định"),
    dateLine: "Yên Định, ngày 04 tháng 4 năm 2024",
    heading: ["BẢNG DỰ TOÁN CHI TIẾT", "Hội nghị triển khai công tác hòa giải ở cơ sở năm 2024"],
    notes: [BASES_40],
    caption: "Đơn vị tính: đồng",
  },
  table: {
    left: 1,
    columns: [
      C("no", "STT", 6),
      C("content", "Nội dung chi", 42),
      C("unit", "ĐVT", 8),
      C("factor", "Số lượng", 9),
      C("other", "Định mức", 11),
      C("rate", "Đơn giá", 11),
      C("amount", "Thành tiền", 15),
      C("note", "Ghi chú", 18),
    ],
    figures: "formulas",
    parts: [
      L("1", "Hỗ trợ tiền ăn cho đại biểu không hưởng lương", "người", [120], 100_000, { other: [150_000] }),
      L("2", "Nước uống", "người", [150], 20_000, { other: [null] }),
      L("3", "Thuê hội trường", "ngày", [1], 2_500_000, { other: ["Theo hợp đồng"] }),
      L("4", "Tài liệu", "bộ", [150], 15_000, { other: [null] }),
    ],
    total: { label: "Tổng cộng" },
    words: "Bằng chữ: Mười chín triệu bảy trăm năm mươi nghìn đồng./.",
  },
  signatures: SIGN3,
};

/** "Đã cấp" beside the amount: what was already granted, not part of the estimate. */
const duToanDaCap: SheetSpec = {
  sheet: "Dự toán bổ sung",
  title: {
    agency: DISTRICT("Hà Trung"),
    dateLine: "Hà Trung, ngày 15 tháng 7 năm 2024",
    heading: ["DỰ TOÁN KINH PHÍ BỔ SUNG", "Công tác hòa giải ở cơ sở 6 tháng cuối năm 2024"],
    caption: "Đơn vị tính: đồng",
  },
  table: {
    left: 1,
    columns: [
      C("no", "STT", 6),
      C("content", "Nội dung", 40),
      C("unit", "ĐVT", 8),
      C("factor", "Số lượng", 9),
      C("rate", "Đơn giá", 11),
      C("amount", "Thành tiền", 15),
      C("other", "Đã cấp", 14),
      C("note", "Ghi chú", 16),
    ],
    figures: "formulas",
    parts: [
      {
        kind: "section",
        no: "I",
        title: "Hội nghị sơ kết",
        lines: [
          L("1", "Thuê hội trường", "ngày", [1], 2_000_000, { other: [2_000_000] }),
          L("2", "Nước uống", "người", [80], 20_000, { other: [1_000_000] }),
          L("3", "Tài liệu", "bộ", [80], 20_000, { other: [0] }),
        ],
      },
      {
        kind: "section",
        no: "II",
        title: "Hỗ trợ tổ hòa giải",
        lines: [L("1", "Văn phòng phẩm cho tổ hòa giải", "tổ", [40], 150_000, { other: [3_000_000] })],
      },
    ],
    total: { label: "Tổng cộng" },
    words: "Bằng chữ: Mười một triệu hai trăm nghìn đồng./.",
  },
  signatures: SIGN3,
};

/** Last year's figures in a column before the multipliers; amount headed "Dự toán năm 2024". */
const duToanNamTruoc: SheetSpec = {
  sheet: "Biểu 01",
  title: {
    agency: DISTRICT("Thọ Xuân"),
    dateLine: "Thọ Xuân, ngày 20 tháng 11 năm 2023",
    heading: ["DỰ TOÁN KINH PHÍ HÒA GIẢI Ở CƠ SỞ NĂM 2024", "(So sánh với thực hiện năm 2023)"],
    caption: "Đơn vị tính: đồng",
  },
  table: {
    left: 1,
    columns: [
      C("no", "STT", 6),
      C("content", "Nội dung", 38),
      C("other", "Thực hiện năm 2023", 15),
      C("factor", "Số lượng", 9),
      C("rate", "Mức chi", 11),
      C("amount", "Dự toán năm 2024", 16),
      C("note", "Ghi chú", 16),
    ],
    figures: "formulas",
    parts: [
      L("1", "Chi thù lao hòa giải viên theo vụ việc", "vụ việc", [60], 300_000, { other: [10_000_000] }),
      L("2", "Hỗ trợ hoạt động của tổ hòa giải", "tổ/tháng", [360], 150_000, { other: [36_000_000] }),
      L("3", "Hội nghị tập huấn hòa giải viên", "hội nghị", [1], 15_000_000, { other: [12_000_000] }),
    ],
    total: { label: "Tổng cộng" },
    words: "Bằng chữ: Tám mươi bảy triệu đồng./.",
  },
  signatures: SIGN3,
};

// ---------------------------------------------------------------------------------------------------
// Mediation fees and team support

/** "Số tổ" (not a multiplier: the fee is per case) and "Số vụ việc"; amount "Kinh phí". */
const hoaGiaiSoVuViec = (mistake: boolean): SheetSpec => ({
  sheet: "Thù lao",
  title: {
    agency: DISTRICT(mistake ? "Tĩnh Gia" : "Quảng Xương"),
    dateLine: mistake ? "Tĩnh Gia, ngày 12 tháng 01 năm 2024" : "Quảng Xương, ngày 10 tháng 01 năm 2024",
    heading: ["DỰ TOÁN KINH PHÍ", "Chi thù lao cho hòa giải viên theo vụ việc năm 2024"],
    notes: [BASES_56],
    caption: "ĐVT: đồng",
  },
  table: {
    left: 1,
    columns: [
      C("no", "STT", 6),
      C("content", "Nội dung", 42),
      C("other", "Số tổ hòa giải", 10),
      C("factor", "Số vụ việc", 10),
      C("rate", "Mức chi", 11),
      C("amount", "Kinh phí", 15),
      C("note", "Ghi chú", 16),
    ],
    figures: "formulas",
    parts: [
      {
        kind: "section",
        no: "I",
        title: "Chi thù lao cho hòa giải viên theo vụ việc",
        lines: mistake
          ? [
              L("1", "Xã Hải Bình", undefined, [18], 300_000, { other: [6] }),
              // MISTAKE: 350.000 đ a case, above the 300.000 đ cap of Thông tư 56/2023.
              L("2", "Xã Hải Thanh", undefined, [12], 350_000, { other: [5] }),
              L("3", "Phường Hải Hòa", undefined, [20], 300_000, { other: [7] }),
            ]
          : [
              L("1", "Xã Quảng Phú", undefined, [18], 300_000, { other: [6] }),
              L("2", "Xã Quảng Tâm", undefined, [12], 300_000, { other: [5] }),
              L("3", "Phường Quảng Thắng", undefined, [25], 300_000, { other: [8] }),
            ],
      },
    ],
    total: { label: "Tổng cộng" },
    words: mistake
      ? "Bằng chữ: Mười lăm triệu sáu trăm nghìn đồng./."
      : "Bằng chữ: Mười sáu triệu năm trăm nghìn đồng./.",
  },
  signatures: SIGN3,
});

/** "Số tổ" × "Số tháng" × 150.000 đ/tổ/tháng for the province's 1.149 teams; amount "Số tiền". */
const hoTroToSoThang: SheetSpec = {
  sheet: "Hỗ trợ tổ HG",
  title: {
    agency: PROVINCE("Hải Dương"),
    dateLine: "Hải Dương, ngày 05 tháng 3 năm 2024",
    heading: ["DỰ TOÁN KINH PHÍ", "Hỗ trợ hoạt động của tổ hòa giải ở cơ sở năm 2024"],
    notes: [BASES_56],
    caption: "Đơn vị tính: đồng",
  },
  table: {
    left: 1,
    columns: [
      C("no", "TT", 5),
      C("content", "Đơn vị", 36),
      C("factor", "Số tổ", 8),
      C("factor", "Số tháng", 8),
      C("rate", "Mức chi", 11),
      C("amount", "Số tiền", 16),
    ],
    figures: "formulas",
    parts: [
      L("1.", "Thành phố Hải Dương", undefined, [300, 12], 150_000),
      L("2.", "Thành phố Chí Linh", undefined, [250, 12], 150_000),
      L("3.", "Thị xã Kinh Môn", undefined, [219, 12], 150_000),
      L("4.", "Huyện Nam Sách", undefined, [180, 12], 150_000),
      L("5.", "Huyện Thanh Hà", undefined, [200, 12], 150_000),
    ],
    total: { label: "Tổng cộng" },
    words: "Bằng chữ: Hai tỷ không trăm sáu mươi tám triệu hai trăm nghìn đồng./.",
  },
  signatures: SIGN_STP,
};

/** A district's team support from column B, one commune above the 150.000 đ/tổ/tháng cap. */
const hoTroToVuotMuc: SheetSpec = {
  sheet: "Sheet1",
  title: {
    agency: DISTRICT("Cẩm Giàng"),
    dateLine: "Cẩm Giàng, ngày 06 tháng 3 năm 2024",
    heading: ["DỰ TOÁN", "Kinh phí hỗ trợ hoạt động tổ hòa giải năm 2024"],
    caption: "Đơn vị tính: đồng",
  },
  table: {
    left: 2,
    columns: [
      C("no", "STT", 5),
      C("content", "Nội dung", 36),
      C("factor", "Số tổ", 8),
      C("factor", "Số tháng", 8),
      C("rate", "Mức chi", 11),
      C("amount", "Số tiền", 15),
    ],
    figures: "formulas",
    parts: [
      {
        kind: "section",
        no: "I",
        title: "Hỗ trợ hoạt động của tổ hòa giải",
        lines: [
          L("1", "Thị trấn Lai Cách", undefined, [8, 12], 150_000),
          // MISTAKE: 200.000 đ/tổ/tháng, above the 150.000 đ cap of Thông tư 56/2023.
          L("2", "Xã Cẩm Hưng", undefined, [6, 12], 200_000),
          L("3", "Xã Cẩm Điền", undefined, [5, 12], 150_000),
        ],
      },
    ],
    total: { label: "Tổng cộng" },
    words: "Bằng chữ: Ba mươi bảy triệu tám trăm nghìn đồng./.",
  },
  signatures: SIGN3,
};

// ---------------------------------------------------------------------------------------------------
// Leaflets: quotes with VAT and rounding; caps on writing

const leafletColumns: Column[] = [
  C("no", "STT", 6),
  C("content", "Hạng mục", 36),
  C("other", "Quy cách", 22),
  C("unit", "ĐVT", 7),
  C("factor", "Số lượng", 10),
  C("rate", "Đơn giá", 10),
  C("amount", "Thành tiền", 15),
];

/** A printing quote: lines, "Cộng", "Thuế GTGT 10 %", "Tổng cộng". */
const toGapVat: SheetSpec = {
  sheet: "Dự toán in",
  title: {
    agency: PROVINCE("Bình Thuận"),
    dateLine: "Bình Thuận, ngày 03 tháng 6 năm 2024",
    heading: ["DỰ TOÁN KINH PHÍ IN TÀI LIỆU", "Tờ gấp và áp phích tuyên truyền về hòa giải ở cơ sở"],
    caption: "Đơn vị tính: đồng",
  },
  table: {
    left: 1,
    columns: leafletColumns,
    figures: "formulas",
    parts: [
      {
        kind: "section",
        no: "I",
        title: "Chi phí in",
        footer: "Cộng",
        lines: [
          L("1", "In tờ gấp", "tờ", [25_000], 1_200, { other: ["A4 gấp 3, in màu 2 mặt"] }),
          L("2", "In áp phích", "tờ", [200], 15_000, { other: ["A2, giấy couche 150"] }),
        ],
      },
      { kind: "extra", no: "II", content: "Thuế GTGT 10 %", percent: { of: [0], rate: 10 }, rateText: "10%" },
    ],
    total: { label: "Tổng cộng (I + II)" },
    words: "Bằng chữ: Ba mươi sáu triệu ba trăm nghìn đồng./.",
  },
  signatures: SIGN_STP,
};

/** A quote whose total is rounded down by a "Làm tròn" line; amount headed "Giá trị". */
const toGapLamTron: SheetSpec = {
  sheet: "Dự toán",
  title: {
    agency: DISTRICT("Hàm Thuận Bắc"),
    dateLine: "Hàm Thuận Bắc, ngày 10 tháng 6 năm 2024",
    heading: ["DỰ TOÁN KINH PHÍ", "In tờ gấp pháp luật về hòa giải ở cơ sở năm 2024"],
    caption: "Đơn vị tính: đồng",
  },
  table: {
    left: 1,
    columns: [
      C("no", "STT", 6),
      C("content", "Nội dung", 40),
      C("unit", "ĐVT", 7),
      C("factor", "Số lượng", 10),
      C("rate", "Đơn giá", 10),
      C("amount", "Giá trị", 15),
    ],
    figures: "formulas",
    parts: [
      {
        kind: "section",
        no: "I",
        title: "In và cấp phát tờ gấp",
        lines: [
          L("1", "In tờ gấp (A4, gấp 3, in màu 2 mặt)", "tờ", [8_500], 1_150),
          L("2", "Vận chuyển, cấp phát", "lần", [1], 1_600_000),
        ],
      },
      { kind: "extra", no: "II", content: "Làm tròn", typed: -75_000 },
    ],
    total: { label: "Tổng cộng (I + II)" },
    words: "Bằng chữ: Mười một triệu ba trăm nghìn đồng chẵn./.",
  },
  signatures: SIGN3,
};

/** Writing a leaflet at 2.000.000 đ, above the 1.500.000 đ cap of Thông tư 56/2023. */
const bienSoanToGapVuot: SheetSpec = {
  sheet: "Dự toán",
  title: {
    agency: PROVINCE("Sơn La"),
    dateLine: "Sơn La, ngày 14 tháng 5 năm 2024",
    heading: ["DỰ TOÁN KINH PHÍ", "Biên soạn, in tờ gấp pháp luật về hòa giải ở cơ sở năm 2024"],
    notes: [BASES_56],
    caption: "Đơn vị tính: đồng",
  },
  table: {
    left: 1,
    columns: eight("Số lượng", "Số lần", "Thành tiền", "Đơn giá"),
    figures: "formulas",
    parts: [
      {
        kind: "section",
        no: "I",
        title: "Biên soạn, in tờ gấp",
        lines: [
          // MISTAKE: 2.000.000 đ a leaflet, above the 1.500.000 đ cap (Thông tư 56/2023, Điều 3 khoản 6 điểm a).
          L("1", "Biên soạn tờ gấp pháp luật về hòa giải ở cơ sở", "tờ gấp", [1, null], 2_000_000),
          L("2", "In tờ gấp", "tờ", [10_000, null], 1_300),
          L("3", "Cấp phát tờ gấp đến các huyện", "lần", [1, 1], 1_500_000),
        ],
      },
    ],
    total: { label: "TỔNG CỘNG" },
    words: "Bằng chữ: Mười sáu triệu năm trăm nghìn đồng./.",
  },
  signatures: SIGN_STP,
};

// ---------------------------------------------------------------------------------------------------
// Layout variants

/** The table at A1: no title block, "Thành tiền (đồng)", items "1." … without sections. */
const bangA1: SheetSpec = {
  sheet: "Sheet1",
  table: {
    left: 1,
    columns: [
      C("no", "STT", 6),
      C("content", "Nội dung", 40),
      C("factor", "Số lượng", 10),
      C("rate", "Đơn giá", 11),
      C("amount", "Thành tiền (đồng)", 16),
    ],
    figures: "formulas",
    parts: [
      L("1.", "Thuê hội trường 01 ngày", undefined, [1], 3_000_000),
      L("2.", "Nước uống", undefined, [100], 20_000),
      L("3.", "Tài liệu", undefined, [100], 25_000),
      L("4.", "Hoa, trang trí", undefined, [1], 1_000_000),
    ],
    total: { label: "Tổng cộng" },
    words: "Bằng chữ: Tám triệu năm trăm nghìn đồng./.",
  },
  dateBelow: "Ngày 12 tháng 4 năm 2024",
  signatures: [["NGƯỜI LẬP", "(Ký, ghi rõ họ tên)"]],
};

/** The table from column C at row 14 under a long title block; items "1", sub-items "1.1", "1.2". */
const bangCotC: SheetSpec = {
  sheet: "Dự toán",
  title: {
    agency: DISTRICT("Như Thanh"),
    dateLine: "Như Thanh, ngày 22 tháng 3 năm 2024",
    heading: ["DỰ TOÁN KINH PHÍ", "Thực hiện công tác hòa giải ở cơ sở năm 2024"],
    notes: [
      BASES_56,
      BASES_40,
      "Căn cứ Quyết định giao dự toán ngân sách năm 2024 của Ủy ban nhân dân huyện Như Thanh;",
    ],
    gap: 1,
    caption: "Đơn vị tính: đồng",
  },
  table: {
    left: 3,
    columns: [
      C("no", "STT", 6),
      C("content", "Nội dung công việc", 40),
      C("unit", "ĐVT", 8),
      C("factor", "Số lượng", 9),
      C("rate", "Mức chi", 11),
      C("amount", "Thành tiền", 15),
    ],
    figures: "formulas",
    parts: [
      {
        no: "1",
        content: "Hội nghị tập huấn",
        factors: [],
        rate: 0,
        subs: [
          L("1.1", "Thuê hội trường", "ngày", [1], 2_500_000),
          L("1.2", "Nước uống", "người", [80], 20_000),
          L("1.3", "Tài liệu", "bộ", [80], 20_000),
        ],
      },
      {
        no: "2",
        content: "Chi thù lao hòa giải viên",
        factors: [],
        rate: 0,
        subs: [L("2.1", "Thù lao hòa giải viên theo vụ việc", "vụ việc", [30], 300_000)],
      },
      L("3", "Văn phòng phẩm", "gói", [1], 1_000_000),
    ],
    total: { label: "Tổng cộng" },
    words: "Bằng chữ: Mười lăm triệu bảy trăm nghìn đồng./.",
  },
  signatures: SIGN3,
};

/** A settlement ("quyết toán"): the approved estimate in a column, typed figures from the receipts. */
const quyetToan = (mistake: boolean): SheetSpec => ({
  sheet: "Quyết toán",
  title: {
    agency: DISTRICT(mistake ? "Đông Sơn" : "Triệu Sơn"),
    dateLine: mistake ? "Đông Sơn, ngày 20 tháng 12 năm 2024" : "Triệu Sơn, ngày 18 tháng 12 năm 2024",
    heading: ["QUYẾT TOÁN KINH PHÍ", "Hội nghị tập huấn nghiệp vụ hòa giải ở cơ sở năm 2024"],
    caption: "Đơn vị tính: đồng",
  },
  table: {
    left: 1,
    columns: [
      C("no", "STT", 6),
      C("content", "Nội dung chi", 38),
      C("other", "Dự toán được duyệt", 15),
      C("factor", "Số lượng", 9),
      C("rate", "Đơn giá", 11),
      C("amount", "Số tiền quyết toán", 16),
      C("note", "Chứng từ", 14),
    ],
    figures: "typed",
    parts: [
      {
        kind: "section",
        no: "I",
        title: "Chi tổ chức hội nghị",
        lines: [
          L("1", "Thuê hội trường", "ngày", [1], 4_000_000, { other: [4_000_000], note: "HĐ số 12" }),
          L("2", "Nước uống", "người", [115], 20_000, { other: [2_400_000] }),
          mistake
            ? // MISTAKE: typed 9.500.000 where 97 × 100.000 = 9.700.000.
              L("3", "Hỗ trợ tiền ăn cho đại biểu không hưởng lương", "người", [97], 100_000, {
                other: [10_000_000],
                amount: { typed: 9_500_000 },
              })
            : L("3", "Hỗ trợ tiền ăn cho đại biểu không hưởng lương", "người", [97], 100_000, {
                other: [10_000_000],
              }),
          L("4", "Tài liệu", "bộ", [115], 25_000, { other: [3_000_000] }),
        ],
      },
    ],
    total: { label: "Tổng cộng" },
    words: mistake
      ? "Bằng chữ: Mười tám triệu sáu trăm bảy mươi lăm nghìn đồng./."
      : "Bằng chữ: Mười tám triệu tám trăm bảy mươi lăm nghìn đồng./.",
  },
  signatures: [
    ["NGƯỜI LẬP BIỂU", "(Ký, ghi rõ họ tên)"],
    ["KẾ TOÁN", "(Ký, ghi rõ họ tên)"],
    ["THỦ TRƯỞNG ĐƠN VỊ", "(Ký tên, đóng dấu)"],
  ],
});

/** Every figure typed as text, "-" and "+" sub-items, "Số tiền bằng chữ:" with the label in its own cell. */
const hnTextGachDauDong: SheetSpec = {
  sheet: "Dự toán",
  title: {
    agency: DISTRICT("Bá Thước"),
    dateLine: "Bá Thước, ngày 05 tháng 4 năm 2024",
    heading: ["DỰ TOÁN KINH PHÍ", "Hội nghị tập huấn hòa giải ở cơ sở năm 2024"],
    caption: "Đơn vị tính: đồng",
  },
  table: {
    left: 1,
    columns: eight("Số lượng", "Số ngày", "Thành tiền", "Đơn giá"),
    figures: "text",
    parts: [
      {
        kind: "section",
        no: "I",
        title: "Chi hội nghị",
        lines: [
          L("1", "Thuê hội trường", "ngày", [1, null], 2_000_000),
          {
            no: "2",
            content: "Chi cho đại biểu",
            factors: [],
            rate: 0,
            subs: [L("-", "Nước uống", "người", [70, 1], 20_000), L("-", "Tài liệu", "bộ", [70, null], 20_000)],
          },
        ],
      },
      {
        kind: "section",
        no: "II",
        title: "Chi báo cáo viên",
        lines: [
          {
            no: "1",
            content: "Bồi dưỡng báo cáo viên",
            factors: [],
            rate: 0,
            subs: [
              L("+", "Báo cáo viên của Sở Tư pháp", "buổi", [1, null], 1_000_000),
              L("+", "Báo cáo viên của Phòng Tư pháp", "buổi", [1, null], 600_000),
            ],
          },
        ],
      },
    ],
    total: { label: "Tổng cộng" },
    words: "Số tiền bằng chữ: Sáu triệu bốn trăm nghìn đồng./.",
    wordsSplit: true,
  },
  signatures: SIGN3,
};

/** Sections closed by "Cộng mục I" rows; "Tổng cộng (I+II)"; signed for the commune's People's Committee. */
const hnCongMuc: SheetSpec = {
  sheet: "Dự toán",
  title: {
    agency: ["UBND HUYỆN TỊNH BIÊN", "UBND XÃ AN CƯ"],
    dateLine: "An Cư, ngày 10 tháng 3 năm 2024",
    heading: ["DỰ TOÁN KINH PHÍ", "Công tác hòa giải ở cơ sở năm 2024"],
    caption: "Đơn vị tính: đồng",
  },
  table: {
    left: 1,
    columns: eight("Số tổ", "Số tháng", "Thành tiền"),
    figures: "formulas",
    parts: [
      {
        kind: "section",
        no: "I",
        title: "Hỗ trợ hoạt động của tổ hòa giải",
        footer: "Cộng mục I",
        lines: [L("1", "Hỗ trợ hoạt động của tổ hòa giải", "tổ/tháng", [6, 12], 150_000)],
      },
      {
        kind: "section",
        no: "II",
        title: "Khen thưởng",
        footer: "Cộng mục II",
        lines: [L("1", "Khen thưởng tổ hòa giải tiêu biểu", "tổ", [2, null], 1_500_000)],
      },
    ],
    total: { label: "Tổng cộng (I+II)" },
    words: "Bằng chữ: Mười ba triệu tám trăm nghìn đồng./.",
  },
  signatures: [
    ["NGƯỜI LẬP", "(Ký, ghi rõ họ tên)"],
    ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
  ],
};

/** Three sections; the total adds only the first two. */
const hnTongThieuMuc: SheetSpec = {
  sheet: "Dự toán",
  title: {
    agency: DISTRICT("Thạch Thành"),
    dateLine: "Thạch Thành, ngày 25 tháng 3 năm 2024",
    heading: ["DỰ TOÁN KINH PHÍ", "Hội nghị tập huấn và tuyên truyền về hòa giải ở cơ sở năm 2024"],
    caption: "Đơn vị tính: đồng",
  },
  table: {
    left: 1,
    columns: eight("Số lượng", "Số ngày"),
    figures: "formulas",
    parts: [
      {
        kind: "section",
        no: "I",
        title: "Hội nghị tập huấn",
        lines: [
          L("1", "Thuê hội trường", "ngày", [1, null], 2_500_000),
          L("2", "Nước uống", "người", [100, 1], 20_000),
        ],
      },
      {
        kind: "section",
        no: "II",
        title: "Tuyên truyền",
        lines: [L("1", "Băng rôn, khẩu hiệu", "cái", [4, null], 300_000)],
      },
      {
        kind: "section",
        no: "III",
        title: "Văn phòng phẩm",
        lines: [L("1", "Văn phòng phẩm", "gói", [1, null], 800_000)],
      },
    ],
    total: {
      label: "Tổng cộng (I + II + III)",
      // MISTAKE: section III's subtotal left out of the total.
      formula: (cells) => `${cells[0]}+${cells[1]}`,
    },
    // The words of the total the sheet shows.
    words: "Bằng chữ: Năm triệu bảy trăm nghìn đồng./.",
  },
  signatures: SIGN3,
};

/** Letter groups over Roman sections: A (I, II), B (III); "Tổng cộng (A + B)". */
const hnNhomAB: SheetSpec = {
  sheet: "Dự toán",
  title: {
    agency: PROVINCE("Bình Phước"),
    dateLine: "Bình Phước, ngày 16 tháng 01 năm 2024",
    heading: ["DỰ TOÁN KINH PHÍ", "Công tác phổ biến, giáo dục pháp luật và hòa giải ở cơ sở năm 2024"],
    caption: "Đơn vị tính: đồng",
  },
  table: {
    left: 1,
    columns: eight("Số lượng", "Số lần"),
    figures: "formulas",
    parts: [
      {
        kind: "group",
        no: "A",
        title: "Hòa giải ở cơ sở",
        sections: [
          {
            kind: "section",
            no: "I",
            title: "Hội nghị tập huấn",
            lines: [
              L("1", "Thuê hội trường", "ngày", [1, null], 3_000_000),
              L("2", "Tài liệu", "bộ", [120, null], 25_000),
            ],
          },
          {
            kind: "section",
            no: "II",
            title: "Hỗ trợ tổ hòa giải",
            lines: [L("1", "Hỗ trợ hoạt động của tổ hòa giải", "tổ/tháng", [10, 12], 150_000)],
          },
        ],
      },
      {
        kind: "group",
        no: "B",
        title: "Phổ biến, giáo dục pháp luật",
        sections: [
          {
            kind: "section",
            no: "III",
            title: "Tuyên truyền",
            lines: [L("1", "Tuyên truyền lưu động", "đợt", [2, null], 1_500_000)],
          },
        ],
      },
    ],
    total: { label: "Tổng cộng (A + B)" },
    words: "Bằng chữ: Hai mươi bảy triệu đồng./.",
  },
  signatures: SIGN_STP,
};

/** Meal support at 250.000 đ a day, above every tier's cap (200.000 đ), checked without a plan. */
const hnTienAnVuotTran: SheetSpec = {
  sheet: "Dự toán",
  title: {
    agency: DISTRICT("Ngọc Lặc"),
    dateLine: "Ngọc Lặc, ngày 03 tháng 5 năm 2024",
    heading: ["DỰ TOÁN KINH PHÍ", "Hội nghị tập huấn nghiệp vụ hòa giải ở cơ sở năm 2024"],
    caption: "Đơn vị tính: đồng",
  },
  table: {
    left: 1,
    columns: eight("Số người", "Số ngày"),
    figures: "formulas",
    parts: [
      {
        kind: "section",
        no: "I",
        title: "Chi tổ chức hội nghị",
        lines: [
          L("1", "Thuê hội trường", "ngày", [null, 1], 2_500_000),
          L("2", "Nước uống", "người", [90, 1], 20_000),
          // MISTAKE: 250.000 đ/người/ngày, above the 200.000 đ cap of Thông tư 40/2017 Điều 12 khoản 4.
          L("3", "Hỗ trợ tiền ăn cho đại biểu không hưởng lương", "người", [80, 1], 250_000),
        ],
      },
    ],
    total: { label: "Tổng cộng" },
    words: "Bằng chữ: Hai mươi tư triệu ba trăm nghìn đồng./.",
  },
  signatures: SIGN3,
};

/** A typed sheet whose section I subtotal was typed wrong (the total adds it as typed). */
const hnCongMucGoSai: SheetSpec = {
  sheet: "Dự toán",
  title: {
    agency: DISTRICT("Vĩnh Lộc"),
    dateLine: "Vĩnh Lộc, ngày 08 tháng 4 năm 2024",
    heading: ["DỰ TOÁN KINH PHÍ", "Hội nghị tập huấn hòa giải ở cơ sở năm 2024"],
    caption: "Đơn vị tính: đồng",
  },
  table: {
    left: 1,
    columns: eight("Số lượng", "Số ngày"),
    figures: "typed",
    parts: [
      {
        kind: "section",
        no: "I",
        title: "Chi tổ chức hội nghị",
        lines: [
          L("1", "Thuê hội trường", "ngày", [1, null], 2_000_000),
          L("2", "Nước uống", "người", [80, 1], 20_000),
          L("3", "Tài liệu", "bộ", [80, null], 25_000),
        ],
        // MISTAKE: typed 5.400.000; the lines add up to 5.600.000.
        subtotal: { typed: 5_400_000 },
      },
      {
        kind: "section",
        no: "II",
        title: "Chi báo cáo viên",
        lines: [L("1", "Bồi dưỡng báo cáo viên", "buổi", [2, null], 800_000)],
      },
    ],
    total: { label: "Tổng cộng" },
    words: "Bằng chữ: Bảy triệu đồng./.",
  },
  signatures: SIGN3,
};

/** The Thanh Hóa plan in thousands: Số người · Số ngày · Số HN, "Đơn vị: 1.000 đồng". */
const tapHuanNghinKeHoach: SheetSpec = {
  sheet: "Dự toán",
  title: {
    agency: PROVINCE("Thanh Hóa"),
    dateLine: "Thanh Hóa, ngày 27 tháng 02 năm 2024",
    heading: ["DỰ TOÁN KINH PHÍ", "Hội nghị tập huấn bồi dưỡng nghiệp vụ hòa giải ở cơ sở năm 2024"],
    caption: "Đơn vị: 1.000 đồng",
  },
  table: {
    left: 1,
    columns: [
      C("no", "STT", 6),
      C("content", "Nội dung chi", 40),
      C("unit", "ĐVT", 8),
      C("factor", "Số người", 9),
      C("factor", "Số ngày", 8),
      C("factor", "Số HN", 7),
      C("rate", "Mức chi", 10),
      C("amount", "Thành tiền", 14),
      C("note", "Ghi chú", 16),
    ],
    figures: "formulas",
    parts: [
      {
        kind: "section",
        no: "I",
        title: "Tổ chức 06 hội nghị tập huấn",
        lines: [
          L("1", "Thuê hội trường, âm thanh, ánh sáng", "hội nghị", [null, 1, 6], 5_500),
          L("2", "Tài liệu cho đại biểu", "bộ", [320, null, 6], 30),
          L("3", "Nước uống giữa giờ", "người", [320, 1, 6], 20),
          L("4", "Hỗ trợ tiền ăn cho đại biểu không hưởng lương từ ngân sách nhà nước", "người", [270, 1, 6], 150),
        ],
      },
    ],
    total: { label: "TỔNG CỘNG" },
    words: "Bằng chữ: Ba trăm bảy mươi hai triệu đồng./.",
  },
  signatures: SIGN_STP,
};

/** The plan's conferences with a hall for 5 days where the plan holds 6 one-day conferences. */
const hnHoiTruongThieuNgay: SheetSpec = {
  sheet: "Dự toán",
  title: {
    agency: PROVINCE("Thanh Hóa"),
    dateLine: "Thanh Hóa, ngày 29 tháng 02 năm 2024",
    heading: ["DỰ TOÁN KINH PHÍ", "Hội nghị tập huấn hòa giải ở cơ sở năm 2024"],
    caption: "Đơn vị tính: đồng",
  },
  table: {
    left: 1,
    columns: eight("Số lượng", "Số ngày"),
    figures: "formulas",
    parts: [
      {
        kind: "section",
        no: "I",
        title: "Tổ chức 06 hội nghị tập huấn",
        lines: [
          // MISTAKE: 5 hall-days; the plan holds 6 one-day conferences.
          L("1", "Thuê hội trường, âm thanh, máy chiếu", "ngày", [5, null], 5_000_000),
          L("2", "Nước uống giữa giờ", "người", [1_920, 1], 20_000),
          L("3", "Hỗ trợ tiền ăn cho đại biểu không hưởng lương từ ngân sách nhà nước", "người", [1_620, 1], 150_000),
        ],
      },
    ],
    total: { label: "TỔNG CỘNG" },
    words: "Bằng chữ: Ba trăm linh sáu triệu bốn trăm nghìn đồng./.",
  },
  signatures: SIGN_STP,
};

// ---------------------------------------------------------------------------------------------------

/** Every workbook, by file name. */
export const corpusWorkbooks: Readonly<Record<string, SheetSpec>> = {
  "hn-tap-huan-so-lan.xlsx": hnTapHuanSoLan,
  "hn-so-buoi-cot-b.xlsx": hnSoBuoiCotB,
  "tong-ket-gia-tri.xlsx": tongKetGiaTri,
  "tong-ket-bang-ron-sai.xlsx": tongKetBangRonSai,
  "hn-nghin-dong-so-dot.xlsx": hnNghinDongSoDot,
  "hn-trieu-dong.xlsx": hnTrieuDong,
  "tap-huan-so-lop.xlsx": tapHuanSoLop,
  "tap-huan-vuot-dinh-suat.xlsx": tapHuanVuotDinhSuat,
  "hn-la-ma-tieu-muc.xlsx": hnLaMaTieuMuc,
  "hn-sum-thieu-dong.xlsx": hnSumThieuDong,
  "hn-bang-chu-sai.xlsx": hnBangChuSai,
  "hn-cot-dinh-muc.xlsx": hnCotDinhMuc,
  "du-toan-da-cap.xlsx": duToanDaCap,
  "du-toan-nam-truoc.xlsx": duToanNamTruoc,
  "hoa-giai-so-vu-viec.xlsx": hoaGiaiSoVuViec(false),
  "hoa-giai-vu-viec-vuot-muc.xlsx": hoaGiaiSoVuViec(true),
  "ho-tro-to-so-thang.xlsx": hoTroToSoThang,
  "ho-tro-to-vuot-muc.xlsx": hoTroToVuotMuc,
  "to-gap-vat.xlsx": toGapVat,
  "to-gap-lam-tron.xlsx": toGapLamTron,
  "bien-soan-to-gap-vuot.xlsx": bienSoanToGapVuot,
  "bang-a1.xlsx": bangA1,
  "bang-cot-c.xlsx": bangCotC,
  "quyet-toan.xlsx": quyetToan(false),
  "quyet-toan-sai.xlsx": quyetToan(true),
  "hn-text-gach-dau-dong.xlsx": hnTextGachDauDong,
  "hn-cong-muc.xlsx": hnCongMuc,
  "hn-tong-thieu-muc.xlsx": hnTongThieuMuc,
  "hn-nhom-a-b.xlsx": hnNhomAB,
  "hn-tien-an-vuot-tran.xlsx": hnTienAnVuotTran,
  "hn-cong-muc-go-sai.xlsx": hnCongMucGoSai,
  "tap-huan-nghin-ke-hoach.xlsx": tapHuanNghinKeHoach,
  "hn-hoi-truong-thieu-ngay.xlsx": hnHoiTruongThieuNgay,
};

/** Writes every workbook into `dir` (created if missing) and returns their file names. */
export async function writeCorpus(dir: string): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const written: string[] = [];
  for (const [file, spec] of Object.entries(corpusWorkbooks)) {
    const wb = newWorkbook();
    drawEstimateSheet(wb, spec);
    await saveWorkbook(wb, join(dir, file));
    written.push(file);
  }
  return written;
}

/** This file's own folder: where the committed workbooks live. */
export const corpusDir = fileURLToPath(new URL(".", import.meta.url));

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const [target] = process.argv.slice(2).filter((arg) => arg !== "--");
  const dir = resolve(target ?? corpusDir);
  const files = await writeCorpus(dir);
  console.log(`${files.length} workbooks written to ${dir}`);
}
