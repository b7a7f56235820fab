import { cellAt, decodeLegacyText, detectLegacyEncoding, fromA1, type Grid } from "@hgcs/core";
import { beforeAll, describe, expect, it } from "vitest";
import { fixtureGrid } from "../testing/fixtures.js";

let grid: Grid;
beforeAll(async () => {
  grid = await fixtureGrid("phong-tu-phap-tcvn3.xlsx");
});

function at(address: string) {
  const { row, col } = fromA1(address) ?? { row: -1, col: -1 };
  return cellAt(grid, row, col);
}

/** The cell's text read as Unicode, by its font. */
function read(address: string): { text: string; encoding?: string } {
  const cell = at(address);
  return decodeLegacyText(String(cell?.value ?? ""), cell?.font);
}

describe("TCVN3 fixture (phong-tu-phap-tcvn3.xlsx)", () => {
  const expected: ReadonlyArray<readonly [string, string]> = [
    // Title block, .VnTimeH capitals included.
    ["A1", "UBND TỈNH THANH HÓA"],
    ["A2", "SỞ TƯ PHÁP"],
    ["E1", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
    ["E2", "Độc lập - Tự do - Hạnh phúc"],
    ["A5", "DỰ TOÁN KINH PHÍ"],
    ["F10", "Đơn vị tính: đồng"],
    // Header and body.
    ["A11", "STT"],
    ["B11", "Nội dung"],
    ["C11", "ĐVT"],
    ["D12", "Số lượng"],
    ["E12", "Đơn giá"],
    ["F12", "Thành tiền"],
    ["B13", "Tổ chức 06 hội nghị tập huấn nghiệp vụ hòa giải ở cơ sở"],
    ["B19", "Hỗ trợ tiền ăn cho đại biểu không hưởng lương từ NSNN"],
    ["B27", "TỔNG CỘNG"],
    ["A28", "Bằng chữ: Năm trăm sáu mươi mốt triệu một trăm nghìn đồng./."],
    ["F31", "GIÁM ĐỐC"],
    ["F36", "Bùi Đình Sơn"],
  ];

  it("reads every text cell as Unicode", () => {
    for (const [address, text] of expected) expect(read(address).text, address).toBe(text);
    expect(read("A1").encoding).toBe("TCVN3");
  });

  it("detects the same text without the font", () => {
    for (const address of ["B13", "B19", "A28", "E3"]) {
      expect(detectLegacyEncoding(String(at(address)?.value)), address).toBe("TCVN3");
    }
  });

  it("leaves numbers and formulas' cached values alone", () => {
    expect(at("F14")?.value).toBe(36000000);
    expect(decodeLegacyText("36000000", ".VnTime")).toEqual({ text: "36000000" });
  });
});
