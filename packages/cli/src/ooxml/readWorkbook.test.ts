import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { worksheetToGrid } from "../xlsx/worksheetToGrid.js";
import { writeSharedFormula } from "../testing/sharedFormula.js";
import { craftXlsx } from "./testing/craftXlsx.js";
import { readSparseWorkbook } from "./readWorkbook.js";

/** The cells of a grid by "row:col", holes and undefined left out (the two readers differ only there). */
function cellsOf(rows: readonly (readonly unknown[] | null | undefined)[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  rows.forEach((row, r) =>
    row?.forEach((cell, c) => {
      if (cell !== undefined && cell !== null) out[`${r}:${c}`] = cell;
    }),
  );
  return out;
}

async function bothReaders(bytes: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const sparse = await readSparseWorkbook("t.xlsx", bytes);
  if (!sparse.ok) throw new Error(sparse.problem.kind);
  return { excel: wb.worksheets.map(worksheetToGrid), sparse: sparse.value };
}

describe("readSparseWorkbook", () => {
  it("reads what worksheetToGrid reads: strings, rich text, numbers, dates, booleans, errors, formulas, styles", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Dự toán");
    ws.getCell("A1").value = "Nội dung chi";
    ws.getCell("B1").value = { richText: [{ text: "Thành " }, { text: "tiền", font: { bold: true } }] };
    ws.getCell("C1").value = 1_234_567.5;
    ws.getCell("C1").numFmt = "#,##0";
    ws.getCell("D1").value = new Date(Date.UTC(2024, 1, 20, 12));
    ws.getCell("D1").numFmt = "dd/mm/yyyy";
    ws.getCell("E1").value = true;
    ws.getCell("F1").value = { error: "#REF!" } as ExcelJS.CellErrorValue;
    ws.getCell("G1").value = { formula: "C1*2", result: 2_469_135 };
    ws.getCell("H1").value = { formula: 'A1&"x"', result: "Nội dung chix" };
    ws.getCell("A2").value = "B»ng ch÷:";
    ws.getCell("A2").font = { name: ".VnTime", size: 13 };
    ws.getCell("B2").value = 'a < b & "c" _x000D_';
    for (let r = 3; r <= 6; r++) ws.getRow(r).values = [r, 10];
    writeSharedFormula(ws, "C", { first: 3, last: 6 }, "A3*B3", (r) => r * 10);
    ws.getRow(5).hidden = true;
    ws.getColumn(2).hidden = true;
    ws.getCell("A8").value = "Bằng chữ:";
    ws.mergeCells("A8:F8");
    ws.getCell("B8").value = "dưới vùng gộp";
    wb.addWorksheet("Ẩn", { state: "hidden" }).getCell("A1").value = 1;
    const { excel, sparse } = await bothReaders(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(sparse.sheetNames).toEqual(["Dự toán", "Ẩn"]);
    expect(sparse.sheets.map((s) => s.hidden)).toEqual([false, true]);
    excel.forEach((grid, i) => expect(cellsOf(sparse.sheets[i]?.grid.rows ?? [])).toEqual(cellsOf(grid.rows)));
    const rows = sparse.sheets[0]?.grid.rows ?? [];
    expect(rows[5]?.[2]).toEqual({ value: 60, formula: "A6*B6" });
    expect(rows[4]?.[0]).toMatchObject({ hidden: true });
    expect(rows[0]?.[1]).toMatchObject({ value: "Thành tiền", hidden: true });
    expect(rows[7]?.[1]).toBeUndefined();
    expect(sparse.sheets[0]?.grid.merges).toEqual([{ top: 7, left: 0, bottom: 7, right: 5 }]);
  });

  it("costs nothing for declared sizes: a far cell, a merge over a million cells, a shared formula over the sheet", async () => {
    const bytes = craftXlsx([
      {
        name: "S",
        rows: [
          `<row r="1"><c r="A1" t="inlineStr"><is><t>STT</t></is></c><c r="B1"><f t="shared" ref="B1:XFD1048576" si="0">A1+1</f><v>1</v></c></row>`,
          `<row r="2"><c r="B2"><f t="shared" si="0"/><v>2</v></c></row>`,
          `<row r="1048576"><c r="XFD1048576"><v>7</v></c></row>`,
        ],
        merges: ["A40:XFD1040", "A1048576:B1048576"],
      },
    ]);
    const started = performance.now();
    const read = await readSparseWorkbook("t.xlsx", bytes);
    expect(performance.now() - started).toBeLessThan(2000);
    if (!read.ok) throw new Error(read.problem.kind);
    const sheet = read.value.sheets[0];
    expect(sheet?.cells).toBe(4);
    expect(sheet?.grid.rows[1]?.[1]).toEqual({ value: 2, formula: "A2+1" });
    expect(sheet?.grid.rows[1_048_575]?.[16_383]).toEqual({ value: 7 });
    expect(sheet?.largestMerge).toEqual({ range: "A40:XFD1040", cells: 1001 * 16_384 });
    // Clipped to the stored cells' extent (A1:XFD1048576 here, so both stay).
    expect(sheet?.grid.merges).toHaveLength(2);
  });

  it("refuses rows and cells past Excel's limits, and more cells than it keeps", async () => {
    const far = craftXlsx([{ name: "S", rows: [`<row r="4294967294"><c><v>1</v></c></row>`] }]);
    expect(await readSparseWorkbook("t.xlsx", far)).toMatchObject({
      ok: false,
      problem: { kind: "sheet.out_of_range", sheet: "S", row: 4_294_967_294 },
    });
    const wide = craftXlsx([{ name: "S", rows: [`<row r="1"><c r="XFE1"><v>1</v></c></row>`] }]);
    expect(await readSparseWorkbook("t.xlsx", wide)).toMatchObject({
      ok: false,
      problem: { kind: "sheet.out_of_range", cell: "XFE1" },
    });
    const many = craftXlsx([
      {
        name: "S",
        rows: Array.from({ length: 30 }, (_, r) => `<row r="${r + 1}"><c r="A${r + 1}"><v>1</v></c></row>`),
      },
    ]);
    expect(await readSparseWorkbook("t.xlsx", many, { maxCells: 20 })).toMatchObject({
      ok: false,
      problem: { kind: "sheet.too_many_cells", cells: 21, limit: 20 },
    });
  });

  it("reads cells without r attributes, CDATA, entities and 1904 dates like Excel", async () => {
    const bytes = craftXlsx(
      [
        {
          name: "S",
          rows: [
            `<row><c t="inlineStr"><is><t><![CDATA[<a&b>]]></t></is></c><c t="inlineStr"><is><t>&#x1EA0;&amp;&lt;</t></is></c></row>`,
            `<row><c r="C2" s="1"><v>0</v></c></row>`,
          ],
        },
      ],
      { date1904: true, styles: `<cellXfs><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs>` },
    );
    const read = await readSparseWorkbook("t.xlsx", bytes);
    if (!read.ok) throw new Error(read.problem.kind);
    const rows = read.value.sheets[0]?.grid.rows ?? [];
    expect(rows[0]?.[0]).toEqual({ value: "<a&b>" });
    expect(rows[0]?.[1]).toEqual({ value: "Ạ&<" });
    // 1904-01-01 is serial 1462 in the 1900 system core reads.
    expect(rows[1]?.[2]).toEqual({ value: 1462, numberFormat: "mm-dd-yy" });
  });

  it("names a damaged package instead of throwing", async () => {
    const good = craftXlsx([{ name: "S", rows: [`<row r="1"><c r="A1"><v>1</v></c></row>`] }]);
    for (const bytes of [good.subarray(0, good.length - 30), Buffer.from("PK\u0003\u0004 nothing else")]) {
      expect(await readSparseWorkbook("t.xlsx", bytes)).toMatchObject({ ok: false, problem: { kind: "file.corrupt" } });
    }
    const missing = await readSparseWorkbook("t.xlsx", good, { sheet: "Không có" });
    expect(missing).toMatchObject({ ok: false, problem: { kind: "sheet.missing", available: ["S"] } });
  });

  it("reads the document's keywords, and reads every sheet with readAll while picking the named one", async () => {
    const wb = new ExcelJS.Workbook();
    wb.keywords = "hgcs:report, tổng hợp";
    wb.addWorksheet("Một").getCell("A1").value = 1;
    wb.addWorksheet("Hai").getCell("A1").value = 2;
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    const read = await readSparseWorkbook("t.xlsx", bytes, { sheet: "hai", readAll: true });
    if (!read.ok) throw new Error(read.problem.kind);
    expect(read.value.keywords).toBe("hgcs:report, tổng hợp");
    expect(read.value.sheets.map((s) => s.name)).toEqual(["Một", "Hai"]);
    expect(read.value.picked.map((s) => s.name)).toEqual(["Hai"]);
    expect(read.value.parts).toContain("docProps/core.xml");
    const plain = craftXlsx([{ name: "S", rows: [`<row r="1"><c r="A1"><v>1</v></c></row>`] }]);
    const none = await readSparseWorkbook("t.xlsx", plain);
    expect(none.ok && none.value.keywords).toBeUndefined();
  });

  it("reads the sheets of a workbook whose document properties are too large to read, without keywords", async () => {
    const wb = new ExcelJS.Workbook();
    wb.keywords = "x".repeat(2 << 20);
    wb.addWorksheet("S").getCell("A1").value = 1;
    const read = await readSparseWorkbook("t.xlsx", Buffer.from(await wb.xlsx.writeBuffer()));
    if (!read.ok) throw new Error(read.problem.kind);
    expect(read.value.keywords).toBeUndefined();
    expect(read.value.picked.map((s) => s.name)).toEqual(["S"]);
  });
});
