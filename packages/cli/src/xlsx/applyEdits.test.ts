import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { writeSharedFormula } from "../testing/sharedFormula.js";
import { applyEdits } from "./applyEdits.js";

async function sampleWorkbook(): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Dự toán");
  ws.columns = [{ width: 6 }, { width: 42 }, { width: 10 }, { width: 11 }, { width: 14 }, { width: 16 }];
  const font = { name: "Times New Roman", size: 12 };
  ws.getCell("B1").value = "Nội dung chi";
  ws.getCell("F1").value = "Thành tiền";
  for (const [r, qty, rate] of [
    [2, 6, 6_000_000],
    [3, 1920, 25_000],
  ] as const) {
    ws.getCell(`B${r}`).value = `Khoản ${r}`;
    ws.getCell(`D${r}`).value = qty;
    ws.getCell(`E${r}`).value = rate;
  }
  // One style object for a whole row band, as Excel files share style ids between cells.
  for (const a of ["B1", "F1", "B2", "D2", "E2", "F2", "B3", "D3", "E3", "F3", "A5"]) ws.getCell(a).font = font;
  ws.getCell("E2").numFmt = "#,##0";
  ws.getCell("E2").border = { bottom: { style: "thin" } };
  ws.getCell("A5").value = "Bằng chữ:";
  ws.mergeCells("A5:F5");
  ws.getRow(5).height = 30;
  const notes = wb.addWorksheet("Ghi chú");
  notes.getCell("A1").value = "Không được đổi";
  notes.getCell("B2").value = { formula: "1+1", result: 2 };
  // Through a real file, as the CLI sees workbooks.
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(await wb.xlsx.writeBuffer());
  return back;
}

const snapshot = (wb: ExcelJS.Workbook) =>
  wb.worksheets.map((ws) => {
    const cells: Record<string, unknown> = {};
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (c) => {
        cells[c.address] = { value: c.value, style: JSON.parse(JSON.stringify(c.style ?? {})) };
      }),
    );
    return {
      name: ws.name,
      cells,
      widths: ws.columns?.map((c) => c.width) ?? [],
      merges: [...(ws.model.merges ?? [])].sort(),
      heights: [1, 2, 3, 4, 5].map((r) => ws.getRow(r).height),
    };
  });

describe("applyEdits", () => {
  it("writes formulas, text and number formats into the edited cells and nothing else", async () => {
    const wb = await sampleWorkbook();
    const before = snapshot(wb);
    applyEdits(wb, [
      { sheet: "Dự toán", address: "F2", formula: "=D2*E2", numberFormat: "#,##0" },
      { sheet: "Dự toán", address: "F3", formula: "=D3*E3", value: 48_000_000, numberFormat: "#,##0" },
      { sheet: "Dự toán", address: "A5", value: "Bằng chữ: Tám mươi tư triệu đồng./." },
    ]);
    const written = new ExcelJS.Workbook();
    await written.xlsx.load(await wb.xlsx.writeBuffer());
    const after = snapshot(written);

    const ws = written.getWorksheet("Dự toán");
    expect(ws?.getCell("F2").value).toEqual({ formula: "D2*E2" });
    expect(ws?.getCell("F3").value).toEqual({ formula: "D3*E3", result: 48_000_000 });
    expect(ws?.getCell("F2").numFmt).toBe("#,##0");
    expect(ws?.getCell("F2").font?.name).toBe("Times New Roman");
    expect(ws?.getCell("A5").value).toBe("Bằng chữ: Tám mươi tư triệu đồng./.");
    expect(wb.calcProperties.fullCalcOnLoad).toBe(true); // written as <calcPr fullCalcOnLoad="1">

    const edited = new Set(["F2", "F3", "A5", "B5", "C5", "D5", "E5", "F5"]);
    for (const [i, sheet] of before.entries()) {
      const now = after[i];
      expect(now?.name).toBe(sheet.name);
      expect(now?.widths).toEqual(sheet.widths);
      expect(now?.merges).toEqual(sheet.merges);
      expect(now?.heights).toEqual(sheet.heights);
      for (const [address, cell] of Object.entries(sheet.cells)) {
        if (sheet.name === "Dự toán" && edited.has(address)) continue;
        expect(now?.cells[address], `${sheet.name}!${address}`).toEqual(cell);
      }
    }
    // The shared font object was not mutated into a number format elsewhere.
    expect(ws?.getCell("D2").numFmt).toBeUndefined();
  });

  it("sets an edit's font name on that cell alone, keeping the rest of its style", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("S");
    const font: Partial<ExcelJS.Font> = {
      name: ".VnTime",
      size: 13,
      bold: true,
      italic: true,
      charset: 163,
      family: 2,
      color: { argb: "FF0000FF" },
    };
    for (const a of ["A1", "A2", "B1"]) {
      ws.getCell(a).value = "B»ng ch÷:";
      ws.getCell(a).font = font;
    }
    ws.getCell("A1").alignment = { horizontal: "center" };
    ws.getCell("A1").numFmt = "@";
    const loaded = new ExcelJS.Workbook();
    await loaded.xlsx.load(await wb.xlsx.writeBuffer());

    applyEdits(loaded, [{ sheet: "S", address: "A1", value: "Bằng chữ: Mười đồng./.", font: "Times New Roman" }]);
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(await loaded.xlsx.writeBuffer());
    const s = back.getWorksheet("S");
    expect(s?.getCell("A1").value).toBe("Bằng chữ: Mười đồng./.");
    expect(s?.getCell("A1").font).toEqual({
      name: "Times New Roman",
      size: 13,
      bold: true,
      italic: true,
      color: { argb: "FF0000FF" },
    });
    expect(s?.getCell("A1").alignment).toEqual({ horizontal: "center" });
    expect(s?.getCell("A1").numFmt).toBe("@");
    // The cells that shared the font object keep the legacy font.
    expect([s?.getCell("A2").font?.name, s?.getCell("B1").font?.name]).toEqual([".VnTime", ".VnTime"]);
  });

  it("keeps the clones of a shared formula when its master cell is rewritten", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("S");
    for (let r = 1; r <= 4; r++) ws.getRow(r).values = [r, 10];
    writeSharedFormula(ws, "C", { first: 1, last: 4 }, "A1*B1", (r) => r * 10);
    const loaded = new ExcelJS.Workbook();
    await loaded.xlsx.load(await wb.xlsx.writeBuffer());

    applyEdits(loaded, [{ sheet: "S", address: "C1", formula: "=A1+B1" }]);
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(await loaded.xlsx.writeBuffer());
    const s = back.getWorksheet("S");
    expect(s?.getCell("C1").formula).toBe("A1+B1");
    expect([2, 3, 4].map((r) => s?.getCell(`C${r}`).formula)).toEqual(["A2*B2", "A3*B3", "A4*B4"]);
    expect(s?.getCell("C3").result).toBe(30);
  });

  it("refuses an edit for a sheet that does not exist (a bug, not user data)", async () => {
    const wb = await sampleWorkbook();
    expect(() => applyEdits(wb, [{ sheet: "Không có", address: "A1", value: 1 }])).toThrow(/Không có/);
  });
});
