// The pane at a glance, in real Chromium over the Excel fake: the summary card and the budget's picture against
// the totals written in the project's own workbooks, at Excel's task-pane widths (320, 350 px) and wider,
// with no sideways scroll, an axe-core scan, Office's dark theme, the keyboard paths and the first run.
import { mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { officeSheets } from "../../../tests/testing/fixtures.js";
import type { SheetExpectation } from "../../../tests/testing/sheetCorpus.js";
import type { FakeOfficeTheme } from "./testing/fake/fakeExcel.js";
import type { FakeWorkbookData } from "./testing/fake/fakeWorkbook.js";
import { openBrowser, officeStub, openTaskpane, serve } from "./testing/browser.js";
import { buildAddin, removeBuild, type BuiltAddin } from "./testing/builtAddin.js";
import { officeSheetWorkbookData } from "./testing/fixtureWorkbook.js";

const resultsDir = join(import.meta.dirname, "..", "test-results");
const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const estimates = officeSheets().entries.filter((e) => e.kind === "estimate");

let server: { url: string; close: () => Promise<void> };
let browser: Awaited<ReturnType<typeof openBrowser>>;
let built: BuiltAddin;

beforeAll(async () => {
  built = await buildAddin();
  server = await serve(built.outDir);
  browser = await openBrowser();
  mkdirSync(resultsDir, { recursive: true });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  removeBuild(built);
});

const pins = (entry: SheetExpectation, code: string) => entry.expect.some((r) => r.code === code);

/**
 * The total the workbook's author wrote (its total cell, in đồng), or what it must read once filled. A total
 * that adds the subtotals and their lines both (total.double_count) is twice the estimate's.
 */
function writtenTotal(entry: SheetExpectation, data: FakeWorkbookData): number {
  if (entry.afterFill) return entry.afterFill.total;
  const doubled = pins(entry, "total.double_count") ? 2 : 1;
  const cell = entry.totalCell ? data.sheets[0]?.cells[entry.totalCell] : undefined;
  const raw = cell?.value;
  const value =
    typeof raw === "number"
      ? raw
      : Number(
          String(raw ?? "")
            .replace(/\./g, "")
            .replace(",", "."),
        );
  if (!Number.isFinite(value)) throw new Error(`${entry.file}: no total at ${entry.totalCell ?? "?"}`);
  return Math.round((value * (entry.scale ?? 1)) / doubled);
}

async function open(data: FakeWorkbookData, width: number, theme?: FakeOfficeTheme, ready?: string): Promise<Page> {
  const page = await openTaskpane(browser.context, server.url, await officeStub(data, "vi-VN", theme), ready);
  await page.setViewportSize({ width, height: 900 });
  return page;
}

const sidewaysScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** axe-core's serious and critical violations of the rendered pane, as "rule: target" lines. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (root: Document) => Promise<AxeResults> } }).axe;
    return (await axe.run(document)).violations;
  });
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(" ")}`));
}

interface AxeResults {
  violations: { id: string; impact?: string | null; nodes: { target: string[] }[] }[];
}

describe("the summary and the picture over the project's workbooks, at 320 px", () => {
  for (const entry of estimates) {
    it(`${entry.file}: the card's and the picture's totals are the workbook's own`, async () => {
      const data = await officeSheetWorkbookData(entry.file);
      const expected = writtenTotal(entry, data);
      const page = await open(data, 320);
      await page.click('[data-action="check"]');
      const card = page.locator("[data-summary]");
      await card.waitFor();
      expect(Number(await card.getAttribute("data-total"))).toBe(expected);
      // The picture is the lines, each in one kind of spending: the same total unless a subtotal leaves some out.
      const chart = page.locator("svg[data-chart]");
      const pictured = Number(await chart.getAttribute("data-total"));
      const parts = await chart
        .locator("rect[data-amount]")
        .evaluateAll((rects) => rects.map((r) => Number(r.getAttribute("data-amount"))));
      expect(parts.reduce((a, b) => a + b, 0)).toBe(pictured);
      if (pins(entry, "subtotal.mismatch") || pins(entry, "formula.range_omits_rows"))
        expect(pictured).toBeGreaterThan(expected);
      else expect(pictured).toBe(expected);
      expect(await card.locator("[data-figure=total]").textContent()).toBe(`${expected.toLocaleString("de-DE")} đ`);
      expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
      await page.close();
    });
  }
});

describe("any width", () => {
  const errors = estimates.find((e) => e.file === "du-toan-co-loi.xlsx");

  for (const width of [320, 350, 500]) {
    it(`at ${width} px nothing scrolls sideways, buttons and messages wrap, and axe finds nothing serious`, async () => {
      if (!errors) throw new Error("du-toan-co-loi.xlsx is not in expected.json");
      const page = await open(await officeSheetWorkbookData(errors.file), width);
      await page.click('[data-action="check"]');
      await page.waitForSelector("[data-finding]");
      await page.waitForSelector("[data-summary]");
      expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
      // No element reaches past the pane's right edge.
      const overflowing = await page.evaluate((w) => {
        const out: string[] = [];
        for (const node of document.body.querySelectorAll<HTMLElement>("*")) {
          const box = node.getBoundingClientRect();
          if (box.width > 0 && box.right > w + 0.5) out.push(`${node.tagName}.${node.className}`);
        }
        return out;
      }, width);
      expect(overflowing).toEqual([]);
      // The cell badges keep their address on one line.
      const badges = await page
        .locator("[data-finding] .cell")
        .evaluateAll((cells) => cells.map((c) => c.getBoundingClientRect().height));
      for (const h of badges) expect(h).toBeLessThan(30);
      await page.screenshot({ path: join(resultsDir, `taskpane-${width}.png`), fullPage: true });
      // The first screen, as Excel shows it before scrolling (the guide's and the README's picture).
      await page.screenshot({
        path: join(resultsDir, `taskpane-${width}-top.png`),
        clip: { x: 0, y: 0, width, height: 900 },
      });
      expect(await seriousViolations(page)).toEqual([]);
      await page.close();
    });
  }
});

