import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  columnIndex,
  columnLetters,
  evaluateFormula,
  FormulaError,
  parseAddress,
  referencedAreas,
  SheetEvaluator,
  toAddress,
  type SheetCell,
  type SheetValue,
} from "./formulaEval.js";

/** A sheet from A1 addresses: a value, or { formula } / { value, formula }. */
function sheet(cells: Record<string, SheetValue | SheetCell>) {
  const byKey = new Map<string, SheetCell>();
  for (const [address, cell] of Object.entries(cells)) {
    const at = parseAddress(address);
    if (!at) throw new Error(address);
    const isCell = typeof cell === "object" && cell !== null && ("formula" in cell || "value" in cell);
    byKey.set(`${at.row}:${at.col}`, isCell ? cell : { value: cell as SheetValue });
  }
  return (row: number, col: number) => byKey.get(`${row}:${col}`);
}

const evaluate = (formula: string, cells: Record<string, SheetValue | SheetCell> = {}) =>
  evaluateFormula(formula, sheet(cells));

/** The FormulaError a call throws. */
function thrown(f: () => unknown): FormulaError {
  try {
    f();
  } catch (error) {
    if (error instanceof FormulaError) return error;
    throw error;
  }
  throw new Error("expected a FormulaError");
}

describe("A1 addresses", () => {
  it("converts column letters both ways, up to XFD", () => {
    expect([columnIndex("A"), columnIndex("z"), columnIndex("AA"), columnIndex("XFD")]).toEqual([0, 25, 26, 16_383]);
    expect([columnIndex("XFE"), columnIndex("ABCD"), columnIndex(""), columnIndex("A1")]).toEqual([-1, -1, -1, -1]);
    expect([0, 25, 26, 701, 702, 16_383].map(columnLetters)).toEqual(["A", "Z", "AA", "ZZ", "AAA", "XFD"]);
    fc.assert(fc.property(fc.integer({ min: 0, max: 16_383 }), (c) => columnIndex(columnLetters(c)) === c));
  });

  it("parses A1, $A$1, A$1 and $A1 alike, within Excel's grid", () => {
    for (const a of ["G17", "$G$17", "G$17", "$G17", "g17"]) expect(parseAddress(a), a).toEqual({ row: 16, col: 6 });
    expect(parseAddress("XFD1048576")).toEqual({ row: 1_048_575, col: 16_383 });
    for (const a of ["G0", "XFE1", "A1048577", "G", "17", "G 17", "G17:G18", "$$G17"])
      expect(parseAddress(a), a).toBe(undefined);
    expect(toAddress(16, 6)).toBe("G17");
  });
});

