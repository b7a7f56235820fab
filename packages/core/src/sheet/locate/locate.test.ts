import { describe, expect, it } from "vitest";
import { valueOf } from "../../testing/resultValue.js";
import { locateEstimateTable } from "./locate.js";
import { buildGrid } from "../../table/testing/gridBuilder.js";
import { estimateSheet } from "../testing/estimateSheet.js";
import { sampleSections, sampleSpec } from "../testing/sampleSpec.js";

describe("locateEstimateTable", () => {
  it("finds header, column numbers, body, total and words of a standard sheet", () => {
    const located = locateEstimateTable(estimateSheet(sampleSpec));
    expect(located.findings).toEqual([]);
    const table = valueOf(located);
    expect(table).toMatchObject({
      headerTop: 4,
      headerBottom: 4,
      columnNumbersRow: 5,
      bodyTop: 6,
      columns: {
        number: 0,
        content: 1,
        unit: 2,
        factors: [
          { kind: "quantity", col: 3 },
          { kind: "days", col: 4 },
        ],
        rate: 5,
        amount: 6,
        note: 7,
      },
      scale: 1,
      scaleCell: "G4",
      words: { col: 0, labelOnly: false },
    });
    expect(table.totalRow).toBe(table.bodyBottom + 1);
  });

  it("follows any column order and extra or missing columns", () => {
    const grid = estimateSheet({
      sections: sampleSections,
      columns: ["content", "number", "amount", "rate", "events", "persons", "unit"],
      labels: { content: "Diễn giải", amount: "Kinh phí", rate: "Đơn giá", persons: "SL" },
    });
    const table = valueOf(locateEstimateTable(grid));
    expect(table.columns).toMatchObject({ content: 0, number: 1, amount: 2, rate: 3, unit: 6 });
    expect(table.columns.factors.map((f) => f.kind)).toEqual(["events", "quantity"]);
  });

  it("reads a table not at A1, with an origin, thousands scale and NFD headers", () => {
    const grid = estimateSheet({
      sections: sampleSections,
      leftPad: 2,
      titleRows: 6,
      scale: 1000,
      caption: "Đơn vị tính: 1.000 đồng",
      labels: { content: "Nội dung chi".normalize("NFD"), amount: "THÀNH\nTIỀN".normalize("NFD") },
      origin: { row: 4, col: 1 },
    });
    const table = valueOf(locateEstimateTable(grid));
    expect(table.scale).toBe(1000);
    expect(table.headerCell).toBe("D12");
    expect(table.columns.content).toBe(3);
  });

  it("reads a two-row header with a merged group over quantity, rate and amount", () => {
    const grid = buildGrid([
      ["STT", "Nội dung", "ĐVT", "Dự toán", null, null, "Ghi chú"],
      [null, null, null, "Số lượng", "Đơn giá", "Thành tiền", null],
      ["1", "Thuê hội trường", "hội nghị", 6, 6_000_000, 36_000_000],
      [null, "Tổng cộng", null, null, null, 36_000_000],
    ]);
    const table = valueOf(locateEstimateTable(grid));
    expect(table).toMatchObject({ headerTop: 0, headerBottom: 1, bodyTop: 2, totalRow: 3 });
    expect(table.columns).toMatchObject({ number: 0, content: 1, unit: 2, rate: 4, amount: 5, note: 6 });
  });

  it("picks the fuller of two tables and says so", () => {
    const small = [
      ["Nội dung", "Số tiền"],
      ["Hội nghị", 1],
    ];
    const main = estimateSheet(sampleSpec).rows.map((r) => [...(r ?? [])]);
    const grid = buildGrid([...small, [], ...main] as never);
    const located = locateEstimateTable(grid);
    expect(valueOf(located).headerTop).toBe(7);
    expect(located.findings.map((f) => f.code)).toEqual(["table.multiple_candidates"]);
  });

  it("reports table.not_found for a sheet without a table, and for empty or odd grids", () => {
    for (const grid of [
      buildGrid([["Báo cáo"], [1, 2, 3]]),
      { sheet: "x", rows: [] },
      { sheet: "x", rows: [null, [null]] },
    ]) {
      const { ok, findings } = locateEstimateTable(grid);
      expect(ok).toBe(false);
      expect(findings.map((f) => f.code)).toEqual(["table.not_found"]);
    }
  });

  it("finds the words line in its variants, and a label-only words cell", () => {
    for (const words of ["Số tiền bằng chữ: Ba trăm đồng", "(Bằng chữ: Ba trăm đồng)"]) {
      expect(valueOf(locateEstimateTable(estimateSheet({ ...sampleSpec, words }))).words?.labelOnly).toBe(false);
    }
    const words = (spec: "label" | "none") =>
      valueOf(locateEstimateTable(estimateSheet({ ...sampleSpec, words: spec }))).words;
    expect(words("label")?.labelOnly).toBe(true);
    expect(words("none")).toBeUndefined();
  });
});
