// A deliberately tiny formula evaluator so the fake recomputes what fill writes (products, SUM, + and −).
// Anything else yields undefined and the cell keeps its cached value; the fake is not a spreadsheet engine.
import { fromA1 } from "@hgcs/core";

type Lookup = (row: number, col: number) => string | number | boolean | null;

/** Evaluates "=D14*E14*F14", "=SUM(G14:G22)", "=G13+G23"; undefined when the formula is out of scope. */
export function evaluateFormula(formula: string, lookup: Lookup): number | undefined {
  const tokens = formula
    .replace(/^=/, "")
    .replaceAll("$", "")
    .toUpperCase()
    .match(/SUM\([A-Z]+\d+:[A-Z]+\d+\)|[A-Z]+\d+|\d+(?:\.\d+)?|[-+*/()]/g);
  if (!tokens || tokens.join("") !== formula.replace(/^=/, "").replaceAll("$", "").replace(/\s+/g, "").toUpperCase())
    return undefined;
  let pos = 0;
  const num = (v: unknown): number => (typeof v === "number" ? v : 0);
  const primary = (): number | undefined => {
    const t = tokens[pos++];
    if (t === undefined) return undefined;
    if (t === "(") {
      const v = sum();
      pos++;
      return v;
    }
    if (t === "-") {
      const v = primary();
      return v === undefined ? undefined : -v;
    }
    if (/^\d/.test(t)) return Number(t);
    const range = /^SUM\(([A-Z]+\d+):([A-Z]+\d+)\)$/.exec(t);
    if (range) {
      const a = fromA1(range[1] ?? "");
      const b = fromA1(range[2] ?? "");
      if (!a || !b) return undefined;
      let total = 0;
      for (let r = a.row; r <= b.row; r++) for (let c = a.col; c <= b.col; c++) total += num(lookup(r, c));
      return total;
    }
    const p = fromA1(t);
    return p ? num(lookup(p.row, p.col)) : undefined;
  };
  const product = (): number | undefined => {
    let v = primary();
    while (v !== undefined && (tokens[pos] === "*" || tokens[pos] === "/")) {
      const op = tokens[pos++];
      const rhs = primary();
      if (rhs === undefined) return undefined;
      v = op === "*" ? v * rhs : v / rhs;
    }
    return v;
  };
  const sum = (): number | undefined => {
    let v = product();
    while (v !== undefined && (tokens[pos] === "+" || tokens[pos] === "-")) {
      const op = tokens[pos++];
      const rhs = product();
      if (rhs === undefined) return undefined;
      v = op === "+" ? v + rhs : v - rhs;
    }
    return v;
  };
  const value = sum();
  return pos === tokens.length ? value : undefined;
}
