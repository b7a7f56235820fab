// What fill writes on particular example sheets, cell by cell (the corpus runner checks every sheet's
// fill in general: idempotent, no typed value changed unasked, a clean result).
import { fillSheet, parsePlan, parseVietnameseWords } from "@hgcs/core";
import { describe, expect, it } from "vitest";
import { valueOf } from "../../packages/core/src/testing/resultValue.js";
import { examplePlanJson, officeSheet, officeSheetGrid } from "../testing/fixtures.js";

const plan = valueOf(parsePlan(examplePlanJson()));

describe("fill on the example office sheets", () => {
  it("chua-dien.xlsx: amounts from the factor columns present, SUM subtotals, the total and the words", async () => {
    const entry = officeSheet("chua-dien.xlsx");
    const grid = await officeSheetGrid(entry.file);
    const byAddress = new Map(valueOf(fillSheet(grid, { plan })).edits.map((e) => [e.address, e]));
    expect(byAddress.get("G12")).toMatchObject({ formula: "=D12*E12*F12", numberFormat: "#,##0" });
    expect(byAddress.get("G13")?.formula).toBe("=D13*F13");
    expect(byAddress.get("G11")?.formula).toBe("=SUM(G12:G19)");
    expect(byAddress.get("G20")?.formula).toBe("=SUM(G21:G22)");
    expect(byAddress.get(entry.totalCell ?? "")?.formula).toBe("=G11+G20");
    expect(byAddress.get(entry.wordsCell ?? "")?.answers).toMatch(/^words\.missing@/);
  });

  it("phong-tu-phap-tcvn3.xlsx: the Unicode words written into a TCVN3 cell get a Unicode font", async () => {
    const entry = officeSheet("phong-tu-phap-tcvn3.xlsx");
    const grid = await officeSheetGrid(entry.file);
    const { edits } = valueOf(fillSheet(grid, { fix: "all" }));
    const words = edits.find((e) => e.address === entry.wordsCell);
    expect(words).toMatchObject({ font: "Times New Roman" });
    // The typed subtotal F11 (51.400.000) is replaced by the SUM of its lines (53.000.000): the total rises by 1.600.000.
    expect(parseVietnameseWords(String(words?.value))).toEqual({ ok: true, value: 58_000_000n });
    // Numbers and formulas need no font.
    expect(edits.filter((e) => e.font).map((e) => e.address)).toEqual([entry.wordsCell]);
  });

  it("du-toan-co-loi.xlsx: fixes only the findings asked for", async () => {
    const grid = await officeSheetGrid("du-toan-co-loi.xlsx");
    const id = "formula.range_omits_rows@Dự toán!G12";
    const { edits } = valueOf(fillSheet(grid, { plan, fix: [id] }));
    expect(edits).toContainEqual(expect.objectContaining({ address: "G12", formula: "=SUM(G13:G22)", answers: id }));
    expect(edits.find((e) => e.address === "G16")).toBeUndefined();
    expect(edits.find((e) => e.address === "A28")).toBeUndefined();
  });

  it("du-toan-co-loi.xlsx: what is left to report after a fix — no notes, nothing at a rewritten cell", async () => {
    const grid = await officeSheetGrid("du-toan-co-loi.xlsx");
    const { unresolved } = valueOf(fillSheet(grid, { plan, fix: ["formula.range_omits_rows@Dự toán!G12"] }));
    const left = unresolved.map((f) => `${f.code}@${f.at?.cell}`);
    // G12 is rewritten, so neither of its findings is left; the others are, notes aside.
    expect(left.sort()).toEqual(
      ["amount.mismatch@G16", "formula.hardcoded@G16", "rate.over_cap@F18", "words.mismatch@A28"].sort(),
    );
  });
});
