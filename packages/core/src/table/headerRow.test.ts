import { describe, expect, it } from "vitest";
import { isBodyRow, isColumnNumbersRow, isHeaderLike } from "./headerRow.js";
import { buildGrid, f, type CellSpec } from "./testing/gridBuilder.js";
import { SheetView } from "./view.js";

const viewOf = (...rows: CellSpec[][]) => new SheetView(buildGrid(rows));

describe("isBodyRow", () => {
  it("counts numbers, formulas and numbers typed as text, but not column numbers", () => {
    const body = (row: CellSpec[]) => isBodyRow(viewOf(row), 0);
    expect(body(["1", "Hội trường", 2, 10])).toBe(true);
    expect(body(["Hội trường", "1.500.000", "12,5"])).toBe(true);
    expect(body(["Hội trường", f("A1*B1"), f("A1")])).toBe(true);
    expect(body(["Hội trường", 2])).toBe(false);
    expect(body(["(1)", "(2)", "(3)", "(7)=(4)x(5)x(6)"])).toBe(false);
    expect(body(["STT", "Nội dung", "Thành tiền"])).toBe(false);
  });
});

describe("isHeaderLike", () => {
  it("takes rows of short texts only", () => {
    const like = (row: CellSpec[]) => isHeaderLike(viewOf(row), 0);
    expect(like([null, null, "Số lượng", "Đơn giá", "Thành tiền"])).toBe(true);
    expect(like([])).toBe(true);
    expect(like([null, "Hội trường", 6])).toBe(false);
    expect(like([null, { value: "Số lượng", formula: "B1" }])).toBe(false);
    expect(like(["Hỗ trợ " + "tiền ăn ".repeat(10)])).toBe(false);
  });
});

describe("isColumnNumbersRow", () => {
  it("takes increasing column numbers, bare or in brackets, with a formula after the last", () => {
    const numbers = (row: CellSpec[]) => isColumnNumbersRow(viewOf(row), 0);
    expect(numbers(["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)=(4)x(5)x(6)"])).toBe(true);
    expect(numbers([1, 2, null, 3])).toBe(true);
    expect(numbers(["1", "2", "4"])).toBe(true);
    expect(numbers(["(1)", "(2)"])).toBe(false);
    expect(numbers(["(1)", "(3)", "(2)"])).toBe(false);
    expect(numbers(["(1)", "(2)", "Tổng"])).toBe(false);
    expect(numbers(["(1)", "(1)", "(2)"])).toBe(false);
  });
});
