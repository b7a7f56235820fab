// The built task pane in real Chromium, over the Excel fake loaded from an example office workbook.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { examplePlanJson, officeSheet } from "../../../tests/testing/fixtures.js";
import type { FakeWorkbookData } from "./testing/fake/fakeWorkbook.js";
import { openBrowser, officeStub, openTaskpane, serve } from "./testing/browser.js";
import { buildAddin, removeBuild, type BuiltAddin } from "./testing/builtAddin.js";
import {
  afterFill,
  expectedCell,
  officeSheetWorkbookData,
  position,
  totalAndWords,
} from "./testing/fixtureWorkbook.js";
import { delegateListRows, distributionRows, officeWorkbook } from "./testing/officeWorkbooks.js";

// du-toan-co-loi.xlsx: G16 typed 51.840.000 for 1.920 × 32.000; section I's =SUM(G13:G21) in G12 leaves out G22.
const file = "du-toan-co-loi.xlsx";
const entry = officeSheet(file);
const sheet = entry.sheet;
const typed = expectedCell(entry, "amount.mismatch");
const shortSum = expectedCell(entry, "formula.range_omits_rows");
const resultsDir = join(import.meta.dirname, "..", "test-results");

let server: { url: string; close: () => Promise<void> };
let browser: { context: BrowserContext; close: () => Promise<void> };
let original: FakeWorkbookData;
let stub: string;
let built: BuiltAddin;

beforeAll(async () => {
  built = await buildAddin();
  server = await serve(built.outDir);
  original = await officeSheetWorkbookData(file);
  stub = await officeStub(original);
  browser = await openBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  removeBuild(built);
});

interface FakeGlobal {
  __fake: { workbook: { activatedHandlers: Set<unknown> }; activate: (name: string) => Promise<void> };
}

const dump = (page: Page) =>
  page.evaluate(() => (globalThis as unknown as { __fake: { dump: () => FakeWorkbookData } }).__fake.dump());
const cellOf = async (page: Page, address: string) => (await dump(page)).sheets[0]?.cells[address];

describe("task pane over du-toan-co-loi.xlsx", () => {
  let page: Page;
  beforeAll(async () => {
    page = await openTaskpane(browser.context, server.url, stub);
  }, 60_000);

  it("check lists the workbook's expected findings at their cells, and no others, grouped by severity", async () => {
    // The open sheet is an estimate: its section shows, the others stay hidden.
    expect(await page.locator('section[data-kind="estimate"]').isVisible()).toBe(true);
    expect(await page.locator('section[data-kind="conference-list"]').isHidden()).toBe(true);
    await page.click('[data-action="check"]');
    await page.waitForSelector("[data-finding]");
    for (const { code, cell } of entry.expect) {
      await expect
        .poll(() => page.locator(`[data-finding][data-code="${code}"][data-cell="${cell}"]`).count(), {
          message: `${code}@${cell}`,
        })
        .toBe(1);
    }
    // Anything else listed must be one of the findings expected.json allows (unexpected: "any").
    const listed = await page
      .locator("[data-finding]")
      .evaluateAll((els) => els.map((el) => `${el.getAttribute("data-code")}@${el.getAttribute("data-cell")}`));
    const allowed = new Set([...entry.expect, ...entry.allow].map((r) => `${r.code}@${r.cell}`));
    expect(listed.filter((f) => !allowed.has(f))).toEqual([]);
    const groups = await page.locator(".group h2").allTextContents();
    expect(groups[0]).toMatch(/^Lỗi \(\d+\)$/);
    const message = await page.locator('[data-finding][data-code="rate.over_cap"] .message').textContent();
    expect(message).toMatch(/150\.000/);
    // The cells are marked in the sheet, and the read plus the marks took two syncs.
    expect((await cellOf(page, typed))?.fill).toBe("#FFC7CE");
    mkdirSync(resultsDir, { recursive: true });
    await page.screenshot({ path: join(resultsDir, "taskpane-findings.png"), fullPage: true });
  });

  it("clicking a finding selects its cell", async () => {
    await page.click('[data-finding][data-code="formula.range_omits_rows"]');
    await expect.poll(async () => (await dump(page)).selected).toBe(`${sheet}!${shortSum}`);
  });

  it("clears its marks, giving cells back their fills", async () => {
    await page.click('[data-action="clear-marks"]');
    await expect.poll(async () => (await cellOf(page, typed))?.fill).toBeUndefined();
    expect(await page.locator('[data-action="clear-marks"]').isDisabled()).toBe(true);
    await page.click('[data-action="check"]');
    await expect.poll(async () => (await cellOf(page, typed))?.fill).toBe("#FFC7CE");
  });

  it("fixing findings writes core's formulas into the workbook, and undo puts every cell back", async () => {
    await page.click('[data-finding][data-code="formula.range_omits_rows"] [data-fix]');
    await expect.poll(async () => (await cellOf(page, shortSum))?.formula).toBe("=SUM(G13:G22)");
    await page.click('[data-finding][data-code="amount.mismatch"] [data-fix]');
    const line = position(typed).row + 1;
    await expect
      .poll(async () => (await cellOf(page, typed))?.formula)
      .toMatch(new RegExp(`^=D${line}\\*(E${line}\\*)?F${line}$`));
    expect((await cellOf(page, typed))?.value).toBe(61_440_000);
    await page.click('[data-action="fill"]');
    await page.waitForSelector('[data-action="undo"]:not([disabled])');

    for (let i = 0; i < 3 && (await page.locator('[data-action="undo"]:not([disabled])').count()) > 0; i++) {
      await page.click('[data-action="undo"]');
      await page.waitForFunction(() => !document.querySelector(".progress:not([hidden])"));
    }
    expect((await dump(page)).sheets[0]?.cells).toEqual(original.sheets[0]?.cells);
  });
});

