import { beforeEach, describe, expect, it } from "vitest";
import { officeSheet } from "../../../tests/testing/fixtures.js";
import { Controller, type Inspection } from "../src/controller/controller.js";
import { bundledPlan, bundledPrices } from "../src/controller/session.js";
import { defaultSettings } from "../src/controller/settings.js";
import { installFakeHost } from "./testing/fake/fakeExcel.js";
import { FakeWorkbook } from "./testing/fake/fakeWorkbook.js";
import { afterFill, codesAt, officeSheetWorkbook, rulesAt, totalAndWords } from "./testing/fixtureWorkbook.js";
import { delegateListRows, officeWorkbook, supportListRows } from "./testing/officeWorkbooks.js";
import { syntheticEstimate } from "./testing/syntheticEstimate.js";

const plan = bundledPlan();

describe("sync budget, whatever the sheet size", () => {
  for (const lines of [10, 3000]) {
    it(`checks in ≤ 2 syncs and fills in ≤ 3 a ${lines}-line sheet, writing rectangles, not cells`, async () => {
      const wb = FakeWorkbook.from(syntheticEstimate(lines));
      installFakeHost(wb);
      const controller = new Controller();
      const checked = await controller.check(defaultSettings, undefined);
      expect(checked.tableFound).toBe(true);
      expect(wb.syncCount).toBeLessThanOrEqual(2);

      wb.syncCount = 0;
      const filled = await controller.fill(defaultSettings, undefined);
      expect(wb.syncCount).toBeLessThanOrEqual(3);
      expect(filled.changed).toBeGreaterThan(lines);
      expect(wb.rangeWrites).toBeLessThanOrEqual(12);
      expect(wb.sheet("Dự toán")?.get(4 + lines - 1, 5)?.formula).toBe(`=D${4 + lines}*E${4 + lines}`);
    });
  }
});

describe("fill and undo on chua-dien.xlsx (an estimate with its formulas missing)", () => {
  const entry = officeSheet("chua-dien.xlsx");
  let wb: FakeWorkbook;
  beforeEach(async () => {
    wb = await officeSheetWorkbook(entry.file);
    installFakeHost(wb);
  });

  it("fills the total and the words, after which the sheet checks clean; undo restores every changed cell", async () => {
    const { totalCell, wordsCell } = totalAndWords(entry);
    const filledIn = afterFill(entry);
    const before = wb.dump().sheets[0]?.cells ?? {};
    const controller = new Controller();
    const filled = await controller.fill(defaultSettings, plan);
    // Its 10 lines' amounts, the 2 subtotals, the total and the words: each a cell whose content changed.
    expect(filled.changed).toBe(14);
    const after = wb.dump().sheets[0]?.cells ?? {};
    const content = (c: { value: unknown; formula?: string } | undefined) => JSON.stringify([c?.value, c?.formula]);
    const changed = Object.keys(after).filter((a) => content(after[a]) !== content(before[a]));
    expect(changed).toHaveLength(filled.changed);
    expect(changed).toEqual(expect.arrayContaining([totalCell, wordsCell]));
    expect(wb.mergeUndoRuns).toBe(1);
    const sheet = wb.sheet(entry.sheet);
    expect(sheet?.cells.get(totalCell)).toMatchObject({ formula: expect.stringMatching(/^=/), value: filledIn.total });
    expect(String(sheet?.cells.get(wordsCell)?.value).toLowerCase()).toContain(filledIn.words);

    // Clean: before fill the missing words were the one problem; the unverified caps' notes remain, exactly.
    expect(entry.expect).toContainEqual({ code: "words.missing", cell: wordsCell });
    const again = await controller.check(defaultSettings, plan);
    expect(codesAt(again.findings)).toEqual(rulesAt(entry.expect.filter((r) => r.code !== "words.missing")));
    // The card after fill is the sheet as fill left it: what a check of the written sheet shows.
    expect(filled.summary).toBeDefined();
    expect(filled.summary).toEqual(again.summary);

    expect(await controller.undo()).toBe(filled.changed);
    expect(wb.dump().sheets[0]?.cells).toEqual(before);
    expect(await controller.undo()).toBe(0);
  });

  it("reports a sheet without an estimate table", async () => {
    installFakeHost(
      FakeWorkbook.from({ sheets: [{ name: "Ghi chú", cells: { A1: { value: "Danh sách tổ hòa giải" } } }] }),
    );
    const outcome = await new Controller().check(defaultSettings, undefined);
    expect(outcome.tableFound).toBe(false);
    expect(outcome.findings.map((f) => f.code)).toContain("table.not_found");
  });
});

