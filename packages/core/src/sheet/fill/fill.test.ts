import { describe, expect, it } from "vitest";
import { applyEditsAndRecalculate } from "../../../../../tests/testing/spreadsheet/recalculate.js";
import { findingId } from "../../findings/finding.js";
import { fromA1 } from "../../grid/a1.js";
import type { Grid } from "../../grid/grid.js";
import { encodeTcvn3, encodeVni } from "../../text/legacy/testing/encode.js";
import { parseVietnameseWords } from "../../words/parseVietnameseWords.js";
import { checkSheet } from "../check.js";
import { fillSheet } from "./fill.js";
import { valueOf } from "../../testing/resultValue.js";
import { estimateSheet, type SheetSectionSpec } from "../testing/estimateSheet.js";
import { buildGrid, f } from "../../table/testing/gridBuilder.js";
import { sampleSections, sampleTotal } from "../testing/sampleSpec.js";

const date = "2024-02-20";
const blank = (sections: readonly SheetSectionSpec[]): SheetSectionSpec[] =>
  sections.map((s) => ({ ...s, subtotal: "empty", lines: s.lines.map((l) => ({ ...l, amount: "empty" })) }));
const value = (grid: Grid, r: number, c: number) => grid.rows[r]?.[c]?.value;

/** Fill, apply, and check the result is clean and a second fill adds nothing. */
function fillToEnd(grid: Grid, fix?: "all") {
  const { edits } = valueOf(fillSheet(grid, { date, ...(fix ? { fix } : {}) }));
  const filled = applyEditsAndRecalculate(grid, edits);
  expect(valueOf(fillSheet(filled, { date, ...(fix ? { fix } : {}) })).edits).toEqual([]);
  const errors = checkSheet(filled, { date }).findings.filter((x) => x.severity !== "info");
  expect(errors.map(findingId)).toEqual([]);
  return { edits, filled };
}

