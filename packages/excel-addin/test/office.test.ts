import { fillSheet, type CellEdit } from "@hgcs/core";
import { toA1 } from "@hgcs/core/sheet";
import { beforeEach, describe, expect, it } from "vitest";
import { officeSheet, officeSheetGrid } from "../../../tests/testing/fixtures.js";
import { valueOf } from "../../core/src/testing/resultValue.js";
import { planCellWrites } from "../src/office/cellWrites.js";
import { planHighlights, restoreFills } from "../src/office/highlight.js";
import { readActiveSheet } from "../src/office/readSheet.js";
import { toRectangles } from "../src/office/rectangles.js";
import { writeBatch } from "../src/office/writeBatch.js";
import { installFakeHost } from "./testing/fake/fakeExcel.js";
import { FakeWorkbook } from "./testing/fake/fakeWorkbook.js";
import { expectedCell, officeSheetWorkbook, position, totalAndWords } from "./testing/fixtureWorkbook.js";

// du-toan-co-loi.xlsx: G16 typed 51.840.000 for 1.920 × 32.000; section I's =SUM(G13:G21) in G12 leaves out G22.
const file = "du-toan-co-loi.xlsx";
const entry = officeSheet(file);
const sheet = entry.sheet;

describe("readActiveSheet", () => {
  it("reads the used range into the same grid the .xlsx reader gives, in one sync", async () => {
    const wb = await officeSheetWorkbook(file);
    installFakeHost(wb);
    const { grid } = await readActiveSheet();
    expect(wb.syncCount).toBe(1);
    const expected = await officeSheetGrid(file);
    expect(grid.sheet).toBe(sheet);
    expect(grid.origin).toEqual({ row: 0, col: 0 });
    expect(grid.merges).toEqual(expected.merges);
    // Every cell, among them those the corpus pins findings at (a typed amount, a rate, a short SUM, the words).
    const rows = Math.max(grid.rows.length, expected.rows.length);
    const cells = new Set<string>();
    for (let r = 0; r < rows; r++) {
      const width = Math.max(grid.rows[r]?.length ?? 0, expected.rows[r]?.length ?? 0);
      for (let c = 0; c < width; c++) {
        const want = expected.rows[r]?.[c];
        if (want) cells.add(toA1(r, c));
        // The adapter keeps fonts of text cells only (legacy encodings are told by font; numbers don't need one).
        const { font: _font, ...rest } = want ?? {};
        expect(grid.rows[r]?.[c], toA1(r, c)).toEqual(want && (typeof want.value === "string" ? want : rest));
      }
    }
    const { totalCell, wordsCell } = totalAndWords(entry);
    for (const address of [...entry.expect.map((r) => r.cell), totalCell, wordsCell])
      expect(cells.has(address), address).toBe(true);
  });

  it("keeps the origin of a used range that does not start at A1 and marks error values", async () => {
    const wb = FakeWorkbook.from({
      sheets: [{ name: "S", cells: { C5: { value: 1 }, D7: { value: "#REF!" }, E6: { value: 2, formula: "=C5*2" } } }],
    });
    installFakeHost(wb);
    const { grid } = await readActiveSheet();
    expect(grid.origin).toEqual({ row: 4, col: 2 });
    expect(grid.rows[2]?.[1]).toEqual({ value: { error: "#REF!" } });
    expect(grid.rows[1]?.[2]).toEqual({ value: 2, formula: "C5*2" });
  });

  it("reads an empty sheet as an empty grid", async () => {
    installFakeHost(FakeWorkbook.from({ sheets: [{ name: "Trống", cells: {} }] }));
    expect((await readActiveSheet()).grid).toEqual({ sheet: "Trống", rows: [] });
  });

  it.each(["null", "throw"] as const)(
    "reads in row bands only when Excel will not return the range in one piece (%s)",
    async (overLimit) => {
      const cells: Record<string, { value: number }> = {};
      for (let r = 1; r <= 50; r++) cells[`A${r}`] = cells[`B${r}`] = { value: r };
      const wb = FakeWorkbook.from({ sheets: [{ name: "S", cells }] });
      installFakeHost(wb, { readCellLimit: 40, overLimit });
      const { grid } = await readActiveSheet({ maxCells: 40, bandCells: 30 });
      expect(grid.rows).toHaveLength(50);
      expect(grid.rows.map((row) => row?.[1]?.value)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
      expect(wb.syncCount).toBeGreaterThan(2);

      installFakeHost(wb, { readCellLimit: 100, overLimit });
      wb.syncCount = 0;
      await readActiveSheet({ maxCells: 100, bandCells: 30 });
      expect(wb.syncCount).toBe(1);
    },
  );
});

describe("writes and undo", () => {
  let wb: FakeWorkbook;
  beforeEach(async () => {
    wb = await officeSheetWorkbook(file);
    installFakeHost(wb);
  });

  // The planted mistakes' cells, as expected.json pins them.
  const typed = expectedCell(entry, "amount.mismatch");
  const shortSum = expectedCell(entry, "formula.range_omits_rows");
  const { totalCell, wordsCell } = totalAndWords(entry);
  const line = position(typed).row + 1;
  const edits: CellEdit[] = [
    { sheet, address: typed, formula: `=D${line}*F${line}`, numberFormat: "#,##0" },
    { sheet, address: shortSum, formula: "=SUM(G13:G22)" },
    { sheet, address: wordsCell, value: "Bằng chữ: Sáu trăm linh sáu triệu ba trăm tám mươi nghìn đồng./." },
    { sheet, address: "I40", value: 7 },
  ];
  const cell = (workbook: FakeWorkbook, address: string) => {
    const { row, col } = position(address);
    return workbook.sheet(sheet)?.get(row, col);
  };

  it("writes every edit in one sync inside one undo group, and undo restores every changed cell", async () => {
    const before = wb.dump().sheets[0];
    expect(cell(wb, shortSum)?.formula).toBe("=SUM(G13:G21)");
    const { grid } = await readActiveSheet();
    const planned = planCellWrites(edits, grid);
    const syncs = await writeBatch({ rects: toRectangles(planned.writes), undoGroup: true });
    expect(syncs).toBe(1);
    expect(wb.mergeUndoRuns).toBe(1);
    // 1.920 × 32.000; section I's lines with G22 and the corrected amount; the total =G12+G23 follows both.
    expect(cell(wb, typed)).toMatchObject({ formula: `=D${line}*F${line}`, value: 61_440_000, numberFormat: "#,##0" });
    expect(cell(wb, shortSum)).toMatchObject({ formula: "=SUM(G13:G22)", value: 566_880_000, numberFormat: "#,##0" });
    expect(cell(wb, totalCell)?.value).toBe(606_380_000);
    expect(cell(wb, "I40")?.value).toBe(7);

    await writeBatch({ rects: toRectangles(planned.undo), undoGroup: true });
    expect(wb.dump().sheets[0]?.cells).toEqual(before?.cells);
  });

  it("leaves out the undo group where ExcelApi 1.20 is missing (our own snapshot still undoes)", async () => {
    installFakeHost(wb, { supported: { ExcelApi: "1.13" } });
    const { grid } = await readActiveSheet();
    const planned = planCellWrites(edits.slice(0, 1), grid);
    await writeBatch({ rects: toRectangles(planned.writes), undoGroup: true });
    expect(wb.mergeUndoRuns).toBe(0);
    await writeBatch({ rects: toRectangles(planned.undo) });
    expect(cell(wb, typed)).toEqual({ value: 51_840_000, numberFormat: "#,##0", font: "Times New Roman" });
  });

  it("writes without the undo group when the host refuses one", async () => {
    installFakeHost(wb, { refuseUndoGroups: true });
    const { grid } = await readActiveSheet();
    await writeBatch({ rects: toRectangles(planCellWrites(edits.slice(0, 1), grid).writes), undoGroup: true });
    expect(cell(wb, typed)?.formula).toBe(`=D${line}*F${line}`);
  });

  it("gives fill's words in a TCVN3 cell a Unicode font in the same sync, and undo puts the legacy font back", async () => {
    // phong-tu-phap-tcvn3.xlsx: section I's subtotal typed 51.400.000 where its lines add up to 53.000.000.
    const tcvn3 = officeSheet("phong-tu-phap-tcvn3.xlsx");
    const legacy = await officeSheetWorkbook(tcvn3.file);
    installFakeHost(legacy);
    const before = legacy.dump().sheets[0];
    const { grid } = await readActiveSheet();
    const { edits } = valueOf(fillSheet(grid, { fix: "all" }));
    const planned = planCellWrites(edits, grid);
    expect(await writeBatch({ rects: toRectangles(planned.writes), undoGroup: true })).toBe(1);
    const { wordsCell: legacyWords } = totalAndWords(tcvn3);
    const words = cell(legacy, legacyWords);
    expect(words?.font).toBe("Times New Roman");
    expect(String(words?.value)).toMatch(/^Bằng chữ: Năm mươi tám triệu đồng/);
    // Cells whose edit sets no font keep theirs: the typed subtotal, now a formula.
    const subtotal = cell(legacy, expectedCell(tcvn3, "subtotal.mismatch"));
    expect(subtotal).toMatchObject({ formula: expect.stringMatching(/^=SUM\(/), value: 53_000_000, font: ".VnTime" });

    await writeBatch({ rects: toRectangles(planned.undo), undoGroup: true });
    expect(cell(legacy, legacyWords)?.font).toBe(".VnTime");
    expect(legacy.dump().sheets[0]?.cells).toEqual(before?.cells);
  });

  it("splits a write past the payload budget into several syncs of one run", async () => {
    const big: CellEdit[] = Array.from({ length: 200 }, (_, i) => ({
      sheet,
      address: `J${i + 1}`,
      value: "x".repeat(50),
    }));
    const { grid } = await readActiveSheet();
    const syncs = await writeBatch({ rects: toRectangles(planCellWrites(big, grid).writes) }, 4000);
    expect(syncs).toBeGreaterThan(1);
    expect(wb.runCount).toBe(2);
    expect(wb.sheet(sheet)?.get(199, 9)?.value).toBe("x".repeat(50));
  });
});

describe("highlights", () => {
  it("marks finding cells and restores the fills they had, including none", async () => {
    const wb = FakeWorkbook.from({
      sheets: [{ name: "S", cells: { A1: { value: 1, fill: "#00B050" }, B1: { value: 2 } } }],
    });
    installFakeHost(wb);
    const { fills } = await readActiveSheet();
    const targets = [
      { ref: { sheet: "S", address: "A1" }, severity: "warning" as const },
      { ref: { sheet: "S", address: "B1" }, severity: "error" as const },
    ];
    const first = planHighlights(targets, fills, []);
    await writeBatch({ fills: first.changes });
    expect(wb.sheet("S")?.get(0, 1)?.fill).toBe("#FFC7CE");
    // A second check reads our own marks; the originals must survive it.
    const again = planHighlights(targets, (await readActiveSheet()).fills, first.applied);
    await writeBatch({ fills: again.changes });
    await writeBatch({ fills: restoreFills(again.applied) });
    expect(wb.sheet("S")?.get(0, 0)?.fill).toBe("#00B050");
    expect(wb.sheet("S")?.get(0, 1)?.fill).toBeUndefined();
  });
});
