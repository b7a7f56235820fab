import { describe, expect, it } from "vitest";
import { createFakeHost } from "./fakeExcel.js";
import { FakeWorkbook, type FakeSheetData } from "./fakeWorkbook.js";

/** Writes formulas (or values) into cells of a fake workbook through its Excel API, in one batch. */
async function write(wb: FakeWorkbook, cells: Record<string, string | number | null>, sheet = "S"): Promise<void> {
  const { Excel } = createFakeHost(wb);
  await Excel.run(async (context: Excel.RequestContext) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    for (const [address, content] of Object.entries(cells)) ws.getRange(address).formulas = [[content]];
    await context.sync();
  });
}

const workbook = (...sheets: FakeSheetData[]) => FakeWorkbook.from({ sheets });
const value = (wb: FakeWorkbook, address: string, sheet = "S") => wb.sheet(sheet)?.cells.get(address)?.value;

describe("the fake's recalculation (the tests' shared evaluator)", () => {
  it("computes written formulas and the loaded formulas that read written cells, through chains", async () => {
    const wb = workbook({
      name: "S",
      cells: {
        A1: { value: 2 },
        B1: { value: 3 },
        D1: { value: 0, formula: "=C1+1" },
        E1: { value: 0, formula: "=D1*2" },
      },
    });
    await write(wb, { C1: "=A1*B1" });
    expect([value(wb, "C1"), value(wb, "D1"), value(wb, "E1")]).toEqual([6, 7, 14]);
    await write(wb, { A1: 10 });
    expect([value(wb, "C1"), value(wb, "D1"), value(wb, "E1")]).toEqual([30, 31, 62]);
  });

  it("leaves loaded formulas that read nothing written as loaded, whatever they use", async () => {
    const wb = workbook({
      name: "S",
      cells: {
        A1: { value: 2 },
        B1: { value: 99, formula: "=INT(A1)" },
        C1: { value: 5, formula: "=A1*2" },
        D1: { value: 7, formula: "='Other'!A1" },
      },
    });
    await write(wb, { F1: "=SUM(A1:A3)" });
    expect([value(wb, "F1"), value(wb, "B1"), value(wb, "C1"), value(wb, "D1")]).toEqual([2, 99, 5, 7]);
  });

  it("fails the batch when code writes a formula the evaluator cannot compute", async () => {
    const sheet = { name: "S", cells: { A1: { value: 2 } } };
    await expect(write(workbook(sheet), { B1: "=INT(A1)" })).rejects.toThrow(/Cannot compute "=INT\(A1\)" in S!B1/);
    await expect(write(workbook(sheet), { B2: "=Other!A1" })).rejects.toThrow(/another sheet/);
  });

  it("fails the batch when a write makes a loaded formula it cannot compute recompute", async () => {
    const wb = workbook(
      { name: "S", cells: { A1: { value: 2 }, B1: { value: 2, formula: "=INT(A1)" } } },
      { name: "T", cells: { A1: { value: 2, formula: "=S!A1" } } },
    );
    await expect(write(wb, { A1: 3 })).rejects.toThrow(/"=INT\(A1\)" in S!B1/);
    const other = workbook(
      { name: "S", cells: { A1: { value: 2 } } },
      { name: "T", cells: { A1: { value: 2, formula: "='S'!A1*2" } } },
    );
    await expect(write(other, { A1: 3 })).rejects.toThrow(/in T!A1: a reference to another sheet/);
  });

  it("shows Excel's error values as Excel does", async () => {
    const wb = workbook({ name: "S", cells: { A1: { value: "abc" }, C1: { value: "#REF!" } } });
    await write(wb, { B1: "=A1*2", B2: "=1/0", B3: "=C1+1", B4: "=B1+1" });
    expect(["B1", "B2", "B3", "B4"].map((a) => value(wb, a))).toEqual(["#VALUE!", "#DIV/0!", "#REF!", "#VALUE!"]);
  });
});
