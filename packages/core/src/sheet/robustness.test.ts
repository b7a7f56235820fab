import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Cell, CellValue, Grid } from "../grid/grid.js";
import { checkSheet } from "./check.js";
import { fillSheet } from "./fill/fill.js";
import { locateEstimateTable } from "./locate/locate.js";
import { readEstimateTable } from "./read/read.js";
import { estimateSheet } from "./testing/estimateSheet.js";
import { sampleSpec } from "./testing/sampleSpec.js";

// Words that steer the engine into its branches: headers, labels, markers, numbers as text, formulas.
const words = [
  "STT",
  "Nội dung",
  "Thành tiền",
  "Số lượng",
  "Mức chi",
  "Số ngày",
  "I",
  "II",
  "1",
  "a",
  "-",
  "TỔNG CỘNG",
  "Cộng",
  "Bằng chữ:",
  "Bằng chữ: Một trăm đồng",
  "Đơn vị tính: nghìn đồng",
  "1.920",
  "1,2",
  "abc",
  "",
  "Dù to¸n",
  "NGƯỜI LẬP BIỂU",
];
const formulas = [
  "SUM(A1:A3)",
  "B2*C2",
  "A1+A2",
  "SUM(G1:G1000000)",
  "A1*",
  "ROUND(A1,0)",
  "A1",
  "Z9*Z9",
  "SUM(A1,B2;C3)",
];

const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom(...words),
  fc.string(),
  fc.integer({ min: -1e9, max: 1e12 }),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom({ error: "#REF!" }, { error: "#VALUE!" }, { error: "#DIV/0!" }),
);
const cell: fc.Arbitrary<Cell | null | undefined> = fc.oneof(
  fc.record({ value: cellValue }, { requiredKeys: ["value"] }),
  fc.record(
    {
      value: cellValue,
      formula: fc.constantFrom(...formulas),
      font: fc.constantFrom(".VnTime", ".VnTimeH", "VNI-Times", "Arial"),
      hidden: fc.boolean(),
    },
    { requiredKeys: ["value"] },
  ),
  fc.constant(null),
  fc.constant(undefined),
);
const grid: fc.Arbitrary<Grid> = fc
  .record({
    sheet: fc.string(),
    rows: fc.array(fc.oneof(fc.array(cell, { maxLength: 10 }), fc.constant(null)), { maxLength: 30 }),
    origin: fc.option(fc.record({ row: fc.nat(50), col: fc.nat(10) }), { nil: undefined }),
  })
  .map((g) => (g.origin ? g : { sheet: g.sheet, rows: g.rows })) as fc.Arbitrary<Grid>;

function runsEverything(g: Grid): void {
  const located = locateEstimateTable(g);
  if (located.ok) readEstimateTable(g, located.value);
  checkSheet(g);
  fillSheet(g, { fix: "all" });
}

describe("no grid makes the sheet engine throw", () => {
  it("random grids", () => {
    fc.assert(
      fc.property(grid, (g) => {
        expect(() => runsEverything(g)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });

  it("random mutations of a valid sheet: cells dropped, replaced, rows shuffled, text in numbers, error values", () => {
    const base = estimateSheet(sampleSpec);
    const rows = base.rows.map((r) => [...(r ?? [])]);
    const mutation = fc.record({
      row: fc.nat(rows.length - 1),
      col: fc.nat(8),
      kind: fc.constantFrom("drop", "replace", "swapRows", "text", "error"),
      value: cellValue,
      other: fc.nat(rows.length - 1),
    });
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 12 }), (mutations) => {
        const copy = rows.map((r) => [...r]);
        for (const m of mutations) {
          const row = (copy[m.row] ??= []);
          if (m.kind === "drop") row[m.col] = undefined;
          else if (m.kind === "replace") row[m.col] = { value: m.value };
          else if (m.kind === "text") row[m.col] = { value: "một nghìn" };
          else if (m.kind === "error") row[m.col] = { value: { error: "#N/A" }, formula: "NA()" };
          else [copy[m.row], copy[m.other]] = [copy[m.other] ?? [], row];
        }
        expect(() => runsEverything({ ...base, rows: copy })).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });

  it("malformed input that the types forbid but JavaScript callers may pass", () => {
    const odd = [
      {},
      { sheet: 1, rows: "x" },
      { sheet: "s", rows: [[{ value: { nested: 1 } }], [1, "a"]] },
      { sheet: "s", rows: [[{ value: Number.NaN }]] },
    ];
    for (const g of odd) expect(() => runsEverything(g as unknown as Grid)).not.toThrow();
  });
});