describe("evaluateFormula", () => {
  it("computes numbers, references, precedence, unary minus and parentheses", () => {
    const cells = { A1: 2, B1: 3, C1: 4, D1: 0.5 };
    expect(evaluate("=1+2*3", cells)).toBe(7);
    expect(evaluate("(1+2)*3", cells)).toBe(9);
    expect(evaluate("=A1+B1*C1", cells)).toBe(14);
    expect(evaluate("=A1*B1-C1/A1", cells)).toBe(4);
    expect(evaluate("=10-A1-B1", cells)).toBe(5); // left to right
    expect(evaluate("=C1/A1/A1", cells)).toBe(1);
    expect(evaluate("=-A1*B1", cells)).toBe(-6);
    expect(evaluate("=--A1", cells)).toBe(2);
    expect(evaluate("=-(A1+B1)", cells)).toBe(-5);
    expect(evaluate("=+A1+B1", cells)).toBe(5);
    expect(evaluate("= $A$1 * B$1 * $C1 * D1 ", cells)).toBe(12);
    expect(evaluate("=a1*b1", cells)).toBe(6);
    expect(evaluate("=1.5e2+.5+2.", cells)).toBe(152.5);
    expect(evaluate("=0", cells)).toBe(0);
  });

  it("writes what core's fill and render write: products, SUM of spans and of sum cells, plain references", () => {
    const cells = {
      D14: 2,
      E14: 3,
      F14: 1_000,
      D15: 4,
      F15: 500,
      G14: { formula: "D14*E14*F14" },
      G15: { formula: "=D15*F15" },
      G16: 7,
      G13: { formula: "SUM(G14:G16)" },
      G23: { formula: "SUM(G14,G16)" },
      G27: { formula: "G13+G23" },
      G28: { formula: "G27" },
    };
    expect(evaluate("=D14*E14*F14", cells)).toBe(6_000);
    expect(evaluate("=SUM(G14:G16)", cells)).toBe(8_007);
    expect(evaluate("=SUM(G14:G15,G16)", cells)).toBe(8_007);
    expect(evaluate("=G13+G23", cells)).toBe(14_014);
    expect(evaluate("=G28", cells)).toBe(14_014);
  });

  it("reads a blank as 0, booleans as 1 and 0 and integer text as its number in arithmetic", () => {
    const cells = { A1: null, B1: true, C1: false, D1: "12", E1: " -3 " };
    expect(evaluate("=A1+Z99+1", cells)).toBe(1);
    expect(evaluate("=A1", cells)).toBe(0);
    expect(evaluate("=-A1", cells)).toBe(0); // never -0
    expect(evaluate("=B1+C1+1", cells)).toBe(2);
    expect(evaluate("=D1*2+E1", cells)).toBe(21);
  });

  it("shows a lone reference's text or boolean as it is, as Excel does (=A1, =+A1)", () => {
    expect(evaluate("=A1", { A1: "Tổng cộng" })).toBe("Tổng cộng");
    expect(evaluate("=+A1", { A1: true })).toBe(true);
    expect(evaluate("=(A1)", { A1: "x" })).toBe("x");
    expect(evaluate("=A1:A1", { A1: 5 })).toBe(5);
  });

  it("adds in SUM only the numbers of ranges and references: text, booleans and blanks are skipped", () => {
    const cells = { A1: 1, A2: "2", A3: true, A4: null, A5: "Cộng", B1: 10, B5: 100 };
    expect(evaluate("=SUM(A1:A5)", cells)).toBe(1);
    expect(evaluate("=SUM(A2)", cells)).toBe(0);
    expect(evaluate("=SUM(B5:A1)", cells)).toBe(111); // corners in any order
    expect(evaluate("=SUM(A1:B5,B1,2,A1*3)", cells)).toBe(126);
    expect(evaluate("=sum((A1:B1))+SUM(-B1)", cells)).toBe(1);
    // An expression argument is a value: text and booleans given that way count.
    expect(evaluate("=SUM(+A3,A2*1)", cells)).toBe(3);
  });

  it("computes a formula cell another formula reads first, through chains", () => {
    const cells: Record<string, SheetCell> = { A1: { value: 1 } };
    for (let r = 2; r <= 50; r++) cells[`A${r}`] = { formula: `A${r - 1}*2`, value: -1 };
    expect(evaluate("=A50", cells)).toBe(2 ** 49);
    // The cached values (-1) are never used.
    expect(new SheetEvaluator(sheet(cells)).value(9, 0)).toBe(512);
  });

  it("follows a chain of 20 000 formula cells without overflowing the stack", () => {
    const n = 20_000;
    const read = (row: number, col: number): SheetCell | undefined =>
      col !== 0 || row >= n ? undefined : row === 0 ? { value: 1 } : { formula: `A${row}+1` };
    expect(new SheetEvaluator(read).value(n - 1, 0)).toBe(n);
  });

  it("reads 'Sheet'!A1 as A1 on its own sheet", () => {
    const read = sheet({ A1: 4 });
    const ev = new SheetEvaluator(read, { sheet: "Dự toán" });
    expect(ev.evaluate("='Dự toán'!A1*2")).toBe(8);
    expect(new SheetEvaluator(read, { sheet: "Tổng" }).evaluate("=Tổng!A1")).toBe(4);
    expect(new SheetEvaluator(read, { sheet: "S" }).evaluate("=s!A1+S!A1")).toBe(8);
  });

  it("keeps Excel errors as values when asked: #VALUE!, #DIV/0!, errors read from cells propagate", () => {
    const read = sheet({ A1: "abc", B1: { formula: "A1*2" }, C1: { formula: "B1+1" }, D1: { error: "#REF!" } });
    const ev = new SheetEvaluator(read, { excelErrors: "keep" });
    expect(ev.value(0, 1)).toEqual({ error: "#VALUE!" });
    expect(ev.value(0, 2)).toEqual({ error: "#VALUE!" });
    expect(ev.evaluate("=1/0")).toEqual({ error: "#DIV/0!" });
    expect(ev.evaluate("=SUM(D1)")).toEqual({ error: "#REF!" });
    expect(ev.evaluate("=SUM(A1)")).toBe(0);
    // Cannot-compute is never kept as a value.
    expect(() => ev.evaluate("=INT(A1)")).toThrow(FormulaError);
  });
});

