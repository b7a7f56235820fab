import { fillSheet, type CellEdit } from "@hgcs/core";
import { beforeEach, describe, expect, it } from "vitest";
import { fixtureGrid } from "../../../tests/testing/fixtures.js";
import { planCellWrites } from "../src/office/cellWrites.js";
import { planHighlights, restoreFills } from "../src/office/highlight.js";
import { readActiveSheet } from "../src/office/readSheet.js";
import { toRectangles } from "../src/office/rectangles.js";
import { writeBatch } from "../src/office/writeBatch.js";
import { installFakeHost } from "./testing/fake/fakeExcel.js";
import { FakeWorkbook } from "./testing/fake/fakeWorkbook.js";
import { fixtureWorkbook } from "./testing/fixtureWorkbook.js";

const file = "so-tu-phap-2024-loi.xlsx";
const sheet = "Dự toán";

describe("readActiveSheet", () => {
  it("reads the used range into the same grid the .xlsx reader gives, in one sync", async () => {
    const wb = await fixtureWorkbook(file);
    installFakeHost(wb);
    const { grid } = await readActiveSheet();
    expect(wb.syncCount).toBe(1);
    const expected = await fixtureGrid(file);
    expect(grid.sheet).toBe(sheet);
    expect(grid.origin).toEqual({ row: 0, col: 0 });
    expect(grid.merges).toEqual(expected.merges);
    for (const address of ["G13", "G17", "F19", "G23", "A28", "B14"]) {
      const [r, c] = [Number(address.slice(1)) - 1, address.charCodeAt(0) - 65];
      const want = expected.rows[r]?.[c];
      // The adapter keeps fonts of text cells only (legacy encodings are told by font; numbers don't need one).
      const { font: _font, ...rest } = want ?? { value: null };
      expect(grid.rows[r]?.[c], address).toEqual(typeof want?.value === "string" ? want : rest);
    }
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
    wb = await fixtureWorkbook(file);
    installFakeHost(wb);
  });

  const edits: CellEdit[] = [
    { sheet, address: "G17", formula: "=D17*F17", numberFormat: "#,##0" },
    { sheet, address: "G23", formula: "=SUM(G24:G26)" },
    { sheet, address: "A28", value: "Bằng chữ: Năm trăm tám mươi tư triệu năm trăm nghìn đồng./." },
    { sheet, address: "I40", value: 7 },
  ];

  it("writes every edit in one sync inside one undo group, and undo restores every changed cell", async () => {
    const before = wb.dump().sheets[0];
    const { grid } = await readActiveSheet();
    const planned = planCellWrites(edits, grid);
    const syncs = await writeBatch({ rects: toRectangles(planned.writes), undoGroup: true });
    expect(syncs).toBe(1);
    expect(wb.mergeUndoRuns).toBe(1);
    const s = wb.sheet(sheet);
    expect(s?.get(16, 6)).toMatchObject({ formula: "=D17*F17", value: 48_000_000, numberFormat: "#,##0" });
    expect(s?.get(22, 6)).toMatchObject({ formula: "=SUM(G24:G26)", value: 33_500_000, numberFormat: "#,##0" });
    expect(s?.get(39, 8)?.value).toBe(7);

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
    expect(wb.sheet(sheet)?.get(16, 6)).toEqual({ value: 4_800_000, numberFormat: "#,##0", font: "Times New Roman" });
  });

  it("writes without the undo group when the host refuses one", async () => {
    installFakeHost(wb, { refuseUndoGroups: true });
    const { grid } = await readActiveSheet();
    await writeBatch({ rects: toRectangles(planCellWrites(edits.slice(0, 1), grid).writes), undoGroup: true });
    expect(wb.sheet(sheet)?.get(16, 6)?.formula).toBe("=D17*F17");
  });

  it("gives fill's words in a TCVN3 cell a Unicode font in the same sync, and undo puts the legacy font back", async () => {
    const legacy = await fixtureWorkbook("phong-tu-phap-tcvn3.xlsx");
    installFakeHost(legacy);
    const before = legacy.dump().sheets[0];
    const { grid } = await readActiveSheet();
    const { edits } = fillSheet(grid, { fix: "all" });
    const planned = planCellWrites(edits, grid);
    expect(await writeBatch({ rects: toRectangles(planned.writes), undoGroup: true })).toBe(1);
    const words = legacy.sheet(sheet)?.get(27, 0);
    expect(words?.font).toBe("Times New Roman");
    expect(String(words?.value)).toMatch(/^Bằng chữ: Năm trăm sáu mươi hai triệu/);
    // Cells whose edit sets no font keep theirs.
    expect(legacy.sheet(sheet)?.get(12, 5)?.font).toBe(".VnTime");

    await writeBatch({ rects: toRectangles(planned.undo), undoGroup: true });
    expect(legacy.sheet(sheet)?.get(27, 0)?.font).toBe(".VnTime");
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
