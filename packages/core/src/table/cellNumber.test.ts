import { describe, expect, it } from "vitest";
import type { Grid } from "../grid/grid.js";
import { readNumberCell, unreadableNumberFinding } from "./cellNumber.js";
import { SheetView } from "./view.js";

const grid: Grid = {
  sheet: "S",
  rows: [
    [{ value: 150000 }, { value: "1.500.000 đ" }, { value: "—" }, { value: "mười" }, { value: { error: "#REF!" } }],
  ],
};
const view = new SheetView(grid);
const read = (c: number) => readNumberCell(view, 0, c);
const column = { vi: "Số lượng", en: "Quantity" };
const at = { sheet: "S", cell: "A1" };

describe("readNumberCell", () => {
  it("reads numbers, typed amounts, dashes as blank, words as text and error values", () => {
    expect(read(0)).toEqual({ kind: "number", value: 150000 });
    expect(read(1)).toEqual({ kind: "number", value: 1500000, typedText: true });
    expect(read(2)).toEqual({ kind: "blank" });
    expect(read(3)).toEqual({ kind: "text", text: "mười" });
    expect(read(4)).toEqual({ kind: "error", error: "#REF!" });
  });
});

describe("unreadableNumberFinding", () => {
  it("reports text and error values at the cell, nothing for numbers and blanks", () => {
    expect(unreadableNumberFinding(read(3), column, at)).toMatchObject({
      code: "value.not_a_number",
      at,
      params: { text: "mười", column },
    });
    expect(unreadableNumberFinding(read(4), column, at)).toMatchObject({
      code: "value.formula_error",
      at,
      params: { error: "#REF!" },
    });
    expect(unreadableNumberFinding(read(0), column, at)).toBeUndefined();
    expect(unreadableNumberFinding(read(2), column, at)).toBeUndefined();
  });
});
