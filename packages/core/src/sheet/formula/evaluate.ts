import { roundTo } from "../../money/roundTo.js";
import type { Expr } from "./formula.js";

/** What a cell contributes to a formula: a number, blank (null), text, or an error. */
export type Operand = number | null | string | { readonly error: string };

/** The result of evaluating a simple formula: a number, or an error value as Excel would show it. */
export type Evaluated = { readonly ok: true; readonly value: number } | { readonly ok: false; readonly error: string };

/** The largest range SUM reads (a whole-sheet range is #NUM!, not a billion look-ups). */
export const maxRangeCells = 1_000_000;

/**
 * Evaluates a parsed simple formula as Excel does: blanks are 0, SUM skips text, arithmetic on text is
 * #VALUE!, errors propagate. `lookup` takes 0-based sheet coordinates.
 */
export function evaluateFormula(e: Expr, lookup: (row: number, col: number) => Operand): Evaluated {
  switch (e.k) {
    case "num":
      return { ok: true, value: e.v };
    case "ref":
      return scalar(lookup(e.row, e.col));
    case "range":
      // A bare range outside SUM is only meaningful for a single cell.
      return e.top === e.bottom && e.left === e.right ? scalar(lookup(e.top, e.left)) : { ok: false, error: "#VALUE!" };
    case "neg": {
      const v = evaluateFormula(e.e, lookup);
      return v.ok ? { ok: true, value: -v.value } : v;
    }
    case "sum":
      return sum(e.args, lookup);
    case "round": {
      const v = evaluateFormula(e.e, lookup);
      return v.ok ? { ok: true, value: roundTo(v.value, e.digits, e.mode) } : v;
    }
    case "bin": {
      const a = evaluateFormula(e.a, lookup);
      if (!a.ok) return a;
      const b = evaluateFormula(e.b, lookup);
      if (!b.ok) return b;
      switch (e.op) {
        case "+":
          return { ok: true, value: a.value + b.value };
        case "-":
          return { ok: true, value: a.value - b.value };
        case "*":
          return { ok: true, value: a.value * b.value };
        case "/":
          return b.value === 0 ? { ok: false, error: "#DIV/0!" } : { ok: true, value: a.value / b.value };
      }
    }
  }
}

function scalar(v: Operand): Evaluated {
  if (v === null) return { ok: true, value: 0 };
  if (typeof v === "number") return Number.isFinite(v) ? { ok: true, value: v } : { ok: false, error: "#NUM!" };
  if (typeof v === "string") {
    // Excel coerces numeric-looking text in arithmetic ("6" * 2 = 12), else #VALUE!.
    const n = v.trim() === "" ? Number.NaN : Number(v);
    return Number.isFinite(n) ? { ok: true, value: n } : { ok: false, error: "#VALUE!" };
  }
  return { ok: false, error: v.error };
}

function sum(args: readonly Expr[], lookup: (row: number, col: number) => Operand): Evaluated {
  let total = 0;
  for (const arg of args) {
    if (arg.k === "range" || arg.k === "ref") {
      const top = arg.k === "ref" ? arg.row : arg.top;
      const bottom = arg.k === "ref" ? arg.row : arg.bottom;
      const left = arg.k === "ref" ? arg.col : arg.left;
      const right = arg.k === "ref" ? arg.col : arg.right;
      if ((bottom - top + 1) * (right - left + 1) > maxRangeCells) return { ok: false, error: "#NUM!" };
      for (let r = top; r <= bottom; r++) {
        for (let c = left; c <= right; c++) {
          const v = lookup(r, c);
          if (typeof v === "number") total += v;
          else if (v !== null && typeof v === "object") return { ok: false, error: v.error };
        }
      }
    } else {
      const v = evaluateFormula(arg, lookup);
      if (!v.ok) return v;
      total += v.value;
    }
  }
  return { ok: true, value: total };
}
