import { fromA1 } from "../../grid/a1.js";
import type { RoundMode } from "../../money/roundTo.js";

/**
 * A parsed formula of the simple kind estimate sheets use: numbers, cell refs, ranges, + − × ÷, SUM, and
 * ROUND / ROUNDUP / ROUNDDOWN to a constant number of digits.
 */
export type Expr =
  | { readonly k: "num"; readonly v: number }
  | { readonly k: "ref"; readonly row: number; readonly col: number }
  | {
      readonly k: "range";
      readonly top: number;
      readonly left: number;
      readonly bottom: number;
      readonly right: number;
    }
  | { readonly k: "sum"; readonly args: readonly Expr[] }
  | { readonly k: "neg"; readonly e: Expr }
  | { readonly k: "round"; readonly mode: RoundMode; readonly e: Expr; readonly digits: number }
  | { readonly k: "bin"; readonly op: "+" | "-" | "*" | "/"; readonly a: Expr; readonly b: Expr };

const roundModes: Readonly<Record<string, RoundMode>> = { ROUND: "round", ROUNDUP: "up", ROUNDDOWN: "down" };

const tokenPattern =
  /\s*(?:(\$?[A-Za-z]{1,3}\$?\d{1,7}(?::\$?[A-Za-z]{1,3}\$?\d{1,7})?)(?![A-Za-z0-9_(!])|(\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|(SUM|ROUND(?:UP|DOWN)?)\s*(?=\()|([-+*/(),;]))/iy;

/**
 * How deep a parsed formula may nest (brackets, signs, SUM, and the operands of one + − × ÷ chain):
 * Excel allows 64 levels of functions; beyond this a formula is too deep to read, never a stack overflow.
 */
export const maxFormulaDepth = 200;

/** What parsing gives: the expression, "too_deep" past maxFormulaDepth, or undefined for a richer formula. */
export type ParsedFormula = Expr | "too_deep" | undefined;

/**
 * Parses a formula (with or without its leading "=") into an Expr, sheet coordinates 0-based;
 * undefined for anything richer (other functions, sheet references, names), which callers treat as
 * opaque, and for a formula nested deeper than maxFormulaDepth (see parseFormulaDepth).
 */
export function parseFormula(formula: string): Expr | undefined {
  const parsed = parseFormulaDepth(formula);
  return parsed === "too_deep" ? undefined : parsed;
}

/** True when a formula nests deeper than hgcs reads (it is then opaque, and worth a warning). */
export function isFormulaTooDeep(formula: string): boolean {
  return parseFormulaDepth(formula) === "too_deep";
}

class TooDeep extends Error {}

/** parseFormula that tells a formula too deep to read from an opaque one. Never recurses past the limit. */
export function parseFormulaDepth(formula: string): ParsedFormula {
  if (typeof formula !== "string") return undefined;
  // Fast path for the commonest formula of all, a line's product of cells ("D15*E15*F15").
  if (formula.length < 200 && productPattern.test(formula)) return productOf(formula);
  const tokens = tokenize(formula.replace(/^\s*=/, ""));
  if (!tokens) return undefined;
  let pos = 0;
  // The depth of the expression being built: each bracket, sign, SUM and chained operand adds one.
  let depth = 0;
  const deeper = (by: number) => {
    depth += by;
    if (depth > maxFormulaDepth) throw new TooDeep();
  };
  const peek = () => tokens[pos];
  // One precedence level: operands from `next`, joined left to right by `ops`.
  const level = (ops: readonly string[], next: () => Expr | undefined) => (): Expr | undefined => {
    const entry = depth;
    let left = next();
    while (left && ops.includes(peek() ?? "")) {
      const op = tokens[pos++] as "+" | "-" | "*" | "/";
      // A chain nests to the left: its operand count is its depth.
      deeper(1);
      const right = next();
      left = right ? { k: "bin", op, a: left, b: right } : undefined;
    }
    depth = entry;
    return left;
  };
  const term = level(["*", "/"], () => factor());
  const expr = level(["+", "-"], term);
  const factor = (): Expr | undefined => {
    const t = tokens[pos++];
    if (t === undefined) return undefined;
    const mode = roundModes[t.toUpperCase()];
    if (t === "-" || t === "+" || t === "(" || t.toUpperCase() === "SUM" || mode) {
      const entry = depth;
      deeper(1);
      const e =
        t === "-" ? negation() : t === "+" ? factor() : t === "(" ? bracketed() : mode ? roundCall(mode) : sumCall();
      depth = entry;
      return e;
    }
    if (/^\d/.test(t)) return { k: "num", v: Number(t) };
    return reference(t);
  };
  const negation = (): Expr | undefined => {
    const e = factor();
    return e ? { k: "neg", e } : undefined;
  };
  const bracketed = (): Expr | undefined => {
    const e = expr();
    return tokens[pos++] === ")" ? e : undefined;
  };
  const sumCall = (): Expr | undefined => {
    if (tokens[pos++] !== "(") return undefined;
    const args: Expr[] = [];
    if (peek() === ")") {
      pos++;
      return { k: "sum", args };
    }
    for (;;) {
      const e = expr();
      if (!e) return undefined;
      args.push(e);
      const sep = tokens[pos++];
      if (sep === ")") return { k: "sum", args };
      if (sep !== "," && sep !== ";") return undefined;
    }
  };
  // ROUND(x, digits): the digits a constant, as sheets write them ("0", "-3").
  const roundCall = (mode: RoundMode): Expr | undefined => {
    if (tokens[pos++] !== "(") return undefined;
    const e = expr();
    const sep = tokens[pos++];
    if (!e || (sep !== "," && sep !== ";")) return undefined;
    const digits = expr();
    if (tokens[pos++] !== ")") return undefined;
    const n = digits?.k === "num" ? digits.v : digits?.k === "neg" && digits.e.k === "num" ? -digits.e.v : undefined;
    return n !== undefined && Number.isInteger(n) ? { k: "round", mode, e, digits: n } : undefined;
  };
  try {
    const result = expr();
    return result && pos === tokens.length ? result : undefined;
  } catch (e) {
    if (e instanceof TooDeep) return "too_deep";
    throw e;
  }
}

const trailingSpace = /\s*$/y;

function tokenize(text: string): string[] | undefined {
  const out: string[] = [];
  let at = 0;
  while (at < text.length) {
    trailingSpace.lastIndex = at;
    if (trailingSpace.exec(text) && trailingSpace.lastIndex === text.length) break;
    tokenPattern.lastIndex = at;
    const m = tokenPattern.exec(text);
    if (!m) return undefined;
    out.push((m[1] ?? m[2] ?? m[3] ?? m[4] ?? "").toUpperCase());
    at = tokenPattern.lastIndex;
  }
  return out;
}

const productPattern = /^\s*=?\s*\$?[A-Za-z]{1,3}\$?\d{1,7}(?:\s*\*\s*\$?[A-Za-z]{1,3}\$?\d{1,7})*\s*$/;

function productOf(formula: string): Expr | undefined {
  let out: Expr | undefined;
  for (const part of formula.replace(/^\s*=/, "").split("*")) {
    const ref = reference(part.trim());
    if (!ref) return undefined;
    out = out ? { k: "bin", op: "*", a: out, b: ref } : ref;
  }
  return out;
}

function reference(token: string): Expr | undefined {
  const [a, b] = token.split(":");
  const from = a ? fromA1(a) : undefined;
  if (!from) return undefined;
  if (b === undefined) return { k: "ref", row: from.row, col: from.col };
  const to = fromA1(b);
  if (!to) return undefined;
  return {
    k: "range",
    top: Math.min(from.row, to.row),
    left: Math.min(from.col, to.col),
    bottom: Math.max(from.row, to.row),
    right: Math.max(from.col, to.col),
  };
}

/**
 * The single-row cells a formula multiplies, when it is a pure product of same-row refs ("D15*E15*F15"),
 * rounded or not ("ROUND(D15*E15*F15,0)").
 */
export function productColumns(e: Expr, row: number): number[] | undefined {
  if (e.k === "ref") return e.row === row ? [e.col] : undefined;
  // A rounded product multiplies the same cells.
  if (e.k === "round") return productColumns(e.e, row);
  if (e.k === "bin" && e.op === "*") {
    const a = productColumns(e.a, row);
    const b = a && productColumns(e.b, row);
    return a && b ? [...a, ...b] : undefined;
  }
  return undefined;
}

/**
 * The cells a formula adds, when it only adds: SUM of refs/ranges and "+" chains ("G13+G23", "SUM(G14:G22)").
 * Each entry is an inclusive rectangle; undefined when the formula does anything else.
 */
export function addedCells(e: Expr): { top: number; left: number; bottom: number; right: number }[] | undefined {
  if (e.k === "ref") return [{ top: e.row, left: e.col, bottom: e.row, right: e.col }];
  if (e.k === "range") return [{ top: e.top, left: e.left, bottom: e.bottom, right: e.right }];
  if (e.k === "sum") {
    const out: { top: number; left: number; bottom: number; right: number }[] = [];
    for (const arg of e.args) {
      const part = addedCells(arg);
      if (!part) return undefined;
      for (const p of part) out.push(p);
    }
    return out;
  }
  if (e.k === "bin" && e.op === "+") {
    const a = addedCells(e.a);
    const b = a && addedCells(e.b);
    return a && b ? [...a, ...b] : undefined;
  }
  return undefined;
}

/** The formula's shape relative to its cell (R1C1-like), for comparing neighbours: "R[0]C[-3]*R[0]C[-1]". */
export function formulaShape(e: Expr, row: number, col: number): string {
  const rel = (r: number, c: number) => `R[${r - row}]C[${c - col}]`;
  switch (e.k) {
    case "num":
      return "n";
    case "ref":
      return rel(e.row, e.col);
    case "range":
      return `${rel(e.top, e.left)}:${rel(e.bottom, e.right)}`;
    case "sum":
      return `SUM(${e.args.map((a) => formulaShape(a, row, col)).join(",")})`;
    case "neg":
      return `-${formulaShape(e.e, row, col)}`;
    case "round":
      return `ROUND${e.mode === "round" ? "" : e.mode.toUpperCase()}(${formulaShape(e.e, row, col)},${e.digits})`;
    case "bin":
      return `(${formulaShape(e.a, row, col)}${e.op}${formulaShape(e.b, row, col)})`;
  }
}

/** Every cell rectangle a formula reads, in sheet coordinates. */
export function referencedCells(e: Expr): { top: number; left: number; bottom: number; right: number }[] {
  switch (e.k) {
    case "num":
      return [];
    case "ref":
      return [{ top: e.row, left: e.col, bottom: e.row, right: e.col }];
    case "range":
      return [{ top: e.top, left: e.left, bottom: e.bottom, right: e.right }];
    case "sum":
      return e.args.flatMap(referencedCells);
    case "neg":
    case "round":
      return referencedCells(e.e);
    case "bin":
      return [...referencedCells(e.a), ...referencedCells(e.b)];
  }
}
