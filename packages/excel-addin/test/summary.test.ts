import { describe, expect, it } from "vitest";
import { officeSheetGrid } from "../../../tests/testing/fixtures.js";
import { Controller } from "../src/controller/controller.js";
import { estimateSummary } from "../src/controller/kindChecks.js";
import { bundledPlan } from "../src/controller/session.js";
import { allocationOf, defaultSettings, settingsFrom } from "../src/controller/settings.js";
import { isDark } from "../src/taskpane/theme.js";
import { installFakeHost } from "./testing/fake/fakeExcel.js";
import { FakeWorkbook } from "./testing/fake/fakeWorkbook.js";
import { officeSheetWorkbook } from "./testing/fixtureWorkbook.js";

const plan = bundledPlan();

describe("the summary a check gives", () => {
  it("du-toan-chuan.xlsx: its total, its parts at their cells, and the allocation the settings give", async () => {
    const grid = await officeSheetGrid("du-toan-chuan.xlsx");
    const summary = estimateSummary(grid, { ...defaultSettings, allocation: "600000000" }, plan);
    expect(summary?.total).toBe(568_750_000);
    expect(summary?.allocation).toEqual({ allocated: 600_000_000, remaining: 31_250_000 });
    expect(summary?.categories.reduce((sum, c) => sum + c.amount, 0)).toBe(568_750_000);
    const meal = summary?.categories.find((c) => c.category === "meal_support");
    expect(meal?.lines.every((l) => l.sheet === "Dự toán" && /^G\d+$/.test(l.cell ?? ""))).toBe(true);
    // Six one-day conferences of 320 delegates.
    expect(summary?.perConference).toBe(Math.round(568_750_000 / 6));
    expect(summary?.perDelegateDay).toBe(Math.round(568_750_000 / 1920));
  });

  it("comes with the check's outcome, and none when the sheet has no estimate", async () => {
    installFakeHost(await officeSheetWorkbook("du-toan-chuan.xlsx"));
    const checked = await new Controller().check(defaultSettings, plan);
    expect(checked.summary?.total).toBe(568_750_000);
    installFakeHost(FakeWorkbook.from({ sheets: [{ name: "Ghi chú", cells: { A1: { value: "Ghi chú" } } }] }));
    expect((await new Controller().check(defaultSettings, plan)).summary).toBeUndefined();
  });

  it("an empty sheet is a first run, not a problem", async () => {
    installFakeHost(FakeWorkbook.from({ sheets: [{ name: "Sheet1", cells: {} }] }));
    const inspection = await new Controller().inspect({ settings: defaultSettings, plan });
    expect(inspection.blank).toBe(true);
  });
});

describe("selecting a part's lines", () => {
  it("selects every cell at once where ExcelApi 1.9 allows, else only the first", async () => {
    const wb = await officeSheetWorkbook("du-toan-chuan.xlsx");
    installFakeHost(wb);
    expect(await new Controller().selectAll("Dự toán", ["G14", "G15"])).toBe(true);
    expect(wb.selected).toBe("Dự toán!G14,G15");
    installFakeHost(wb, { supported: { ExcelApi: "1.8" } });
    expect(await new Controller().selectAll("Dự toán", ["G16", "G17"])).toBe(false);
    expect(wb.selected).toBe("Dự toán!G16");
  });
});

describe("settings and theme", () => {
  it("keeps an allocation of digits only, and reads it in đồng", () => {
    expect(settingsFrom({ allocation: "600000000" }).allocation).toBe("600000000");
    expect(settingsFrom({ allocation: "6e8" }).allocation).toBe("");
    expect(allocationOf({ ...defaultSettings, allocation: "600000000" })).toBe(600_000_000);
    expect(allocationOf(defaultSettings)).toBeUndefined();
  });

  it("tells a dark Office theme by its background", () => {
    expect(isDark("#292929")).toBe(true);
    expect(isDark("#000000")).toBe(true);
    expect(isDark("#FFFFFF")).toBe(false);
    expect(isDark("#E6E6E6")).toBe(false);
    expect(isDark("not a colour")).toBe(false);
  });
});
