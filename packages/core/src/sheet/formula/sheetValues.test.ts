import { describe, expect, it } from "vitest";
import type { Cell } from "../../grid/grid.js";
import { SheetView } from "../../table/view.js";
import { buildGrid, f } from "../../table/testing/gridBuilder.js";
import { sheetValues } from "./sheetValues.js";

describe("sheetValues", () => {
  it("evaluates simple formulas afresh, keeps richer ones' cached values, and reads edits", () => {
    const view = new SheetView(buildGrid([[2, 3, f("A1*B1", 99), f("INT(C1)", 7), f("C1+E1", 0)]]));
    const values = sheetValues(view, [{ sheet: "Dự toán", address: "E1", formula: "=A1+1" }]);
    expect([values(0, 2), values(0, 3), values(0, 4)]).toEqual([6, 7, 3]);
    // A written formula hgcs cannot read is #NAME? until the sheet recalculates; a cycle is #REF!.
    expect(sheetValues(view, [{ sheet: "Dự toán", address: "A1", formula: "=INT(B1)" }])(0, 2)).toEqual({
      error: "#NAME?",
    });
    const cycle = new SheetView(buildGrid([[f("B1+1"), f("A1+1")]]));
    expect(sheetValues(cycle)(0, 0)).toEqual({ error: "#REF!" });
  });

  it("follows a chain of 200.000 formulas (each row adding the one above) without recursion", () => {
    const n = 200_000;
    const rows: Cell[][] = [[{ value: 1 }]];
    for (let r = 1; r < n; r++) rows.push([f(`A${r}+1`, 0)]);
    const values = sheetValues(new SheetView(buildGrid(rows)));
    expect(values(n - 1, 0)).toBe(n);
    const sum = sheetValues(new SheetView(buildGrid([...rows, [f(`SUM(A1:A${n})`)]])));
    expect(sum(n, 0)).toBe((n * (n + 1)) / 2);
  });
});
