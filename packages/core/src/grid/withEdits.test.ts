import { describe, expect, it } from "vitest";
import { buildGrid, f } from "../table/testing/gridBuilder.js";
import { withEdits } from "./withEdits.js";

describe("withEdits", () => {
  const grid = buildGrid(
    [
      ["Nước uống", 100, 20_000, 1_000_000],
      ["Tổng cộng", null, null, f("D1", 1_000_000)],
    ],
    {
      origin: { row: 9, col: 1 },
    },
  );

  it("writes values, formulas with their results, formats and fonts of this sheet only", () => {
    const after = withEdits(grid, [
      { sheet: "Dự toán", address: "E10", formula: "=C10*D10", value: 2_000_000, numberFormat: "#,##0" },
      { sheet: "Dự toán", address: "B10", font: "Times New Roman" },
      { sheet: "Dự toán", address: "B12", value: "Bằng chữ: …" },
      { sheet: "Khác", address: "E11", value: 5 },
      { sheet: "Dự toán", address: "A1", value: "outside" },
    ]);
    expect(after.rows[0]?.[3]).toEqual({ value: 2_000_000, formula: "C10*D10", numberFormat: "#,##0" });
    expect(after.rows[0]?.[0]).toEqual({ value: "Nước uống", font: "Times New Roman" });
    expect(after.rows[1]?.[3]).toEqual({ value: 1_000_000, formula: "D1" });
    expect(after.rows[2]?.[0]).toEqual({ value: "Bằng chữ: …" });
    expect(grid.rows[0]?.[3]).toEqual({ value: 1_000_000 });
    expect(grid.rows).toHaveLength(2);
  });

  it("returns the grid itself when no edit is for it", () => {
    expect(withEdits(grid, [{ sheet: "Khác", address: "B10", value: 1 }])).toBe(grid);
  });
});
