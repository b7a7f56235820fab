// Workbooks shaped as offices keep them (agency and motto on top, a title, the header, people, a total, the
// words, signatures), written with ExcelJS into a temp dir and read back through the CLI's reader into the
// fake, as the example office workbooks (examples/office-sheets) are.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { worksheetToGrid } from "@hgcs/cli/xlsx";
import ExcelJS from "exceljs";
import type { FakeWorkbookData } from "./fake/fakeWorkbook.js";
import { sheetFromGrid } from "./fake/fromGrid.js";

// A Date is written as a date cell (ExcelJS gives it a date format), as an office's typed date is.
type Row = readonly (string | number | Date | null | { formula: string; result: number })[];

/** Writes the sheets to an .xlsx in a temp dir, reads it back as fake workbook data (first sheet active). */
export async function officeWorkbook(
  sheets: readonly { name: string; rows: readonly Row[] }[],
): Promise<FakeWorkbookData> {
  const dir = mkdtempSync(join(tmpdir(), "hgcs-office-"));
  try {
    const file = join(dir, "so-lieu.xlsx");
    const out = new ExcelJS.Workbook();
    for (const { name, rows } of sheets) {
      const ws = out.addWorksheet(name);
      rows.forEach((row, r) => row.forEach((v, c) => void (v !== null && (ws.getCell(r + 1, c + 1).value = v))));
      ws.mergeCells(1, 1, 1, 3);
      ws.getColumn(2).width = 26;
    }
    await out.xlsx.writeFile(file);
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(file);
    return { sheets: back.worksheets.map((ws) => sheetFromGrid(worksheetToGrid(ws))) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const heading: readonly Row[] = [
  ["UBND HUYỆN NGA SƠN", null, null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
  ["PHÒNG TƯ PHÁP", null, null, "Độc lập - Tự do - Hạnh phúc"],
  [],
];

/**
 * A delegate list of one conference: the same mediator twice (once typed without accents) and a guest
 * whose "Thành phần" is no quota group of the plan.
 */
export const delegateListRows: readonly Row[] = [
  ...heading,
  ["DANH SÁCH ĐẠI BIỂU THAM DỰ HỘI NGHỊ TẬP HUẤN NGHIỆP VỤ HÒA GIẢI Ở CƠ SỞ"],
  ["Thời gian: 16/4/2024. Địa điểm: Hội trường UBND huyện Nga Sơn"],
  ["TT", "Họ tên", "Đơn vị công tác", "Thành phần", "Ký tên"],
  [1, "Lê Văn An", "Tổ hòa giải thôn 1, xã Nga An", "Hòa giải viên", null],
  [2, "Trần Thị Bình", "Tổ hòa giải thôn 2, xã Nga An", "HGV", null],
  [3, "Nguyễn Văn Cường", "UBND xã Nga An", "Cán bộ quản lý", null],
  [4, "Le van An", "Tổ hòa giải thôn 1, xã Nga An", "Hòa giải viên", null],
  [5, "Phạm Thị Dung", "Báo Thanh Hóa", "Khách mời", null],
  [],
  [null, null, null, "NGƯỜI LẬP BIỂU"],
];

/**
 * A signed meal-support list: an amount that is not days × rate, support paid to an official, the same
 * person twice, and a total that is not the sum (its words read the total as typed).
 */
export const supportListRows: readonly Row[] = [
  ...heading,
  ["DANH SÁCH NHẬN TIỀN HỖ TRỢ TIỀN ĂN"],
  ["STT", "Họ và tên", "Chức vụ, đơn vị", "Đối tượng", "Số ngày", "Mức hỗ trợ", "Số tiền", "Ký nhận"],
  [1, "Lê Văn An", "Tổ hòa giải thôn 1", "Hòa giải viên", 1, 100_000, 100_000, null],
  [2, "Trần Thị Bình", "Tổ hòa giải thôn 2", "Hòa giải viên", 1, 100_000, 80_000, null],
  [3, "Nguyễn Văn Cường", "Công chức Tư pháp - Hộ tịch xã", "Cán bộ quản lý", 1, 100_000, 100_000, null],
  [4, "Lê Văn  An", "Tổ hòa giải thôn 1", "Hòa giải viên", 1, 100_000, 100_000, null],
  [null, "Tổng cộng", null, null, null, null, 400_000, null],
  ["Bằng chữ: Bốn trăm nghìn đồng."],
];

/** A distribution sheet of leaflets typed by an office: a fractional count, a unit twice, fewer copies than the plan's. */
export const distributionRows: readonly Row[] = [
  ...heading,
  ["DANH SÁCH CẤP PHÁT TỜ GẤP PHÁP LUẬT VỀ HÒA GIẢI Ở CƠ SỞ"],
  ["TT", "Tên đơn vị", "Số tờ", "Ký, ghi rõ họ tên"],
  [1, "Phòng Tư pháp huyện Nga Sơn", 12_000.5, null],
  [2, "Phòng Tư pháp huyện Hậu Lộc", 8_000, null],
  [3, "Phòng Tư pháp huyện Nga Sơn", 5_000, null],
  [null, "Cộng", { formula: "SUM(C6:C8)", result: 25_000.5 }, null],
];

/** An estimate whose meal-support line (1.800.000 đ for the series' 6 conferences) allows 300.000 đ per conference's list. */
export const estimateRows: readonly Row[] = [
  ...heading,
  ["DỰ TOÁN KINH PHÍ HỘI NGHỊ TẬP HUẤN NGHIỆP VỤ HÒA GIẢI Ở CƠ SỞ"],
  ["Đơn vị tính: đồng"],
  ["STT", "Nội dung", "Đơn vị tính", "Số người", "Số ngày", "Mức chi", "Thành tiền"],
  [1, "Thuê hội trường", "hội nghị", 1, 6, 2_000_000, { formula: "D7*E7*F7", result: 12_000_000 }],
  [
    2,
    "Hỗ trợ tiền ăn cho đại biểu không hưởng lương",
    "người/ngày",
    3,
    6,
    100_000,
    { formula: "D8*E8*F8", result: 1_800_000 },
  ],
  [null, "Tổng cộng", null, null, null, null, { formula: "SUM(G7:G8)", result: 13_800_000 }],
];

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * A conference schedule as an office types it: "Thời gian" for the date column, dates as date cells and as
 * text, an impossible date (C9), a Saturday (C10), Quốc khánh (C11) and a date 3 days after it (C12).
 */
export const scheduleRows: readonly Row[] = [
  ...heading,
  ["LỊCH TỔ CHỨC HỘI NGHỊ TẬP HUẤN NĂM 2024"],
  [],
  ["TT", "Hội nghị", "Thời gian", "Địa điểm"],
  [1, "Hội nghị tại huyện Nga Sơn", day("2024-04-16"), "Hội trường UBND huyện"],
  [2, "Hội nghị tại huyện Hà Trung", "ngày 16/05/2024", "Hội trường UBND huyện"],
  [3, "Hội nghị tại huyện Hậu Lộc", "31/06/2024", "Nhà văn hóa thị trấn"],
  [4, "Hội nghị tại huyện Hoằng Hóa", day("2024-07-13"), "Hội trường UBND huyện"],
  [5, "Hội nghị tại huyện Quảng Xương", "02/09/2024", "Hội trường UBND huyện"],
  [6, "Hội nghị tại huyện Nông Cống", day("2024-09-05"), "Hội trường UBND huyện"],
  [],
  [null, null, "Nga Sơn, ngày 01 tháng 4 năm 2024"],
  [null, null, "NGƯỜI LẬP BIỂU"],
];