describe("fill with fixes on du-toan-co-loi.xlsx", () => {
  it("shows and marks exactly what core says is left (SheetFill.unresolved): no fixed cell, no note", async () => {
    const entry = officeSheet("du-toan-co-loi.xlsx");
    const wb = await officeSheetWorkbook(entry.file);
    installFakeHost(wb);
    const controller = new Controller();
    const checked = await controller.check(defaultSettings, plan);
    expect(codesAt(checked.findings)).toContain("formula.hardcoded@G16");
    const filled = await controller.fill(defaultSettings, plan, ["all"]);
    expect(filled.changed).toBeGreaterThan(0);
    // The typed amount at G16 became its formula: nothing is left there, and notes (info) are not problems.
    expect(filled.findings.filter((f) => f.at?.cell === "G16")).toEqual([]);
    expect(filled.findings.filter((f) => f.severity === "info")).toEqual([]);
    // What fill cannot fix (a rate above its cap) stays, marked.
    expect(codesAt(filled.findings)).toContain("rate.over_cap@F18");
    const sheet = wb.sheet(entry.sheet);
    expect(sheet?.cells.get("F18")?.fill).toBe("#FFC7CE");
    expect(["#FFC7CE", "#FFEB9C", "#DDEBF7"]).not.toContain(sheet?.cells.get("G16")?.fill);
    // The card after fill counts the corrected amounts, as a check of the written sheet does.
    const again = await controller.check(defaultSettings, plan);
    expect(filled.summary).toEqual(again.summary);
  });
});

describe("new estimate sheet", () => {
  it("draws the bundled plan on a new sheet beside the open one, which then checks clean", async () => {
    const wb = await officeSheetWorkbook("du-toan-chuan.xlsx");
    installFakeHost(wb);
    const controller = new Controller();
    if (!plan) throw new Error("the bundled plan does not parse");
    wb.syncCount = 0;
    const drawn = await controller.newSheet(defaultSettings, plan, bundledPrices());
    expect(drawn.sheet).toBe("Dự toán (2)");
    expect(wb.syncCount).toBe(2);
    expect(wb.sheets[wb.active]?.name).toBe("Dự toán (2)");
    const sheet = wb.sheet("Dự toán (2)");
    expect([...(sheet?.cells.values() ?? [])].filter((c) => c.formula?.startsWith("=SUM(")).length).toBeGreaterThan(0);
    expect(sheet?.merges.length).toBeGreaterThan(0);
    expect(sheet?.borders.size).toBeGreaterThan(0);
    expect(sheet?.print).toMatchObject({ paperSize: "A4" });

    const checked = await controller.check(defaultSettings, plan);
    expect(checked.sheet).toBe("Dự toán (2)");
    // Clean: nothing but the notes on the three lines whose caps are not verified.
    expect(checked.findings.map((f) => `${f.severity} ${f.code}`)).toEqual(Array(3).fill("info rate.cap_unverified"));
  });
});

describe("following the user across sheets (worksheets.onActivated, ExcelApi 1.7)", () => {
  const input = { settings: defaultSettings, plan };
  const twoLists = async () =>
    FakeWorkbook.from(
      await officeWorkbook([
        { name: "DS HN1", rows: delegateListRows },
        { name: "Hỗ trợ HN1", rows: supportListRows },
      ]),
    );

  it("inspects the sheet the user goes to, in one read that writes nothing, until told to stop", async () => {
    const wb = await twoLists();
    installFakeHost(wb);
    const controller = new Controller();
    const seen: Promise<Inspection>[] = [];
    const stop = await controller.watchSheets(() => seen.push(controller.inspect(input)));
    expect(stop).toBeDefined();
    expect(wb.syncCount).toBe(1);
    expect(wb.activatedHandlers.size).toBe(1);
    // The pane's first read (on opening) makes the workbook's sheets known; later reads take them in their batch.
    await controller.inspect(input);

    wb.syncCount = 0;
    await wb.activate("Hỗ trợ HN1");
    expect(seen).toHaveLength(1);
    const inspection = await seen[0];
    expect(inspection?.detected).toMatchObject({ sheet: "Hỗ trợ HN1", kind: "conference-list", list: "support" });
    expect(inspection?.outcome?.findings.map((f) => f.code)).toContain("list.paid_salaried");
    expect(wb.syncCount).toBe(1);
    expect(
      wb
        .dump()
        .sheets.flatMap((s) => Object.values(s.cells))
        .some((c) => c.fill),
    ).toBe(false);

    await stop?.();
    expect(wb.activatedHandlers.size).toBe(0);
    await wb.activate("DS HN1");
    expect(seen).toHaveLength(1);
  });

  it("hears activations by code too (a drawn sheet becomes active), after the batch", async () => {
    const wb = await twoLists();
    installFakeHost(wb);
    const controller = new Controller();
    const heard: string[] = [];
    await controller.watchSheets(() => heard.push(wb.sheets[wb.active]?.name ?? ""));
    if (!plan) throw new Error("the bundled plan does not parse");
    await controller.newLists(defaultSettings, plan);
    await expect.poll(() => heard).toEqual(["DS đại biểu HN1"]);
  });

  it("registers nothing where Excel lacks the event (below ExcelApi 1.7)", async () => {
    const wb = await twoLists();
    installFakeHost(wb, { supported: { ExcelApi: "1.6" } });
    expect(await new Controller().watchSheets(() => undefined)).toBeUndefined();
    expect(wb.syncCount).toBe(0);
    expect(wb.activatedHandlers.size).toBe(0);
  });
});
