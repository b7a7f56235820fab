import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluateFormula, type Operand } from "./evaluate.js";
import {
  addedCells,
  formulaShape,
  isFormulaTooDeep,
  maxFormulaDepth,
  parseFormula,
  parseFormulaDepth,
  productColumns,
  referencedCells,
} from "./formula.js";

describe("parseFormula", () => {
  it("reads products, sums and + chains in sheet coordinates", () => {
    const p = parseFormula("=D15*E15*F15");
    expect(p && productColumns(p, 14)).toEqual([3, 4, 5]);
    const s = parseFormula("SUM(G14:G22)");
    expect(s && addedCells(s)).toEqual([{ top: 13, left: 6, bottom: 21, right: 6 }]);
    const t = parseFormula("G13 + $G$23");
    expect(t && addedCells(t)).toEqual([
      { top: 12, left: 6, bottom: 12, right: 6 },
      { top: 22, left: 6, bottom: 22, right: 6 },
    ]);
    expect(parseFormula("sum(G1,G3:G4;G9)")).toBeDefined();
  });
  it("treats richer formulas as opaque", () => {
    for (const f of [
      "ROUND(G1,A1)",
      "ROUND(G1)",
      "Sheet2!A1",
      "'Dự toán'!G5",
      "A1%",
      "SUM(",
      "G1+",
      "VLOOKUP(A1,B:C,2)",
      "",
    ]) {
      expect(parseFormula(f)).toBeUndefined();
    }
  });
  it("reads ROUND, ROUNDUP and ROUNDDOWN to constant digits, and evaluates them as Excel does", () => {
    const values: Record<string, number> = { "0:0": 1234.5, "0:1": -1234.5, "0:2": 3 };
    const lookup = (row: number, col: number) => values[`${row}:${col}`] ?? null;
    const cases: [string, number][] = [
      ["ROUND(A1,0)", 1235],
      ["ROUND(B1;0)", -1235],
      ["ROUND(A1*C1,-3)", 4000],
      ["ROUND(A1, - 2)", 1200],
      ["ROUNDUP(A1,-2)", 1300],
      ["ROUNDDOWN(B1,-2)", -1200],
      ["ROUND(1.005,2)", 1.01],
    ];
    for (const [f, want] of cases) {
      const parsed = parseFormula(f);
      expect(parsed && evaluateFormula(parsed, lookup), f).toEqual({ ok: true, value: want });
    }
    const rounded = parseFormula("ROUND(D8*E8*F8,0)");
    expect(rounded && referencedCells(rounded)).toHaveLength(3);
  });
  it("gives relative shapes that match along a column", () => {
    const a = parseFormula("D15*F15");
    const b = parseFormula("D16*F16");
    expect(a && b && formulaShape(a, 14, 6)).toBe(b && formulaShape(b, 15, 6));
  });
  it("never throws on arbitrary text", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        parseFormula(s);
      }),
    );
  });
});

describe("evaluateFormula", () => {
  const cells: Record<string, Operand> = { "0:0": 2, "0:1": 3, "1:0": "x", "1:1": { error: "#REF!" }, "2:0": "4" };
  const lookup = (r: number, c: number): Operand => cells[`${r}:${c}`] ?? null;
  const ev = (f: string) => {
    const e = parseFormula(f);
    if (!e) throw new Error(f);
    return evaluateFormula(e, lookup);
  };
  it("computes as Excel does for simple formulas", () => {
    expect(ev("A1*B1+1")).toEqual({ ok: true, value: 7 });
    expect(ev("SUM(A1:B3)")).toEqual({ ok: false, error: "#REF!" });
    expect(ev("SUM(A1:A2)")).toEqual({ ok: true, value: 2 });
    expect(ev("A2*2")).toEqual({ ok: false, error: "#VALUE!" });
    expect(ev("A3*2")).toEqual({ ok: true, value: 8 });
    expect(ev("A1/C9")).toEqual({ ok: false, error: "#DIV/0!" });
    expect(ev("-(A1-B1)*4")).toEqual({ ok: true, value: 4 });
  });

  it("stops at maxFormulaDepth: deep brackets, sign runs and long chains are too deep, never a stack overflow", () => {
    for (const f of [
      `${"(".repeat(2345)}D5*E5${")".repeat(2345)}`,
      `=${"-".repeat(9375)}D5`,
      `=${"D14+".repeat(8000)}D5`,
      `=${"D14*".repeat(8000)}D5`,
      `=SUM(${"SUM(".repeat(300)}A1${")".repeat(300)})`,
    ]) {
      expect(parseFormulaDepth(f), f.slice(0, 20)).toBe("too_deep");
      expect(parseFormula(f)).toBeUndefined();
      expect(isFormulaTooDeep(f)).toBe(true);
    }
    const near = `=${"(".repeat(maxFormulaDepth - 2)}D5${")".repeat(maxFormulaDepth - 2)}`;
    expect(parseFormula(near)).toEqual({ k: "ref", row: 4, col: 3 });
    const chain = parseFormula(`=${"D14+".repeat(150)}D5`);
    expect(chain && evaluateFormula(chain, () => 1)).toEqual({ ok: true, value: 151 });
    expect(isFormulaTooDeep("ROUND(A1,0)")).toBe(false);
  });
});
