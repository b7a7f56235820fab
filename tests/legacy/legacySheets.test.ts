// The example office sheets kept in TCVN3 (.VnTime, capitals in .VnTimeH) and VNI-Windows (VNI-Times):
// core reads every text cell back as the Unicode the generator started from.
import { type Grid } from "@hgcs/core";
import { cellAt, fromA1 } from "@hgcs/core/sheet";
import { decodeLegacyText, detectLegacyEncoding } from "@hgcs/core/text";
import { beforeAll, describe, expect, it } from "vitest";
import { officeSheetGrid } from "../testing/fixtures.js";

interface LegacySheet {
  readonly file: string;
  readonly encoding: "TCVN3" | "VNI";
  readonly texts: readonly (readonly [string, string])[];
  /** Body cells whose encoding must be told without the font. */
  readonly bodyTexts: readonly string[];
}

const sheets: readonly LegacySheet[] = [
  {
    file: "phong-tu-phap-tcvn3.xlsx",
    encoding: "TCVN3",
    texts: [
      ["A1", "UBND HUYỆN HOẰNG HÓA"],
      ["A2", "PHÒNG TƯ PHÁP"],
      ["A5", "DỰ TOÁN KINH PHÍ"],
      ["F8", "Đơn vị tính: đồng"],
      ["B9", "Nội dung"],
      ["E10", "Đơn giá"],
      ["F10", "Thành tiền"],
      ["B11", "Tổ chức 02 hội nghị tập huấn cho hòa giải viên các xã, thị trấn"],
      ["B17", "Hỗ trợ tiền ăn cho hòa giải viên không hưởng lương"],
      ["B22", "TỔNG CỘNG"],
      ["A23", "Bằng chữ: Năm mươi sáu triệu bốn trăm nghìn đồng./."],
      ["F25", "TRƯỞNG PHÒNG"],
      ["F31", "Nguyễn Văn Long"],
    ],
    bodyTexts: ["B11", "B17", "A23"],
  },
  {
    file: "phong-tu-phap-vni.xlsx",
    encoding: "VNI",
    texts: [
      ["A1", "UBND HUYỆN CHÂU THÀNH"],
      ["A5", "DỰ TOÁN KINH PHÍ"],
      ["B9", "Nội dung chi"],
      ["G9", "Thành tiền"],
      ["B11", "Tổ chức 01 hội nghị tập huấn nghiệp vụ cho hòa giải viên"],
      ["B16", "Hỗ trợ tiền ăn cho hòa giải viên không hưởng lương"],
      ["B19", "Hỗ trợ kinh phí hoạt động của tổ hòa giải (30 tổ x 12 tháng)"],
      ["B21", "TỔNG CỘNG"],
      ["A22", "Bằng chữ: Một trăm năm mươi bảy triệu hai trăm nghìn đồng./."],
      ["B30", "Trần Thị Mỹ Linh"],
    ],
    bodyTexts: ["B11", "B16", "A22"],
  },
];

describe.each(sheets)("$file ($encoding)", (sheet) => {
  let grid: Grid;
  beforeAll(async () => {
    grid = await officeSheetGrid(sheet.file);
  });
  const at = (address: string) => {
    const p = fromA1(address);
    if (!p) throw new Error(`bad address ${address}`);
    return cellAt(grid, p.row, p.col);
  };
  const read = (address: string) => decodeLegacyText(String(at(address)?.value ?? ""), at(address)?.font);

  it("reads every text cell as Unicode by its font", () => {
    for (const [address, text] of sheet.texts) expect(read(address).text, address).toBe(text);
    expect(read("A1").encoding).toBe(sheet.encoding);
  });

  it("tells the encoding from the text alone", () => {
    for (const address of sheet.bodyTexts)
      expect(detectLegacyEncoding(String(at(address)?.value)), address).toBe(sheet.encoding);
  });

  it("holds legacy bytes, not Unicode, in the cells (the sheet really is in the old encoding)", () => {
    for (const [address, text] of sheet.texts.filter(([, t]) => /[^\x20-\x7e]/.test(t)))
      expect(at(address)?.value, address).not.toBe(text);
  });

  it("leaves numbers and cached formula values alone", () => {
    const numbers = grid.rows.flatMap((row) => (row ?? []).filter((c) => typeof c?.value === "number"));
    expect(numbers.length).toBeGreaterThan(5);
    for (const c of numbers) expect(decodeLegacyText(String(c?.value), c?.font)).toEqual({ text: String(c?.value) });
  });
});
