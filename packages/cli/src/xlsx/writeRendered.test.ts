import type { Grid, SheetLayout } from "@hgcs/core";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { writeRendered } from "./writeRendered.js";

const grid: Grid = {
  sheet: "Dự toán",
  rows: [
    [{ value: "DỰ TOÁN KINH PHÍ" }],
    [{ value: "STT" }, { value: "Nội dung chi" }, { value: "Số lượng" }, { value: "Mức chi" }, { value: "Thành tiền" }],
    [
      { value: "1" },
      { value: "Tờ gấp" },
      { value: 25_000, numberFormat: "#,##0" },
      { value: 1200, numberFormat: "#,##0" },
      { value: 30_000_000, formula: "C3*D3", numberFormat: "#,##0" },
    ],
    [null, { value: "TỔNG CỘNG" }, null, null, { value: 30_000_000, formula: "SUM(E3:E3)", numberFormat: "#,##0" }],
  ],
  merges: [{ top: 0, left: 0, bottom: 0, right: 4 }],
};

const layout: SheetLayout = {
  sheet: "Dự toán",
  font: { name: "Times New Roman", size: 12 },
  columns: [
    { column: "A", width: 6 },
    { column: "B", width: 40 },
  ],
  rowHeights: [{ row: 1, height: 24 }],
  styles: [
    { range: "A1:E1", style: { bold: true, horizontal: "center" } },
    { range: "A2:E2", style: { bold: true, horizontal: "center", vertical: "middle", wrap: true } },
    { range: "B4", style: { bold: true } },
    { range: "A2:A2", style: { italic: true } },
  ],
  borders: ["A2:E4"],
  merges: ["A1:E1"],
  print: {
    paperSize: "A4",
    orientation: "portrait",
    fitToWidth: 1,
    fitToHeight: 0,
    printTitleRows: { first: 2, last: 2 },
    margins: { left: 0.6, right: 0.4, top: 0.6, bottom: 0.6 },
    horizontalCentered: true,
  },
  table: { header: "A2:E2", body: "A3:E3", total: "A4:E4", table: "A2:E4", words: "A5", totalCell: "E4" },
};

describe("writeRendered", () => {
  it("writes a finished sheet: values, live formulas with results, fonts, styles, borders, widths, merges, A4", async () => {
    const wb = new ExcelJS.Workbook();
    writeRendered(wb, { grid, layout });
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(await wb.xlsx.writeBuffer());
    const ws = back.getWorksheet("Dự toán");
    if (!ws) throw new Error("no sheet");

    expect(ws.getCell("A1").value).toBe("DỰ TOÁN KINH PHÍ");
    expect(ws.getCell("E3").value).toEqual({ formula: "C3*D3", result: 30_000_000 });
    expect(ws.getCell("E4").value).toEqual({ formula: "SUM(E3:E3)", result: 30_000_000 });
    expect(ws.getCell("C3").numFmt).toBe("#,##0");
    expect(ws.getCell("C3").font).toMatchObject({ name: "Times New Roman", size: 12 });
    expect(ws.getCell("A1").font).toMatchObject({ name: "Times New Roman", bold: true });
    expect(ws.getCell("A2").font).toMatchObject({ bold: true, italic: true }); // later entries add to earlier ones
    expect(ws.getCell("B2").alignment).toMatchObject({ horizontal: "center", vertical: "middle", wrapText: true });
    expect(ws.getCell("B4").font?.bold).toBe(true);
    expect(ws.getCell("B3").font?.bold).toBeUndefined();
    expect(ws.getCell("C4").border).toMatchObject({
      top: { style: "thin" },
      left: { style: "thin" },
      bottom: { style: "thin" },
      right: { style: "thin" },
    });
    expect(ws.getCell("C5").border).toBeUndefined();
    expect(ws.getColumn("B").width).toBe(40);
    expect(ws.getRow(1).height).toBe(24);
    expect(ws.model.merges).toEqual(["A1:E1"]);
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "portrait",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
    });
    expect(ws.pageSetup.margins).toMatchObject({ left: 0.6, right: 0.4 });
    expect(ws.pageSetup.printTitlesRow).toBe("2:2");
  });
});