describe("ROUND, ROUNDUP and ROUNDDOWN", () => {
  it("round as Excel: half away from zero, up away from zero, down toward zero, to any digits", () => {
    const ev = new SheetEvaluator(sheet({ A1: 1234.5, B1: -1234.5, C1: 3 }), { sheet: "S" });
    expect(ev.evaluate("=ROUND(A1,0)")).toBe(1235);
    expect(ev.evaluate("=ROUND(B1,0)")).toBe(-1235);
    expect(ev.evaluate("=ROUND(A1*C1,-3)")).toBe(4000);
    expect(ev.evaluate("=ROUNDUP(A1,-2)")).toBe(1300);
    expect(ev.evaluate("=ROUNDDOWN(B1,-2)")).toBe(-1200);
    expect(ev.evaluate("=ROUND(1.005,2)")).toBe(1.01);
  });
});

describe("evaluateFormula throws, naming the formula and its cell", () => {
  const cannot: [string, RegExp][] = [
    ["=INT(A1)", /the function INT/],
    ["=IF(A1>0,1,2)", /the function IF/],
    ["=Other!A1", /another sheet \(Other!A1\)/],
    ["='Tổng hợp'!A1+1", /another sheet/],
    ["=[Book1]Sheet1!A1", /another sheet/],
    ["=#REF!+1", /an error literal/],
    ['="a"&"b"', /a text literal/],
    ["=A1&B1", /"&"/],
    ["=A1^2", /"\^"/],
    ["=A1>1", /">"/],
    ["=50%", /"%"/],
    ["=TRUE", /the name "TRUE"/],
    ["=Rate*2", /the name "Rate"/],
    ["=A:A", /the name "A"/],
    ["=SUM(A:A)", /the name "A"/],
    ["=SUM(1:3)", /found ":"/],
    ["=A1 B1", /unexpected "B1"/],
    ["=A1:B2", /the range A1:B2 outside SUM/],
    ["=SUM()", /SUM without arguments/],
    ["=SUM(A1,)", /an empty SUM argument/],
    ["=SUM(A1", /expected "\)"/],
    ["=(1+2", /expected "\)"/],
    ["=1+", /incomplete/],
    ["=1+2)", /unexpected "\)"/],
    ["=*2", /unexpected "\*"/],
    ["=A1:", /a range ending in the end of the formula/],
    ["=SUM(A1:XFD1048576)", /a range of more than/],
    ["=", /an empty formula/],
    ["=SUM(A1;A2)", /";"/],
    [`=${"(".repeat(300)}1${")".repeat(300)}`, /nesting deeper than/],
  ];
  it.each(cannot)("%s", (formula, reason) => {
    const error = thrown(() =>
      evaluateFormula(formula, sheet({ A1: 1, B1: 2 }), { sheet: "S", at: { row: 9, col: 2 } }),
    );
    expect(error.message).toMatch(reason);
    expect(error.message).toContain(`Cannot compute "${formula}" in S!C10`);
    expect(error.formula).toBe(formula);
    expect(error.cell).toBe("S!C10");
    expect(error.excelError).toBe(undefined);
  });

  const excelErrors: [string, Record<string, SheetValue>, string, RegExp][] = [
    ["=A1*2", { A1: "abc" }, "#VALUE!", /arithmetic on the text "abc" in A1/],
    ["=-A1", { A1: "" }, "#VALUE!", /text ""/],
    ["=A1+1", { A1: { error: "#N/A" } }, "#N/A", /A1 holds #N\/A/],
    ["=SUM(A1:A3)", { A2: { error: "#REF!" } }, "#REF!", /A2 holds #REF!/],
    ["=A1", { A1: { error: "#DIV/0!" } }, "#DIV/0!", /A1 holds/],
    ["=1/A1", {}, "#DIV/0!", /division by zero/],
    ["=A1*A1", { A1: 1e200 }, "#NUM!", /Infinity/],
    ["=A1+0", { A1: Number.NaN }, "#NUM!", /A1 is NaN/],
    ["=SUM(A1,A2)", { A1: 1e308, A2: 1e308 }, "#NUM!", /the SUM/],
  ];
  it.each(excelErrors)("%s over %j computes %s, which throws", (formula, cells, error, reason) => {
    const e = thrown(() => evaluate(formula, cells));
    expect(e.excelError).toBe(error);
    expect(e.message).toMatch(reason);
    expect(e.cell).toBe(undefined);
    expect(e.message).toMatch(new RegExp(`^Cannot compute "${formula.replace(/[()*+$^]/g, "\\$&")}": `));
  });

  it("text numbers whose reading depends on the locale: never guessed", () => {
    for (const text of ["25.000", "1,2", "1.5", "3,000,000"]) {
      const e = thrown(() => evaluate("=A1*2", { A1: text }));
      expect(e.message, text).toMatch(/depends on the locale/);
      expect(e.excelError).toBe(undefined);
    }
  });

  it("a formula cell it cannot compute, read by another: both named", () => {
    const read = sheet({ A1: 2, B1: { formula: "INT(A1)", value: 2 }, C1: { formula: "B1*2", value: 4 } });
    const e = thrown(() => new SheetEvaluator(read, { sheet: "S" }).value(0, 2));
    expect(e.message).toBe(
      'Cannot compute "=INT(A1)" in S!B1: the function INT (only SUM and ROUND are computed) (reached from S!C1)',
    );
    expect(e.cell).toBe("S!B1");
  });

  it("a circular reference, direct or through other cells", () => {
    const read = sheet({
      A1: { formula: "A2+1" },
      A2: { formula: "A3*2" },
      A3: { formula: "A1" },
      B1: { formula: "B1" },
    });
    const ev = new SheetEvaluator(read);
    expect(thrown(() => ev.value(0, 0)).message).toMatch(/a circular reference A1 → A2 → A3 → A1/);
    expect(thrown(() => ev.value(0, 1)).message).toMatch(/a circular reference B1 → B1/);
    expect(thrown(() => ev.evaluate("=SUM(C1:C5)*2", { row: 2, col: 2 })).message).toMatch(
      /circular reference C3 → C3/,
    );
    expect(thrown(() => new SheetEvaluator(read).value(2, 0)).message).toMatch(/A3 → A1 → A2 → A3/);
  });
});

describe("referencedAreas", () => {
  it("finds the areas a formula reads, even one the evaluator does not compute", () => {
    expect(referencedAreas(`=ROUND(SUM(A1:B3),0)+'Tổng hợp'!$C$4+Sheet2!D5*LOG10(2)&"A9"&E:E+2:3`)).toEqual([
      { top: 0, left: 0, bottom: 2, right: 1 },
      { sheet: "Tổng hợp", top: 3, left: 2, bottom: 3, right: 2 },
      { sheet: "Sheet2", top: 4, left: 3, bottom: 4, right: 3 },
      { top: 0, left: 4, bottom: 1_048_575, right: 4 },
      { top: 1, left: 0, bottom: 2, right: 16_383 },
    ]);
    expect(referencedAreas("=B2:A1")).toEqual([{ top: 0, left: 0, bottom: 1, right: 1 }]);
    expect(referencedAreas("=1+2")).toEqual([]);
  });
});

// ------------------------------------------------------------------------------------------------
// Properties: the evaluator against plain JavaScript arithmetic.

const gridSize = { rows: 8, cols: 6 };
/** Cell contents: numbers mostly, and the things SUM must skip. */
const cellArb = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: -1_000_000, max: 1_000_000 }) },
  { weight: 2, arbitrary: fc.integer({ min: -4_000, max: 4_000 }).map((n) => n / 4) },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constantFrom("Cộng", "12", "", "x") },
  { weight: 1, arbitrary: fc.boolean() },
);
const gridArb = fc.array(fc.array(cellArb, { minLength: gridSize.cols, maxLength: gridSize.cols }), {
  minLength: gridSize.rows,
  maxLength: gridSize.rows,
});
const numericGridArb = fc.array(
  fc.array(fc.oneof(fc.integer({ min: -1_000, max: 1_000 }), fc.constant(null)), {
    minLength: gridSize.cols,
    maxLength: gridSize.cols,
  }),
  { minLength: gridSize.rows, maxLength: gridSize.rows },
);
const refArb = fc.record({
  row: fc.nat(gridSize.rows - 1),
  col: fc.nat(gridSize.cols - 1),
  absCol: fc.boolean(),
  absRow: fc.boolean(),
});
type Ref = { row: number; col: number; absCol: boolean; absRow: boolean };
const a1 = (r: Ref) => `${r.absCol ? "$" : ""}${columnLetters(r.col)}${r.absRow ? "$" : ""}${r.row + 1}`;
const reader =
  (grid: readonly (readonly SheetValue[])[]) =>
  (row: number, col: number): SheetCell | undefined => {
    const value = grid[row]?.[col];
    return value === undefined ? undefined : { value };
  };