describe("Office's theme and the keyboard", () => {
  const dark: FakeOfficeTheme = {
    bodyBackgroundColor: "#292929",
    bodyForegroundColor: "#FFFFFF",
    controlBackgroundColor: "#1F1F1F",
    controlForegroundColor: "#FFFFFF",
  };

  it("follows Office's dark theme, and axe finds nothing serious in it", async () => {
    const page = await open(await officeSheetWorkbookData("du-toan-co-loi.xlsx"), 320, dark);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe("dark");
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe("rgb(41, 41, 41)");
    await page.click('[data-action="check"]');
    await page.waitForSelector("[data-summary]");
    await page.waitForSelector("[data-finding]");
    await page.screenshot({ path: join(resultsDir, "taskpane-dark-320.png"), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it("Windows high contrast: the system's colours, and axe finds nothing serious", async () => {
    const page = await open(await officeSheetWorkbookData("du-toan-co-loi.xlsx"), 320);
    await page.emulateMedia({ forcedColors: "active" });
    await page.click('[data-action="check"]');
    await page.waitForSelector("[data-summary]");
    expect(await page.evaluate(() => matchMedia("(forced-colors: active)").matches)).toBe(true);
    await page.screenshot({ path: join(resultsDir, "taskpane-high-contrast-320.png"), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it("a light theme keeps the light palette", async () => {
    const light = { ...dark, bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "#242424" };
    const page = await open(await officeSheetWorkbookData("du-toan-chuan.xlsx"), 320, light);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe("light");
    await page.close();
  });

  it("check, a finding, a part of the picture and the tabs all work from the keyboard, focus visible", async () => {
    const data = await officeSheetWorkbookData("du-toan-chuan.xlsx");
    const page = await open(data, 320);
    const focused = () =>
      page.evaluate(() => {
        const a = document.activeElement as HTMLElement | null;
        return a?.dataset.action ?? a?.dataset.show ?? a?.dataset.category ?? a?.dataset.finding ?? a?.tagName;
      });
    // Tab to the check button and press Enter.
    for (let i = 0; i < 10 && (await focused()) !== "check"; i++) await page.keyboard.press("Tab");
    expect(await focused()).toBe("check");
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
    expect(outline).not.toBe("none");
    await page.keyboard.press("Enter");
    await page.waitForSelector("[data-summary]");
    await page.waitForSelector("[data-finding]");
    // The picture's hall part selects both of its lines at once (ExcelApi 1.9's areas).
    await page.focus('button[data-category="hall"]');
    await page.keyboard.press("Enter");
    await expect.poll(async () => (await dump(page)).selected).toMatch(/^Dự toán!G\d+,G\d+$/);
    expect(await page.locator("#status").textContent()).toBe("Đã chọn 2 ô của “Hội trường, trang trí”.");
    // A finding row: Enter selects its cell.
    const row = page.locator("[data-finding]").first();
    const cell = await row.getAttribute("data-cell");
    await row.focus();
    await page.keyboard.press("Enter");
    await expect.poll(async () => (await dump(page)).selected).toBe(`Dự toán!${cell}`);
    // The findings are lists a screen reader can walk.
    expect(await page.locator("#findings ul > li[data-finding]").count()).toBeGreaterThan(0);
    // "?" opens the accountants' guide, served with the pane.
    const help = await page.locator("[data-help]").getAttribute("href");
    expect(await page.locator("[data-help]").getAttribute("aria-label")).toBe("Hướng dẫn sử dụng");
    const guide = await page.request.get(`${server.url}/${help ?? ""}`);
    expect(guide.status()).toBe(200);
    expect(await guide.text()).toContain("Bảng các vấn đề");
    // The tabs: arrows move between sections.
    await page.focus('[data-show="estimate"]');
    await page.keyboard.press("ArrowRight");
    expect(await focused()).toBe("conference-list");
    expect(await page.locator('section[data-kind="conference-list"]').isVisible()).toBe(true);
    await page.close();
  });
});

describe("first run", () => {
  it("an empty workbook: two lines on what the pane does, a new estimate or the example, and no error", async () => {
    const page = await open(
      { sheets: [{ name: "Sheet1", cells: {} }] },
      320,
      undefined,
      '[data-first-run]:not([hidden]) [data-action="example-sheet"]:not([disabled])',
    );
    expect(await page.locator("#status.notice, #status.failure").count()).toBe(0);
    expect(await page.locator("[data-first-run] p").count()).toBe(2);
    await page.screenshot({ path: join(resultsDir, "taskpane-first-run-320.png"), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
    await page.click('[data-first-run] [data-action="example-sheet"]');
    await expect.poll(() => page.locator("#status").textContent()).toMatch(/Ví dụ dự toán/);
    const drawn = (await dump(page)).sheets.find((s) => s.name === "Ví dụ dự toán");
    const texts = Object.values(drawn?.cells ?? {}).map((c) => String(c.value ?? ""));
    expect(texts.some((t) => t.startsWith("VÍ DỤ (đơn giá minh họa"))).toBe(true);
    await page.close();
  });
});

const dump = (page: Page) =>
  page.evaluate(() => (globalThis as unknown as { __fake: { dump: () => FakeWorkbookData } }).__fake.dump());
