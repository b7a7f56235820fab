import { describe, expect, it } from "vitest";
import { allLines } from "../budget/lineProduct.js";
import { buildGrid, f } from "../table/testing/gridBuilder.js";
import { valueOf } from "../testing/resultValue.js";
import { locateEstimateTable } from "./locate/locate.js";
import { estimateLocator, linePlacement, placementCell } from "./placement.js";
import { readEstimateTable } from "./read/read.js";

describe("the estimate's placement", () => {
  // A table whose grid starts at C5 on the sheet, with a sub-item line and a thousands caption.
  const grid = buildGrid(
    [
      ["Đơn vị tính: nghìn đồng"],
      ["STT", "Nội dung", "Số người", "Số ngày", "Mức chi", "Thành tiền"],
      ["I", "Hội nghị", null, null, null, f("SUM(F4,F7)", 150)],
      ["1", "Hỗ trợ", null, null, null, f("SUM(F5:F6)", 100)],
      ["a", "Tiền ăn", 10, 1, 5, f("C5*D5*E5", 50)],
      ["b", "Đi lại", 10, 1, 5, f("C6*D6*E6", 50)],
      ["2", "Nước", 10, 1, 5, 50],
      [null, "Tổng cộng", null, null, null, f("F3", 150)],
    ],
    { origin: { row: 4, col: 2 } },
  );
  const { estimate, placement } = readEstimateTable(grid, valueOf(locateEstimateTable(grid)));

  it("mirrors the estimate's tree in 0-based grid rows, with the grid's origin for addresses", () => {
    expect(placement.origin).toEqual({ row: 4, col: 2 });
    expect(placement.scale).toBe(1000);
    expect(placement.sections).toEqual([
      {
        row: 2,
        amountRow: 2,
        lines: [
          {
            row: 3,
            children: [
              { row: 4, children: [] },
              { row: 5, children: [] },
            ],
          },
          { row: 6, children: [] },
        ],
      },
    ]);
    expect(placement.totalRow).toBe(7);
    expect(placementCell(placement, 7, placement.columns.amount)).toBe("H12");
  });

  it("finds each listed line, and gives the budget checks each figure's cell", () => {
    const lines = allLines(estimate);
    expect(lines.map((entry) => linePlacement(placement, entry)?.row)).toEqual([3, 4, 5, 6]);
    const locator = estimateLocator(placement);
    const [parent, child] = lines;
    expect(locator.sheet).toBe(grid.sheet);
    expect(locator.scale).toBe(1000);
    expect(child && locator.cell({ line: child, field: "persons" })).toBe("E9");
    expect(child && locator.cell({ line: child, field: "rate" })).toBe("G9");
    expect(parent && locator.cell({ line: parent, field: "amount" })).toBe("H8");
    expect(parent && locator.cell({ line: parent, field: "quantity" })).toBeUndefined();
    expect(locator.cell({ section: 0 })).toBe("H7");
    expect(locator.cell({ section: 1 })).toBeUndefined();
    expect(locator.cell({ total: true })).toBe("H12");
  });
});
