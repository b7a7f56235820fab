import { describe, expect, it } from "vitest";
import { findingId, type Finding } from "../findings/finding.js";
import { valueOf } from "../testing/resultValue.js";
import { checkSheet } from "./check.js";
import { estimateSheet } from "./testing/estimateSheet.js";
import type { Cell } from "../grid/grid.js";
import { buildGrid, f, type CellSpec } from "../table/testing/gridBuilder.js";
import { sampleSections, sampleSpec } from "./testing/sampleSpec.js";

const ids = (findings: readonly Finding[], severity?: string) =>
  findings.filter((x) => !severity || x.severity === severity).map(findingId);
const date = "2024-02-20";

describe("checkSheet", () => {
  it("finds nothing wrong in a correct sheet", () => {
    const checked = checkSheet(estimateSheet(sampleSpec), { date });
    const { table, estimate } = valueOf(checked);
    expect(table.headerCell).toBe("A5");
    expect(estimate.sections).toHaveLength(2);
    expect(ids(checked.findings).filter((id) => !id.startsWith("rate.cap_unverified"))).toEqual([]);
  });

  it("takes a rounded line formula's result as the line's amount: ROUND(…, -3) and, in thousands, ROUND(…, 0)", () => {
    const sheet = (caption: string, rates: [number, number], amounts: [Cell, Cell], total: number) =>
      buildGrid([
        [caption],
        ["STT", "Nội dung", "Số lượng", "Đơn giá", "Thành tiền"],
        ["1", "In tờ gấp", 3, rates[0], amounts[0]],
        ["2", "In áp phích", 7, rates[1], amounts[1]],
        [null, "Tổng cộng", null, null, f("SUM(E3:E4)", total)],
      ]);
    const dong = sheet(
      "Đơn vị tính: đồng",
      [33_333, 1_111],
      [f("ROUND(C3*D3,-3)", 100_000), f("ROUNDUP(C4*D4;-3)", 8_000)],
      108_000,
    );
    expect(ids(checkSheet(dong, { date }).findings, "error")).toEqual([]);
    expect(valueOf(checkSheet(dong, { date })).estimate.sections[0]?.lines.map((l) => l.amount)).toEqual([
      { declared: 100_000, computed: 100_000 },
      { declared: 8_000, computed: 8_000 },
    ]);
    // In thousands, ROUND(…, 0) rounds to a thousand đồng.
    const thousands = sheet(
      "Đơn vị tính: 1.000 đồng",
      [33.333, 1.111],
      [f("ROUND(C3*D3,0)", 100), f("C4*D4", 7.777)],
      107.777,
    );
    expect(ids(checkSheet(thousands, { date }).findings, "error")).toEqual([]);
  });

  it("applies the scale to caps: 250 in a thousands table is 250.000 đ", () => {
    const sections = [
      {
        ...sampleSections[0],
        lines: [
          {
            number: "1",
            content: "Hỗ trợ tiền ăn cho đại biểu không hưởng lương từ NSNN",
            unit: "người",
            factors: { quantity: 1620, days: 1 },
            rate: 250,
          },
        ],
      },
    ];
    const { findings } = checkSheet(
      estimateSheet({ sections: sections as never, scale: 1000, caption: "ĐVT: nghìn đồng" }),
      { date },
    );
    expect(ids(findings, "error")).toEqual(["rate.over_cap@Dự toán!F7"]);
  });

  it("takes the cap date from the sheet's own date line when there is no plan", () => {
    const grid = estimateSheet({
      sections: [
        {
          number: "I",
          title: "Hội nghị",
          lines: [
            {
              number: "1",
              content: "Hỗ trợ tiền ăn cho đại biểu không hưởng lương",
              factors: { quantity: 10 },
              rate: 250_000,
            },
          ],
        },
      ],
    });
    const dated = (line: string) => {
      const rows = grid.rows.map((r) => [...(r ?? [])]);
      rows[1] = [{ value: line }];
      return ids(checkSheet({ ...grid, rows }).findings, "error");
    };
    expect(dated("Thanh Hóa, ngày 20 tháng 02 năm 2024")).toContain("rate.over_cap@Dự toán!F7");
    // Before Thông tư 40/2017 took effect there was no such cap.
    expect(dated("Thanh Hóa, ngày 20 tháng 02 năm 2015")).toEqual([]);
  });

  it("audits formulas: inconsistent shapes, hard-coded numbers, short SUM ranges, double-counting totals", () => {
    const grid = buildGrid([
      ["STT", "Nội dung", "Số lượng", "Số ngày", "Mức chi", "Thành tiền"],
      ["I", "Hội nghị", null, null, null, f("SUM(F3:F4)", 30)],
      ["1", "Hội trường", 2, null, 10, f("C3*E3", 20)],
      ["2", "Nước", 2, 1, 5, f("C4*E4", 10)],
      ["3", "Văn phòng phẩm", 1, null, 7, 7],
      [null, "Tổng cộng", null, null, null, f("SUM(F2:F5)", 67)],
      ["Bằng chữ: Sáu mươi bảy đồng"],
    ]);
    const found = ids(checkSheet(grid, { date }).findings);
    expect(found).toEqual(
      expect.arrayContaining([
        "formula.range_omits_rows@Dự toán!F2",
        "formula.inconsistent@Dự toán!F4",
        "formula.hardcoded@Dự toán!F5",
        "total.double_count@Dự toán!F6",
      ]),
    );
    expect(found).not.toContain("formula.inconsistent@Dự toán!F3");
  });

  it("accepts every regional variant of correct words and flags wrong ones", () => {
    const total = 105_004_000;
    const sections = [
      {
        number: "I",
        title: "Tờ gấp",
        lines: [{ number: "1", content: "In tờ gấp", factors: { quantity: 1 }, rate: total }],
      },
    ];
    for (const words of [
      "Bằng chữ: Một trăm linh năm triệu không trăm linh bốn nghìn đồng./.",
      "Bằng chữ: một trăm lẻ năm triệu không trăm lẻ bốn ngàn đồng chẵn",
      "(Bằng chữ: Một trăm linh năm triệu không trăm linh bốn nghìn đồng)".normalize("NFD"),
    ]) {
      expect(ids(checkSheet(estimateSheet({ sections, words }), { date }).findings, "error"), words).toEqual([]);
    }
    const wrong = checkSheet(estimateSheet({ sections, words: "Bằng chữ: Một trăm triệu đồng" }), { date }).findings;
    expect(ids(wrong, "error")).toEqual(["words.mismatch@Dự toán!A9"]);
    const none = checkSheet(estimateSheet({ sections, words: "none" }), { date }).findings;
    expect(ids(none)).toContain("words.missing@Dự toán");
  });

  it("checks the main table when a second one is on the sheet, and reports a sheet with none", () => {
    const main = estimateSheet(sampleSpec).rows.map((r) => [...(r ?? [])]);
    const grid = buildGrid([...main, [], ["Nội dung", "Kinh phí"], ["Ghi nhớ", 5]] as never);
    const checked = checkSheet(grid, { date });
    expect(valueOf(checked).table.headerCell).toBe("A5");
    expect(ids(checked.findings, "info")).toContain("table.multiple_candidates@Dự toán!A5");
    const none = checkSheet(buildGrid([["Ghi chú"]]));
    expect(none.ok).toBe(false);
    expect(ids(none.findings)).toEqual(["table.not_found@Dự toán"]);
  });

  it("reads NFD, line-broken headers and two-row headers like any other", () => {
    const nfd = estimateSheet({
      ...sampleSpec,
      labels: { content: "NỘI DUNG\nCHI".normalize("NFD"), rate: " Đơn  giá ".normalize("NFD") },
    });
    expect(ids(checkSheet(nfd, { date }).findings, "error")).toEqual([]);
    const twoRows = buildGrid([
      ["STT", "Nội dung", "ĐVT", "Dự toán", null, null],
      [null, null, null, "Số lượng", "Đơn giá", "Thành tiền"],
      ["I", "Hội nghị", null, null, null, 999],
      ["1", "Hội trường", "hội nghị", 6, 100, f("D4*E4", 600)],
      [null, "TỔNG CỘNG", null, null, null, f("F3", 999)],
    ]);
    expect(ids(checkSheet(twoRows, { date }).findings, "error")).toEqual(["subtotal.mismatch@Dự toán!F3"]);
  });

  it("warns at a formula nested too deeply to read, and reads the rest of the sheet", () => {
    const grid = estimateSheet(sampleSpec);
    const rows = grid.rows.map((row) => row?.slice());
    const r = 7;
    const amount = rows[r]?.[6];
    expect(amount?.formula).toBe("D8*E8*F8");
    (rows[r] as unknown[])[6] = { ...amount, formula: `${"(".repeat(2345)}D8*E8*F8${")".repeat(2345)}` };
    const checked = checkSheet({ ...grid, rows }, { date });
    expect(checked.ok).toBe(true);
    expect(ids(checked.findings)).toContain(`formula.too_deep@Dự toán!G${r + 1}`);
  });

  it("reports a finding on each of 150.000 lines without overflowing the stack (no push of a spread array)", () => {
    const n = 150_000;
    const rows: CellSpec[][] = [["STT", "Nội dung chi", "Số lượng", "Mức chi", "Thành tiền"]];
    for (let i = 0; i < n; i++) rows.push([String(i + 1), `Khoản ${i}`, 2, 1000, f(`C${i + 2}*D${i + 2}*1`, 2000)]);
    rows.push([null, "TỔNG CỘNG", null, null, f(`SUM(E2:E${n + 1})`, 2000 * n)]);
    const checked = checkSheet(buildGrid(rows, { sheet: "S" }));
    expect(checked.findings.filter((x) => x.code === "formula.inconsistent")).toHaveLength(n);
  });
});
