import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { amountFormula, isAmountFormula } from "./lineFormula.js";
import { locateIn } from "../locate/locate.js";
import { estimateSheet } from "../testing/estimateSheet.js";
import { sampleSpec } from "../testing/sampleSpec.js";
import { SheetView } from "../../table/view.js";

// The sample's first line (sheet row 8) and, moved down and right, the same table not at A1.
const views = [estimateSheet(sampleSpec), estimateSheet({ ...sampleSpec, origin: { row: 96, col: 27 } })].map(
  (grid) => {
    const view = new SheetView(grid);
    const table = locateIn(view).table;
    if (!table) throw new Error("no table");
    return { view, table, r: table.bodyTop + 1 };
  },
);

describe("isAmountFormula", () => {
  it("tells the line's own product formula, letters in any case, without building it", () => {
    const [{ view, table, r }] = views as [(typeof views)[number]];
    expect(amountFormula(view, table, r)).toBe("=D8*E8*F8");
    expect(isAmountFormula(view, table, r, "D8*E8*F8")).toBe(true);
    expect(isAmountFormula(view, table, r, "d8*e8*F8")).toBe(true);
    for (const other of [
      "D8*E8*F80",
      "D8*E8*F08",
      "D8*E8",
      "D8*E8*F8*2",
      "D8*F8",
      "D8 * E8 * F8",
      "$D$8*E8*F8",
      "D9*E8*F8",
      "",
    ]) {
      expect(isAmountFormula(view, table, r, other), other).toBe(false);
    }
    expect(isAmountFormula(view, table, r - 1, "D7*E7*F7")).toBeUndefined();
  });

  it("answers as comparing with the built formula, on any edit of it", () => {
    const edit = fc.array(
      fc.tuple(fc.nat(), fc.constantFrom(..."ABDEFGHadef0123456789*$ :+"), fc.constantFrom("put", "insert", "delete")),
      { maxLength: 3 },
    );
    for (const { view, table, r } of views) {
      const written = amountFormula(view, table, r) ?? "";
      fc.assert(
        fc.property(edit, (edits) => {
          let formula = written.slice(1);
          for (const [at, char, how] of edits) {
            const i = formula.length === 0 ? 0 : at % formula.length;
            formula =
              formula.slice(0, i) + (how === "delete" ? "" : char) + formula.slice(how === "insert" ? i : i + 1);
          }
          return isAmountFormula(view, table, r, formula) === (written.slice(1) === formula.toUpperCase());
        }),
      );
    }
  });
});
