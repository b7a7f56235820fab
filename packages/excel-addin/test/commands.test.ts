import { describe, expect, it, vi } from "vitest";
import { hgcsCheck, hgcsFill } from "../src/commands/commands.js";
import { session } from "../src/controller/session.js";
import type { Outcome } from "../src/controller/controller.js";
import { installFakeHost } from "./fake/fakeExcel.js";
import { FakeWorkbook } from "./fake/fakeWorkbook.js";
import { fixtureWorkbook } from "./support/fixtureWorkbook.js";

const event = () => ({ completed: vi.fn() }) as unknown as Office.AddinCommands.Event & { completed: ReturnType<typeof vi.fn> };

describe("ribbon commands", () => {
  it("Kiểm tra marks the sheet, selects the first error, shows the pane and completes once", async () => {
    const wb = await fixtureWorkbook("so-tu-phap-2024-loi.xlsx");
    const host = installFakeHost(wb);
    const show = vi.spyOn(host.Office.addin, "showAsTaskpane");
    const seen: Outcome[] = [];
    session.onOutcome((o) => seen.push(o));
    const e = event();
    await hgcsCheck(e);
    expect(e.completed).toHaveBeenCalledTimes(1);
    expect(seen.at(-1)?.findings.map((f) => f.code)).toContain("amount.mismatch");
    const firstError = seen.at(-1)?.findings.find((f) => f.severity === "error");
    expect(wb.selected).toBe(`Dự toán!${firstError?.at?.cell}`);
    expect(wb.syncCount).toBe(2);
    expect(show).toHaveBeenCalled();
  });

  it("Điền fills and completes once", async () => {
    const wb = await fixtureWorkbook("chua-dien.xlsx");
    installFakeHost(wb);
    const e = event();
    await hgcsFill(e);
    expect(e.completed).toHaveBeenCalledTimes(1);
    expect(wb.sheet("Dự toán")?.cells.get("G27")?.formula).toMatch(/^=/);
  });

  it("completes even when Excel fails, and reports the error to the pane", async () => {
    const host = installFakeHost(FakeWorkbook.from({ sheets: [{ name: "S", cells: {} }] }));
    host.Excel.run = () => Promise.reject(new Error("RichApi.Error: the workbook is being edited"));
    const errors: string[] = [];
    session.onError((m) => errors.push(m));
    for (const command of [hgcsCheck, hgcsFill]) {
      const e = event();
      await command(e);
      expect(e.completed).toHaveBeenCalledTimes(1);
    }
    expect(errors.at(-1)).toMatch(/workbook is being edited/);
  });
});