/** A random arithmetic expression over cells: its formula text and the JavaScript computing it. */
type Expr = { text: string; js: (v: (r: Ref) => number) => number };
const exprArb: fc.Arbitrary<Expr> = fc.letrec<{ expr: Expr }>((tie) => ({
  expr: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    refArb.map((r): Expr => ({ text: a1(r), js: (v) => v(r) })),
    fc.integer({ min: 0, max: 100 }).map((n): Expr => ({ text: String(n), js: () => n })),
    fc.tuple(tie("expr"), fc.constantFrom("+", "-", "*", "/"), tie("expr")).map(([a, op, b]): Expr => ({
      text: `(${a.text})${op}(${b.text})`,
      js: (v) => {
        const x = a.js(v);
        const y = b.js(v);
        if (op === "/" && y === 0) throw new RangeError("#DIV/0!");
        return op === "+" ? x + y : op === "-" ? x - y : op === "*" ? x * y : x / y;
      },
    })),
    tie("expr").map((a): Expr => ({ text: `-(${a.text})`, js: (v) => -a.js(v) })),
  ),
})).expr;

describe("properties", () => {
  it("sums of products of random cells equal JavaScript's arithmetic", () => {
    fc.assert(
      fc.property(
        numericGridArb,
        fc.array(fc.array(refArb, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 }),
        fc.array(fc.constantFrom("+", "-"), { minLength: 6, maxLength: 6 }),
        (grid, terms, signs) => {
          const v = (r: Ref) => grid[r.row]?.[r.col] ?? 0;
          const formula = `=${terms.map((t, i) => `${i > 0 ? signs[i] : ""}${t.map(a1).join("*")}`).join("")}`;
          const expected = terms
            .map((t) => t.map(v).reduce((p, x) => p * x))
            .reduce((sum, product, i) => (signs[i] === "-" ? sum - product : sum + product));
          expect(evaluateFormula(formula, reader(grid))).toBe(expected + 0);
        },
      ),
    );
  });

  it("random expressions (+ − * /, unary minus, parentheses) equal JavaScript's arithmetic or #DIV/0!", () => {
    fc.assert(
      fc.property(numericGridArb, exprArb, (grid, expr) => {
        const v = (r: Ref) => grid[r.row]?.[r.col] ?? 0;
        let expected: number | "#DIV/0!" | "#NUM!";
        try {
          const n = expr.js(v);
          expected = Number.isFinite(n) ? n + 0 : "#NUM!";
        } catch {
          expected = "#DIV/0!";
        }
        if (typeof expected === "number") expect(evaluateFormula(`=${expr.text}`, reader(grid))).toBe(expected);
        else expect(thrown(() => evaluateFormula(`=${expr.text}`, reader(grid))).excelError).toBe(expected);
      }),
    );
  });

  it("SUM over random ranges equals the sum of the numeric cells, whatever else they hold", () => {
    fc.assert(
      fc.property(gridArb, fc.array(fc.tuple(refArb, refArb), { minLength: 1, maxLength: 4 }), (grid, ranges) => {
        let expected = 0;
        for (const [a, b] of ranges) {
          for (let r = Math.min(a.row, b.row); r <= Math.max(a.row, b.row); r++) {
            for (let c = Math.min(a.col, b.col); c <= Math.max(a.col, b.col); c++) {
              const value = grid[r]?.[c];
              if (typeof value === "number") expected += value;
            }
          }
        }
        const formula = `=SUM(${ranges.map(([a, b]) => `${a1(a)}:${a1(b)}`).join(",")})`;
        expect(evaluateFormula(formula, reader(grid))).toBe(expected + 0);
      }),
    );
  });

  it("a formula cell reads the same as its formula written out over the cells it reads", () => {
    fc.assert(
      fc.property(numericGridArb, fc.array(refArb, { minLength: 1, maxLength: 5 }), (grid, refs) => {
        // Row 9 holds the product formula, row 10 a SUM over it and the cells: formula cells read formula cells.
        const product = refs.map(a1).join("*");
        const read = (row: number, col: number): SheetCell | undefined =>
          row === 8 && col === 0
            ? { formula: product, value: "stale" }
            : row === 9 && col === 0
              ? { formula: `SUM(A9,${product})` }
              : reader(grid)(row, col);
        const ev = new SheetEvaluator(read);
        const direct = evaluateFormula(product, reader(grid));
        expect(ev.value(8, 0)).toBe(direct);
        expect(ev.value(9, 0)).toBe((direct as number) * 2 + 0);
      }),
    );
  });
});