describe("other pane actions", () => {
  it("says clearly when the sheet holds no estimate table", async () => {
    const page = await openTaskpane(
      browser.context,
      server.url,
      await officeStub({ sheets: [{ name: "Ghi chú", cells: { A1: { value: "Danh sách tổ hòa giải" } } }] }),
    );
    await page.click('[data-action="check"]');
    await expect.poll(() => page.locator("#status.notice").textContent()).toMatch(/không có bảng dự toán/);
    await page.close();
  });

  it("draws a new estimate sheet from the bundled plan", async () => {
    const page = await openTaskpane(browser.context, server.url, stub);
    await page.click('[data-action="new-sheet"]');
    await expect.poll(() => page.locator("#status").textContent()).toMatch(/Dự toán \(2\)/);
    const data = await dump(page);
    expect(data.active).toBe("Dự toán (2)");
    const drawn = data.sheets.find((s) => s.name === "Dự toán (2)");
    expect(Object.values(drawn?.cells ?? {}).some((c) => c.formula?.startsWith("=SUM("))).toBe(true);
    await page.close();
  });

  it("takes a plan file the user picks, and says what is wrong with a bad one", async () => {
    const page = await openTaskpane(browser.context, server.url, stub);
    await page.click("#settings summary");
    await page.setInputFiles('input[name="planFile"]', {
      name: "ke-hoach.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(examplePlanJson())),
    });
    await expect.poll(() => page.locator("#plan-status").textContent()).toBe("Đã nạp kế hoạch: ke-hoach.json");
    await page.setInputFiles('input[name="planFile"]', {
      name: "hong.json",
      mimeType: "application/json",
      buffer: Buffer.from('{"document": 1}'),
    });
    await expect.poll(() => page.locator("#plan-status").textContent()).toMatch(/^Tệp kế hoạch không hợp lệ: .+/);
    await page.close();
  });

  it("keeps the words style the user sets and uses it when filling", async () => {
    const unfilled = officeSheet("chua-dien.xlsx");
    const page = await openTaskpane(
      browser.context,
      server.url,
      await officeStub(await officeSheetWorkbookData(unfilled.file)),
    );
    await page.click("#settings summary");
    await page.selectOption('select[name="thousand"]', "ngàn");
    await page.click('[data-action="fill"]');
    await page.waitForSelector('[data-action="undo"]:not([disabled])');
    const words = String((await cellOf(page, totalAndWords(unfilled).wordsCell))?.value).toLowerCase();
    expect(words).toContain(`${afterFill(unfilled).words.replace("nghìn", "ngàn")} đồng`);
    await page.close();
  });
});

