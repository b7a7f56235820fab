import { describe, expect, it, vi } from "vitest";
import { hgcsCheck, hgcsFill } from "../src/commands/commands.js";
import { session } from "../src/controller/session.js";
import type { Outcome } from "../src/controller/controller.js";
import { installFakeHost } from "./testing/fake/fakeExcel.js";
import { FakeWorkbook } from "./testing/fake/fakeWorkbook.js";
import type { Inspection } from "../src/controller/controller.js";
import { officeSheet } from "../../../tests/testing/fixtures.js";
import { afterFill, officeSheetWorkbook, totalAndWords } from "./testing/fixtureWorkbook.js";
import { officeWorkbook, supportListRows } from "./testing/officeWorkbooks.js";

const event = () =>
  ({ completed: vi.fn() }) as unknown as Office.AddinCommands.Event & { completed: ReturnType<typeof vi.fn> };

describe("ribbon commands", () => {
  it("Kiểm tra marks the sheet, selects the first error, shows the pane and completes once", async () => {
    const entry = officeSheet("du-toan-co-loi.xlsx");
    const wb = await officeSheetWorkbook(entry.file);
    const host = installFakeHost(wb);
    const show = vi.spyOn(host.Office.addin, "showAsTaskpane");
    const seen: Outcome[] = [];
    session.onInspection((i) => void (i.outcome && seen.push(i.outcome)));
    const e = event();
    await hgcsCheck(e);
    expect(e.completed).toHaveBeenCalledTimes(1);
    expect(seen.at(-1)?.findings.map((f) => f.code)).toContain("amount.mismatch");
    const firstError = seen.at(-1)?.findings.find((f) => f.severity === "error");
    expect(firstError?.at?.cell).toBeDefined();
    expect(wb.selected).toBe(`${entry.sheet}!${firstError?.at?.cell}`);
    expect(wb.syncCount).toBe(2);
    expect(show).toHaveBeenCalled();
  });

  it("Kiểm tra checks a signed support list as a list: marks, first error selected, the pane told the kind", async () => {
    const wb = FakeWorkbook.from(await officeWorkbook([{ name: "Hỗ trợ HN1", rows: supportListRows }]));
    installFakeHost(wb);
    const seen: Inspection[] = [];
    session.onInspection((i) => seen.push(i));
    const e = event();
    await hgcsCheck(e);
    expect(e.completed).toHaveBeenCalledTimes(1);
    expect(seen.at(-1)?.detected).toMatchObject({ kind: "conference-list", list: "support" });
    expect(seen.at(-1)?.outcome?.findings.map((f) => f.code)).toEqual([
      "amount.mismatch",
      "list.paid_salaried",
      "list.duplicate_person",
      "total.mismatch",
    ]);
    expect(wb.selected).toBe("Hỗ trợ HN1!G7");
    expect(wb.sheet("Hỗ trợ HN1")?.cells.get("G8")?.fill).toBe("#FFC7CE");
    // The session's last read saw the previous test's workbook: the batch naming its sheets fails and is
    // read again without them (1 sync more), then the marks.
    expect(wb.syncCount).toBe(3);
  });

  it("Điền fills and completes once", async () => {
    const entry = officeSheet("chua-dien.xlsx");
    const { totalCell } = totalAndWords(entry);
    const { total } = afterFill(entry);
    const wb = await officeSheetWorkbook(entry.file);
    installFakeHost(wb);
    const e = event();
    await hgcsFill(e);
    expect(e.completed).toHaveBeenCalledTimes(1);
    expect(wb.sheet(entry.sheet)?.cells.get(totalCell)).toMatchObject({
      formula: expect.stringMatching(/^=/),
      value: total,
    });
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