describe("fillSheet", () => {
  it("completes an empty sheet: amounts, subtotals, total and the words label", () => {
    const grid = estimateSheet({ sections: blank(sampleSections), total: "empty", words: "label" });
    const { edits, filled } = fillToEnd(grid);
    const formulas = Object.fromEntries(edits.filter((e) => e.formula).map((e) => [e.address, e.formula]));
    expect(formulas).toMatchObject({
      G7: "=D7*E7*F7",
      G8: "=D8*F8",
      G6: "=SUM(G7:G10)",
      G11: "=SUM(G12:G13)",
      G14: "=G6+G11",
    });
    expect(edits.every((e) => !e.formula || e.numberFormat === "#,##0")).toBe(true);
    expect(value(filled, 13, 6)).toBe(sampleTotal);
    expect(parseVietnameseWords(String(value(filled, 14, 0)))).toEqual({ ok: true, value: BigInt(sampleTotal) });
  });

  it("sums sub-items into their parent and counts parents once in the subtotal", () => {
    const sections: SheetSectionSpec[] = [
      {
        number: "I",
        title: "Hội nghị",
        subtotal: "empty",
        lines: [
          {
            number: "1",
            content: "Hội trường",
            amount: "empty",
            children: [
              { number: "a", content: "Thuê phòng", factors: { quantity: 2 }, rate: 100, amount: "empty" },
              { number: "b", content: "Âm thanh", factors: { quantity: 1 }, rate: 50, amount: "empty" },
            ],
          },
          { number: "2", content: "Nước", factors: { quantity: 3 }, rate: 10, amount: "empty" },
        ],
      },
    ];
    const { edits, filled } = fillToEnd(estimateSheet({ sections, total: "empty", words: "none" }));
    const formulas = Object.fromEntries(edits.filter((e) => e.formula).map((e) => [e.address, e.formula]));
    expect(formulas).toMatchObject({ G7: "=SUM(G8:G9)", G8: "=D8*F8", G6: "=SUM(G7,G10)", G11: "=G6" });
    expect(value(filled, 10, 6)).toBe(280);
    // No words line: one is added under the total.
    expect(edits.find((e) => e.address === "A12")?.answers).toBe("words.missing@Dự toán");
  });

  it("leaves typed values alone unless their finding is asked for", () => {
    const grid = buildGrid([
      ["STT", "Nội dung", "Số lượng", "Mức chi", "Thành tiền"],
      ["1", "Hội trường", 2, 10, 25],
      ["2", "Nước", 3, 5, null],
      [null, "Tổng cộng", null, null, null],
      ["Bằng chữ:"],
    ]);
    const plain = valueOf(fillSheet(grid, { date })).edits;
    // The rates and the typed amount only get their #,##0 format, values unchanged.
    expect(plain.map((e) => e.address).sort()).toEqual(["A5", "D2", "D3", "E2", "E3", "E4"]);
    expect(plain.find((e) => e.address === "E2")).toEqual({
      sheet: "Dự toán",
      address: "E2",
      value: 25,
      numberFormat: "#,##0",
    });
    const id = "amount.mismatch@Dự toán!E2";
    const fixed = valueOf(fillSheet(grid, { date, fix: [id] })).edits;
    expect(fixed.find((e) => e.address === "E2")).toMatchObject({ formula: "=C2*D2", answers: id });
    fillToEnd(grid, "all");
  });

  it("turns text numbers a fix formula reads into numbers, in a thousands table", () => {
    const grid = buildGrid([
      ["Đơn vị tính: 1.000 đồng"],
      ["STT", "Nội dung", "Số lượng", "Đơn giá", "Thành tiền"],
      ["1", "In tờ gấp", "25.000", "1,2", "3.000"],
      [null, "Tổng cộng", null, null, "3.000"],
      ["Bằng chữ: Ba triệu đồng"],
    ]);
    const { edits, filled } = fillToEnd(grid, "all");
    expect(edits).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ address: "C3", value: 25_000 }),
        expect.objectContaining({ address: "D3", value: 1.2 }),
        expect.objectContaining({ address: "E3", formula: "=C3*D3" }),
      ]),
    );
    expect(value(filled, 3, 4)).toBe(30_000);
    expect(String(value(filled, 4, 0))).toBe("Bằng chữ: Ba mươi triệu đồng./.");
  });

  it("gives every formula it writes its computed result", () => {
    const grid = estimateSheet({ sections: blank(sampleSections), total: "empty", words: "label" });
    const { edits, filled } = fillToEnd(grid);
    const formulas = edits.filter((e) => e.formula !== undefined);
    expect(formulas.length).toBeGreaterThan(5);
    for (const e of formulas) {
      const at = fromA1(e.address);
      expect(e.value, e.address).toBe(at && value(filled, at.row, at.col));
    }
  });

  it("with every fix, turns right typed amounts into their formulas, never into other values", () => {
    const grid = buildGrid([
      ["STT", "Nội dung", "Số lượng", "Đơn giá", "Thành tiền"],
      ["1", "In tờ gấp", 25, 1_200, 30_000],
      // No factors: the rate alone is no shape of this typed lump sum.
      ["2", "Thiết kế, dàn trang", null, 1_000, 5_000],
      // Rounded to thousands by its own formula: the plain product would be 99.999.
      ["3", "In áp phích", 3, 33_333, f("ROUND(C4*D4,-3)", 100_000)],
      [null, "Tổng cộng", null, null, 135_000],
    ]);
    const { edits } = valueOf(fillSheet(grid, { date, fix: "all" }));
    const filled = applyEditsAndRecalculate(grid, edits);
    expect(valueOf(fillSheet(filled, { date, fix: "all" })).edits).toEqual([]);
    const byCell = new Map(edits.map((e) => [e.address, e]));
    expect(byCell.get("E2")).toMatchObject({ formula: "=C2*D2", value: 30_000 });
    expect(byCell.get("E3")?.formula).toBeUndefined();
    expect(byCell.get("E4")?.formula).toBeUndefined();
    expect(byCell.get("E5")).toMatchObject({ formula: "=SUM(E2:E4)", value: 135_000 });
    expect([1, 2, 3, 4].map((r) => value(filled, r, 4))).toEqual([30_000, 5_000, 100_000, 135_000]);
  });

  it("reads contingency, VAT and rounding as adjustments: no false error, and the total keeps them", () => {
    const grid = buildGrid([
      ["STT", "Nội dung", "Số lượng", "Đơn giá", "Thành tiền"],
      ["I", "Chi phí in", null, null, f("SUM(E3:E4)", 33_000)],
      ["1", "In tờ gấp", 25, 1_200, f("C3*D3", 30_000)],
      ["2", "In áp phích", 2, 1_500, f("C4*D4", 3_000)],
      ["II", "Chi phí dự phòng 10 %", null, null, f("E2*10/100", 3_300)],
      ["III", "Thuế GTGT 10 %", null, "10%", f("(E2+E5)*10/100", 3_630)],
      [null, "Làm tròn", null, null, -30],
      [null, "Tổng cộng (I + II + III)", null, null, f("E2+E5+E6+E7", 39_900)],
    ]);
    const checked = checkSheet(grid, { date });
    expect(checked.findings.filter((x) => x.severity !== "info").map(findingId)).toEqual(["words.missing@Dự toán"]);
    expect(valueOf(checked).estimate.adjustments?.map((a) => [a.kind, a.amount])).toEqual([
      ["percentage", { declared: 3_300, computed: 3_300 }],
      ["percentage", { declared: 3_630, computed: 3_630 }],
      ["correction", { declared: -30, computed: -30 }],
    ]);
    expect(valueOf(checked).estimate.amount).toEqual({ declared: 39_900, computed: 39_900 });
    const { edits, filled } = fillToEnd(grid, "all");
    expect(edits.filter((e) => e.formula !== undefined)).toEqual([]);
    expect([1, 4, 5, 6].map((r) => value(filled, r, 4))).toEqual([33_000, 3_300, 3_630, -30]);
    expect(value(filled, 7, 4)).toBe(39_900);
  });

  it("reads a flat table's 'Cộng' above a VAT line as the lines' sum, and the total over both", () => {
    const grid = buildGrid([
      ["STT", "Nội dung", "Số lượng", "Đơn giá", "Thành tiền"],
      ["1", "In tờ gấp", 25, 1_200, f("C2*D2", 30_000)],
      ["2", "In áp phích", 2, 1_500, f("C3*D3", 3_000)],
      [null, "Cộng", null, null, f("SUM(E2:E3)", 33_000)],
      [null, "Thuế GTGT 10 %", null, null, f("E4*10/100", 3_300)],
      [null, "Tổng cộng", null, null, f("E4+E5", 36_300)],
    ]);
    const checked = checkSheet(grid, { date });
    expect(checked.findings.filter((x) => x.severity !== "info").map(findingId)).toEqual(["words.missing@Dự toán"]);
    expect(valueOf(checked).estimate.adjustments?.[0]?.amount).toEqual({ declared: 3_300, computed: 3_300 });
    const { edits, filled } = fillToEnd(grid, "all");
    expect(edits.filter((e) => e.formula !== undefined)).toEqual([]);
    expect(value(filled, 5, 4)).toBe(36_300);
  });

  it("writes a total that adds the adjustments when the total is blank", () => {
    const grid = buildGrid([
      ["STT", "Nội dung", "Số lượng", "Đơn giá", "Thành tiền"],
      ["I", "Chi phí in", null, null, f("SUM(E3:E3)", 30_000)],
      ["1", "In tờ gấp", 25, 1_200, f("C3*D3", 30_000)],
      ["II", "Thuế GTGT 10 %", null, null, f("E2*10/100", 3_000)],
      [null, "Tổng cộng (I + II)", null, null, null],
    ]);
    const { edits, filled } = fillToEnd(grid);
    expect(edits.find((e) => e.address === "E5")?.formula).toBe("=E2+E4");
    expect(value(filled, 4, 4)).toBe(33_000);
  });

  it("fills a flat table without sections, its total a SUM over the lines", () => {
    const grid = buildGrid([
      ["STT", "Nội dung", "Số lượng", "Mức chi", "Thành tiền"],
      ["1", "Hội trường", 2, { value: 10, numberFormat: "#,##0" }, null],
      ["2", "Nước", 1, { value: 5, numberFormat: "#,##0" }, null],
      [null, "Cộng:", null, null, null],
    ]);
    const { edits, filled } = fillToEnd(grid);
    expect(edits.find((e) => e.address === "E4")?.formula).toBe("=SUM(E2:E3)");
    expect(value(filled, 3, 4)).toBe(25);
  });

  it("nests sections under letter groups: A over I and II, B over III", () => {
    const grid = buildGrid([
      ["STT", "Nội dung", "Số lượng", "Mức chi", "Thành tiền"],
      ["A", "Hội nghị"],
      ["I", "Hội trường"],
      ["1", "Thuê hội trường", 2, 10],
      ["2", "Âm thanh", 1, 5],
      ["II", "Nước uống"],
      ["1", "Nước", 3, 2],
      ["B", "Tờ gấp"],
      ["III", "In ấn"],
      ["1", "In tờ gấp", 100, 1],
      [null, "TỔNG CỘNG"],
    ]);
    const { edits, filled } = fillToEnd(grid);
    const formulas = Object.fromEntries(edits.filter((e) => e.formula).map((e) => [e.address, e.formula]));
    expect(formulas).toMatchObject({
      E3: "=SUM(E4:E5)",
      E6: "=SUM(E7)",
      E2: "=E3+E6",
      E9: "=SUM(E10)",
      E8: "=E9",
      E11: "=E2+E8",
    });
    expect(value(filled, 10, 4)).toBe(131);
    const rows = filled.rows.map((r) => [...(r ?? [])]);
    rows[1] = [...(rows[1] ?? [])];
    rows[1][4] = { value: 30 };
    const findings = checkSheet({ ...filled, rows }, { date }).findings.map(findingId);
    expect(findings).toContain("subtotal.mismatch@Dự toán!E2");
  });

  it("gives words it writes into a TCVN3 or VNI cell a Unicode font, and leaves Unicode cells' fonts alone", () => {
    const sheet = (font: string, label: string) =>
      buildGrid([
        ["STT", "Nội dung", "Số lượng", "Mức chi", "Thành tiền"],
        ["1", "Hội trường", 2, { value: 10, numberFormat: "#,##0" }, null],
        [null, "Tổng cộng", null, null, null],
        [{ value: label, font }],
      ]);
    for (const [font, label] of [
      [".VnTime", encodeTcvn3("Bằng chữ:")],
      ["VNI-Times", encodeVni("Bằng chữ:")],
    ] as const) {
      const words = valueOf(fillSheet(sheet(font, label), { date })).edits.find((e) => e.address === "A4");
      expect(words?.font, font).toBe("Times New Roman");
      expect(String(words?.value)).toMatch(/^Bằng chữ: Hai mươi đồng/);
    }
    const unicode = buildGrid([
      ["STT", "Nội dung", "Số lượng", "Mức chi", "Thành tiền"],
      ["1", "Hội trường", 2, { value: 10, numberFormat: "#,##0" }, { value: null, font: ".VnTime" }],
      [null, "Tổng cộng", null, null, null],
      [{ value: "Bằng chữ:", font: "Arial" }],
    ]);
    // Numbers and formulas need no font, whatever the cell's; Unicode text cells keep theirs.
    expect(valueOf(fillSheet(unicode, { date })).edits.filter((e) => e.font)).toEqual([]);
  });

  it("does nothing without a table", () => {
    const grid = buildGrid([["Ghi chú"], [f("A1", 0)]]);
    expect(fillSheet(grid)).toEqual({ ok: false, findings: [expect.objectContaining({ code: "table.not_found" })] });
  });
});