describe("language", () => {
  it("shows English when Office's display language is not Vietnamese", async () => {
    const page = await openTaskpane(browser.context, server.url, await officeStub(original, "en-US"));
    expect(await page.locator('[data-action="check"]').textContent()).toBe("Check");
    await page.click('[data-action="check"]');
    await page.waitForSelector('[data-finding][data-code="amount.mismatch"]');
    expect(await page.locator(".group h2").first().textContent()).toMatch(/^Errors/);
    await page.close();
  });
});

describe("sections per sheet kind", () => {
  const visibleSection = "[data-kind]:not([hidden])";

  it("opening a workbook with a delegate list shows the list section and its findings, without marking cells", async () => {
    const data = await officeWorkbook([{ name: "DS HN1", rows: delegateListRows }]);
    const page = await openTaskpane(
      browser.context,
      server.url,
      await officeStub(data),
      '[data-action="check-list"]:not([disabled])',
    );
    expect(await page.locator(`section${visibleSection}`).getAttribute("data-kind")).toBe("conference-list");
    expect(await page.locator('[data-action="check"]').isHidden()).toBe(true);
    await expect
      .poll(() => page.locator("#status").textContent())
      .toBe("Trang “DS HN1” là danh sách đại biểu: 2 vấn đề.");
    expect(await page.locator('[data-finding][data-code="list.duplicate_person"][data-cell="B10"]').count()).toBe(1);
    expect(
      await page.locator('[data-finding][data-code="list.unknown_group"][data-cell="D11"] .message').textContent(),
    ).toMatch(/Khách mời/);
    expect(Object.values((await dump(page)).sheets[0]?.cells ?? {}).some((c) => c.fill)).toBe(false);
    mkdirSync(resultsDir, { recursive: true });
    await page.screenshot({ path: join(resultsDir, "taskpane-list.png"), fullPage: true });

    // Checking marks the cells; clicking a finding selects it.
    await page.click('[data-action="check-list"]');
    await expect.poll(async () => (await dump(page)).sheets[0]?.cells.B10?.fill).toBe("#FFC7CE");
    await page.click('[data-finding][data-code="list.unknown_group"]');
    await expect.poll(async () => (await dump(page)).selected).toBe("DS HN1!D11");

    // Blank lists for every conference of the bundled plan, as new sheets.
    await page.click('[data-action="new-lists"]');
    await expect.poll(() => page.locator("#status").textContent()).toMatch(/^Đã lập 12 trang danh sách/);
    const after = await dump(page);
    expect(after.active).toBe("DS đại biểu HN1");
    expect(after.sheets.map((s) => s.name)).toContain("Hỗ trợ HN6");
    // Drawing activated the first list; that activation is the pane's own, so its message stays.
    await page.waitForTimeout(300);
    expect(await page.locator("#status").textContent()).toMatch(/^Đã lập 12 trang danh sách/);
    expect(await page.locator(`section${visibleSection}`).getAttribute("data-kind")).toBe("conference-list");
    await page.close();
  });

  it("follows the user to another sheet: that sheet's section and findings show, and nothing is marked", async () => {
    const data = await officeWorkbook([
      { name: "DS HN1", rows: delegateListRows },
      { name: "Cấp phát", rows: distributionRows },
    ]);
    const page = await openTaskpane(
      browser.context,
      server.url,
      await officeStub(data),
      '[data-action="check-list"]:not([disabled])',
    );
    await expect.poll(() => page.locator("#status").textContent()).toMatch(/^Trang “DS HN1”/);
    await expect
      .poll(() => page.evaluate(() => (globalThis as unknown as FakeGlobal).__fake.workbook.activatedHandlers.size))
      .toBe(1);
    await page.evaluate(() => (globalThis as unknown as FakeGlobal).__fake.activate("Cấp phát"));
    await expect.poll(() => page.locator(`section${visibleSection}`).getAttribute("data-kind")).toBe("distribution");
    await expect
      .poll(() => page.locator("#status").textContent())
      .toMatch(/^Trang “Cấp phát” là phân phối tờ gấp: \d+ vấn đề\.$/);
    expect(await page.locator('[data-finding][data-code="distribution.duplicate_unit"][data-cell="B8"]').count()).toBe(
      1,
    );
    await page.evaluate(() => (globalThis as unknown as FakeGlobal).__fake.activate("DS HN1"));
    await expect.poll(() => page.locator(`section${visibleSection}`).getAttribute("data-kind")).toBe("conference-list");
    await expect
      .poll(() => page.locator("#status").textContent())
      .toBe("Trang “DS HN1” là danh sách đại biểu: 2 vấn đề.");
    expect((await dump(page)).sheets.flatMap((s) => Object.values(s.cells)).some((c) => c.fill)).toBe(false);
    await page.close();
  });

  it("a distribution sheet: checked against pasted weights, and a new one drawn from them", async () => {
    const data = await officeWorkbook([{ name: "Cấp phát", rows: distributionRows }]);
    const page = await openTaskpane(
      browser.context,
      server.url,
      await officeStub(data),
      '[data-action="check-distribution"]:not([disabled])',
    );
    expect(await page.locator(`section${visibleSection}`).getAttribute("data-kind")).toBe("distribution");
    await page.waitForSelector('[data-finding][data-code="distribution.duplicate_unit"][data-cell="B8"]');
    await page.fill(
      'textarea[name="weights"]',
      "Phòng Tư pháp huyện Nga Sơn,27\nPhòng Tư pháp huyện Hà Trung,20\nHuyện X,nhiều",
    );
    await page.click('[data-action="check-distribution"]');
    await page.waitForSelector('[data-finding][data-code="distribution.unknown_unit"][data-cell="B7"]');
    expect(await page.locator('[data-finding][data-code="weights.bad_weight"] .cell').textContent()).toBe("dòng 3");
    await page.fill('textarea[name="weights"]', "Phòng Tư pháp huyện Nga Sơn,27\nPhòng Tư pháp huyện Hà Trung,20");
    await page.click('[data-action="new-distribution"]');
    await expect.poll(() => page.locator("#status").textContent()).toBe("Đã lập trang phân phối “Phân phối”.");
    const drawn = (await dump(page)).sheets.find((s) => s.name === "Phân phối");
    expect(Object.values(drawn?.cells ?? {}).some((c) => c.value === "Phòng Tư pháp huyện Hà Trung")).toBe(true);
    await page.close();
  });

  it("the schedule section proposes dates and checks typed ones, each finding at its line", async () => {
    const page = await openTaskpane(browser.context, server.url, stub);
    await page.click('[data-show="schedule"]');
    expect(await page.locator(`section${visibleSection}`).getAttribute("data-kind")).toBe("schedule");
    await page.click('[data-action="propose-schedule"]');
    await expect.poll(() => page.locator("#schedule-dates li").count()).toBe(6);
    expect(await page.locator("#schedule-dates li").first().textContent()).toBe("Hội nghị 1: 16/04/2024 (thứ Ba)");
    await page.fill('textarea[name="typedDates"]', "16/04/2024\n20/04/2024");
    await page.click('[data-action="check-schedule"]');
    await page.waitForSelector('[data-finding][data-code="schedule.weekend"]');
    expect(await page.locator('[data-finding][data-code="schedule.weekend"] .cell').textContent()).toBe("dòng 2");
    // The proposal drawn on a new sheet keeps its message; checking that sheet finds nothing wrong.
    await page.click('[data-action="new-schedule"]');
    await expect.poll(() => page.textContent("#status")).toBe("Đã lập trang lịch “Lịch hội nghị”: 6 hội nghị.");
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await page.textContent("#status")).toBe("Đã lập trang lịch “Lịch hội nghị”: 6 hội nghị.");
    expect(await page.locator(`section${visibleSection}`).getAttribute("data-kind")).toBe("schedule");
    await page.click('[data-action="check-schedule-sheet"]');
    await expect.poll(() => page.textContent("#status")).toBe("Trang “Lịch hội nghị”: không có lỗi.");
    await page.close();
  });
});
