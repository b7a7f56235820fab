// The test suite's own spreadsheet evaluator: the oracle that recomputes what core's fill and render write
// (and what the Excel add-in's fake stores). It shares no code with @hgcs/core — its own A1 parsing,
// tokenizer, parser and arithmetic — so core is never its own judge. It computes exactly the formulas core
// writes and throws on anything else; it never falls back to a cached value. Plain TypeScript, no Node
// modules: it also runs bundled in a browser (the add-in's Chromium test).
//
// Scope (Excel semantics):
//   numbers (12, 1.5, .5, 1e3); references A1, $A$1, A$1, $A1 (same sheet; "Sheet!A1" only when Sheet is
//   the evaluator's own sheet); + − * / with precedence, left to right; unary − and +; parentheses;
//   SUM(arg, …) whose arguments are ranges (A1:B9, corners in any order), references or expressions;
//   ROUND, ROUNDUP and ROUNDDOWN (number, digits), as offices round a line's product.
//   A blank cell is 0 in arithmetic; booleans are 1 and 0 in arithmetic; text holding a plain integer
//   ("12") is that number, other text is #VALUE!. SUM over ranges and references adds the numbers and
//   skips blanks, text and booleans. Error values in cells propagate. A formula that is only a reference
//   (=A1, =+A1) shows the referenced value itself (text stays text, a blank shows 0).
// What Excel would show as an error value (#VALUE!, #DIV/0!, #NUM!, an error read from a cell) is thrown
// by default; with `excelErrors: "keep"` it becomes the cell's value ({ error }) instead.
// Everything else — other functions, other sheets, text literals, names, booleans, comparison and text
// operators, whole rows or columns, text numbers whose reading depends on the locale, circular
// references — throws, naming the formula and its cell.

/** An Excel error value, e.g. { error: "#REF!" }. */
export interface ErrorValue {
  readonly error: string;
}

/** What a cell holds as the evaluator reads it (for a formula cell: its cached value, ignored). */
export type SheetValue = number | string | boolean | null | ErrorValue;

/** What a formula computes: a number, or text or a boolean passed through by a lone reference. */
export type Computed = number | string | boolean | ErrorValue;

/** One cell: its value and, for a formula cell, its formula (with or without the leading "="). */
export interface SheetCell {
  readonly value?: SheetValue | undefined;
  readonly formula?: string | undefined;
}

/** The cell at 0-based sheet coordinates, undefined when blank. */
export type CellReader = (row: number, col: number) => SheetCell | undefined;

export interface EvaluatorOptions {
  /** The sheet's name: named in messages, and "Name!A1" references to it are read as local ones. */
  readonly sheet?: string;
  /** "throw" (default): a formula computing an Excel error throws; "keep": the error becomes its value. */
  readonly excelErrors?: "throw" | "keep";
}

/** Thrown for a formula that cannot be computed, or (by default) that computes an Excel error value. */
export class FormulaError extends Error {
  override readonly name = "FormulaError";
  constructor(
    message: string,
    /** The formula, with its "=". */
    readonly formula: string,
    /** The cell holding it (A1, with the sheet when known), or undefined for a formula evaluated on its own. */
    readonly cell: string | undefined,
    /** The Excel error value the formula computes, or undefined when it cannot be computed at all. */
    readonly excelError?: string,
  ) {
    super(message);
  }
}

// ---------------------------------------------------------------------------------------------------
// A1 addresses

/** Excel's last column (XFD) and row, 0-based. */
export const lastCol = 16_383;
export const lastRow = 1_048_575;
const maxRangeCells = 1_000_000;
const maxNesting = 200;

/** Column letters → 0-based index ("A" → 0, "AA" → 26), or -1 when not 1–3 letters up to XFD. */
export function columnIndex(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return -1;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1 <= lastCol ? n - 1 : -1;
}

/** 0-based column index → letters (0 → "A", 26 → "AA"). */
export function columnLetters(col: number): string {
  let out = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

/** 0-based (row, col) → "A1". */
export function toAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** "G17", "$G$17", "g$17" → 0-based { row, col }; undefined when not a cell address within Excel's grid. */
export function parseAddress(address: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address);
  if (!m) return undefined;
  const col = columnIndex(m[1] ?? "");
  const row = Number(m[2]) - 1;
  return col < 0 || row < 0 || row > lastRow ? undefined : { row, col };
}

/** A rectangle of cells, 0-based and inclusive; `sheet` when the reference names one. */
export interface ReferencedArea {
  readonly sheet?: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

const sheetPrefix = String.raw`(?:'((?:[^']|'')+)'|([^\s'!(),+\-*/&^%<>=;:"{}#]+))!`;
const cellPart = String.raw`\$?[A-Za-z]{1,3}\$?\d{1,7}`;
const referencePattern = new RegExp(
  String.raw`(?<![A-Za-z0-9_.$'!])(?:${sheetPrefix})?(${cellPart}(?::${cellPart})?|\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}|\$?\d{1,7}:\$?\d{1,7})(?![A-Za-z0-9_(!.])`,
  "g",
);

/**
 * The areas a formula may read, found lexically (text literals skipped): for formulas this evaluator may
 * not compute, to tell whether they depend on a cell. Whole columns and rows span the grid; names and
 * references built by functions (INDIRECT, OFFSET) are not seen.
 */
export function referencedAreas(formula: string): ReferencedArea[] {
  const text = formula.replace(/"(?:[^"]|"")*"/g, '""');
  const areas: ReferencedArea[] = [];
  for (const m of text.matchAll(referencePattern)) {
    const sheet = m[1] !== undefined ? m[1].replaceAll("''", "'") : m[2];
    const [a = "", b = a] = (m[3] ?? "").replaceAll("$", "").split(":");
    let from = parseAddress(a);
    let to = parseAddress(b);
    if (!from || !to) {
      const cols = [columnIndex(a), columnIndex(b)];
      const rows = [Number(a) - 1, Number(b) - 1];
      if (cols[0] !== -1 && cols[1] !== -1 && /^[A-Za-z]+$/.test(a)) {
        from = { row: 0, col: cols[0] ?? 0 };
        to = { row: lastRow, col: cols[1] ?? 0 };
      } else if (/^\d+$/.test(a) && (rows[0] ?? -1) >= 0 && (rows[1] ?? -1) >= 0) {
        from = { row: rows[0] ?? 0, col: 0 };
        to = { row: rows[1] ?? 0, col: lastCol };
      } else continue;
    }
    areas.push({
      ...(sheet !== undefined ? { sheet } : {}),
      top: Math.min(from.row, to.row),
      left: Math.min(from.col, to.col),
      bottom: Math.max(from.row, to.row),
      right: Math.max(from.col, to.col),
    });
  }
  return areas;
}

// ---------------------------------------------------------------------------------------------------
// Tokens and syntax tree

type Op = "+" | "-" | "*" | "/";
type Token =
  | { readonly t: "num"; readonly v: number; readonly text: string }
  | { readonly t: "ref"; readonly row: number; readonly col: number; readonly text: string }
  | { readonly t: "fn"; readonly name: string; readonly text: string }
  | { readonly t: "punct"; readonly text: Op | "(" | ")" | "," | ":" };

type Node =
  | { readonly k: "num"; readonly v: number }
  | { readonly k: "ref"; readonly row: number; readonly col: number }
  | {
      readonly k: "range";
      readonly top: number;
      readonly left: number;
      readonly bottom: number;
      readonly right: number;
    }
  | { readonly k: "neg"; readonly e: Node }
  | { readonly k: "plus"; readonly e: Node }
  | { readonly k: "chain"; readonly first: Node; readonly rest: readonly { readonly op: Op; readonly e: Node }[] }
  | { readonly k: "sum"; readonly args: readonly Node[] }
  | { readonly k: "round"; readonly name: string; readonly e: Node; readonly digits: Node };

/** Why a formula cannot be computed (becomes a FormulaError naming the formula and cell). */
class Unsupported extends Error {}
/** An Excel error value the formula computes. */
class ExcelError extends Error {
  constructor(
    readonly error: string,
    why: string,
  ) {
    super(`${error}: ${why}`);
  }
}

const numberPattern = /(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/y;
const wordPattern = /[A-Za-z_\\$][A-Za-z0-9_.$]*/y;
const sheetPattern = new RegExp(sheetPrefix, "y");

function tokenize(source: string, sheet: string | undefined): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const localSheet = (name: string, at: number): void => {
    if (sheet === undefined || name.toUpperCase() !== sheet.toUpperCase())
      throw new Unsupported(`a reference to another sheet (${source.slice(at)})`);
  };
  while (i < source.length) {
    const ch = source.charAt(i);
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    sheetPattern.lastIndex = i;
    const prefix = sheetPattern.exec(source);
    if (prefix) {
      localSheet(prefix[1] !== undefined ? prefix[1].replaceAll("''", "'") : (prefix[2] ?? ""), i);
      i += prefix[0].length;
      continue;
    }
    if (ch === "'") throw new Unsupported(`unexpected "'"`);
    if (/[0-9.]/.test(ch)) {
      numberPattern.lastIndex = i;
      const m = numberPattern.exec(source);
      if (!m) throw new Unsupported(`unexpected "${ch}"`);
      tokens.push({ t: "num", v: Number(m[0]), text: m[0] });
      i += m[0].length;
      continue;
    }
    wordPattern.lastIndex = i;
    const word = wordPattern.exec(source)?.[0];
    if (word !== undefined) {
      const after = i + word.length;
      const next = /\s*\(/y;
      next.lastIndex = after;
      if (/^[A-Za-z_][A-Za-z0-9_.]*$/.test(word) && next.test(source)) {
        if (!["SUM", "ROUND", "ROUNDUP", "ROUNDDOWN"].includes(word.toUpperCase()))
          throw new Unsupported(`the function ${word.toUpperCase()} (only SUM and ROUND are computed)`);
        tokens.push({ t: "fn", name: word.toUpperCase(), text: word });
        i = after;
        continue;
      }
      const p = parseAddress(word);
      if (!p) throw new Unsupported(`the name "${word}" (only cell references like A1 or $A$1 are read)`);
      tokens.push({ t: "ref", row: p.row, col: p.col, text: word });
      i = after;
      continue;
    }
    if ("+-*/(),:".includes(ch)) {
      tokens.push({ t: "punct", text: ch as Op | "(" | ")" | "," | ":" });
      i++;
      continue;
    }
    if (ch === '"') throw new Unsupported("a text literal");
    if (ch === "#") throw new Unsupported(`an error literal (${source.slice(i)})`);
    if (ch === "[") throw new Unsupported("a reference to another workbook");
    throw new Unsupported(`the operator or character "${ch}"`);
  }
  return tokens;
}

function parse(formula: string, sheet: string | undefined): Node {
  const source = formula.replace(/^\s*=/, "");
  if (source.trim() === "") throw new Unsupported("an empty formula");
  const tokens = tokenize(source, sheet);
  let pos = 0;
  let depth = 0;
  const describe = (t: Token | undefined) => (t === undefined ? "the end of the formula" : `"${t.text}"`);
  const isPunct = (t: Token | undefined, text: string) => t?.t === "punct" && t.text === text;
  const expect = (text: string) => {
    const t = tokens[pos++];
    if (!isPunct(t, text)) throw new Unsupported(`expected "${text}" but found ${describe(t)}`);
  };
  const chain = (ops: readonly Op[], operand: () => Node) => (): Node => {
    const first = operand();
    const rest: { op: Op; e: Node }[] = [];
    for (let t = tokens[pos]; t?.t === "punct" && (ops as readonly string[]).includes(t.text); t = tokens[pos]) {
      pos++;
      rest.push({ op: t.text as Op, e: operand() });
    }
    return rest.length === 0 ? first : { k: "chain", first, rest };
  };
  const unary = (): Node => {
    if (++depth > maxNesting) throw new Unsupported(`nesting deeper than ${maxNesting}`);
    try {
      const t = tokens[pos];
      if (isPunct(t, "-")) {
        pos++;
        return { k: "neg", e: unary() };
      }
      if (isPunct(t, "+")) {
        pos++;
        return { k: "plus", e: unary() };
      }
      return primary();
    } finally {
      depth--;
    }
  };
  const term = chain(["*", "/"], unary);
  const expression = chain(["+", "-"], term);
  const primary = (): Node => {
    const t = tokens[pos++];
    if (t === undefined) throw new Unsupported("an incomplete formula");
    switch (t.t) {
      case "num":
        return { k: "num", v: t.v };
      case "ref": {
        if (!isPunct(tokens[pos], ":")) return { k: "ref", row: t.row, col: t.col };
        pos++;
        const end = tokens[pos++];
        if (end?.t !== "ref") throw new Unsupported(`a range ending in ${describe(end)}`);
        const range = {
          k: "range",
          top: Math.min(t.row, end.row),
          left: Math.min(t.col, end.col),
          bottom: Math.max(t.row, end.row),
          right: Math.max(t.col, end.col),
        } as const;
        if ((range.bottom - range.top + 1) * (range.right - range.left + 1) > maxRangeCells)
          throw new Unsupported(`a range of more than ${maxRangeCells} cells (${t.text}:${end.text})`);
        return range;
      }
      case "fn": {
        expect("(");
        if (t.name !== "SUM") {
          const e = expression();
          expect(",");
          const digits = expression();
          expect(")");
          return { k: "round", name: t.name, e, digits };
        }
        const args: Node[] = [];
        if (isPunct(tokens[pos], ")")) throw new Unsupported("SUM without arguments");
        for (;;) {
          if (isPunct(tokens[pos], ",") || isPunct(tokens[pos], ")")) throw new Unsupported("an empty SUM argument");
          args.push(expression());
          if (!isPunct(tokens[pos], ",")) break;
          pos++;
        }
        expect(")");
        return { k: "sum", args };
      }
      case "punct":
        if (t.text === "(") {
          const inner = expression();
          expect(")");
          return inner;
        }
        throw new Unsupported(`unexpected "${t.text}"`);
    }
  };
  const tree = expression();
  if (pos < tokens.length) throw new Unsupported(`unexpected ${describe(tokens[pos])}`);
  return tree;
}

/** The cells a tree reads: each reference and every cell of each range. */
function* cellsRead(node: Node): Generator<readonly [number, number]> {
  switch (node.k) {
    case "num":
      return;
    case "ref":
      yield [node.row, node.col];
      return;
    case "range":
      for (let r = node.top; r <= node.bottom; r++) for (let c = node.left; c <= node.right; c++) yield [r, c];
      return;
    case "neg":
    case "plus":
      yield* cellsRead(node.e);
      return;
    case "chain":
      yield* cellsRead(node.first);
      for (const { e } of node.rest) yield* cellsRead(e);
      return;
    case "sum":
      for (const arg of node.args) yield* cellsRead(arg);
      return;
    case "round":
      yield* cellsRead(node.e);
      yield* cellsRead(node.digits);
      return;
  }
}

// ---------------------------------------------------------------------------------------------------
// Values

type Lookup = (row: number, col: number) => SheetValue;

const isError = (v: unknown): v is ErrorValue => typeof v === "object" && v !== null && "error" in v;

function checked(n: number, what: string): number {
  if (!Number.isFinite(n)) throw new ExcelError("#NUM!", `${what} is ${n}`);
  return n;
}

/** A referenced cell's value as a formula sees it: a blank is 0, an error propagates. */
function cellValue(v: SheetValue, row: number, col: number): number | string | boolean {
  if (v === null) return 0;
  if (isError(v)) throw new ExcelError(v.error, `${toAddress(row, col)} holds ${v.error}`);
  if (typeof v === "number") return checked(v, toAddress(row, col));
  return v;
}

/** A value in arithmetic: booleans are 1 and 0, text a plain integer or #VALUE!. */
function toNumber(v: number | string | boolean, where: string): number {
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (/^\s*[+-]?\d+\s*$/.test(v)) return Number(v);
  const at = where === "" ? "" : ` ${where}`;
  if (/^\s*[+-]?[\d.,]*\d[\d.,]*\s*$/.test(v))
    throw new Unsupported(`arithmetic on the text number "${v}"${at} (its reading depends on the locale)`);
  throw new ExcelError("#VALUE!", `arithmetic on the text "${v}"${at}`);
}

function evaluateNode(node: Node, lookup: Lookup): number | string | boolean {
  switch (node.k) {
    case "num":
      return node.v;
    case "ref":
      return cellValue(lookup(node.row, node.col), node.row, node.col);
    case "range":
      if (node.top === node.bottom && node.left === node.right)
        return cellValue(lookup(node.top, node.left), node.top, node.left);
      throw new Unsupported(
        `the range ${toAddress(node.top, node.left)}:${toAddress(node.bottom, node.right)} outside SUM`,
      );
    case "plus":
      // Excel's unary plus changes nothing: =+A1 shows A1's text as text.
      return evaluateNode(node.e, lookup);
    case "neg":
      return -toNumber(evaluateNode(node.e, lookup), where(node.e));
    case "chain": {
      let acc = toNumber(evaluateNode(node.first, lookup), where(node.first));
      for (const { op, e } of node.rest) {
        const b = toNumber(evaluateNode(e, lookup), where(e));
        if (op === "/" && b === 0) throw new ExcelError("#DIV/0!", "division by zero");
        acc = checked(op === "+" ? acc + b : op === "-" ? acc - b : op === "*" ? acc * b : acc / b, "the result");
      }
      return acc;
    }
    case "round": {
      const x = toNumber(evaluateNode(node.e, lookup), where(node.e));
      const digits = Math.trunc(toNumber(evaluateNode(node.digits, lookup), where(node.digits)));
      return excelRound(x, digits, node.name);
    }
    case "sum": {
      let total = 0;
      for (const arg of node.args) {
        if (arg.k === "ref" || arg.k === "range") {
          const [top, left, bottom, right] =
            arg.k === "ref" ? [arg.row, arg.col, arg.row, arg.col] : [arg.top, arg.left, arg.bottom, arg.right];
          for (let r = top; r <= bottom; r++) {
            for (let c = left; c <= right; c++) {
              const v = lookup(r, c);
              if (isError(v)) throw new ExcelError(v.error, `${toAddress(r, c)} holds ${v.error}`);
              if (typeof v === "number") total += checked(v, toAddress(r, c));
            }
          }
        } else total += toNumber(evaluateNode(arg, lookup), "in a SUM argument");
      }
      return checked(total, "the SUM");
    }
  }
}

/** ROUND (half away from zero), ROUNDUP (away from zero), ROUNDDOWN (toward zero), via decimal text. */
function excelRound(x: number, digits: number, name: string): number {
  const magnitude = Math.abs(x);
  const shifted = Number(`${Number(magnitude.toPrecision(15))}e${digits}`);
  const whole =
    name === "ROUNDUP" ? Math.ceil(shifted) : name === "ROUNDDOWN" ? Math.floor(shifted) : Math.floor(shifted + 0.5);
  const back = Number(`${whole}e${-digits}`);
  return x < 0 ? -back : back;
}

const where = (node: Node) => (node.k === "ref" ? `in ${toAddress(node.row, node.col)}` : "");

// ---------------------------------------------------------------------------------------------------
// The evaluator

const keyOf = (row: number, col: number) => row * (lastCol + 1) + col;
const hasFormula = (cell: SheetCell | undefined): cell is SheetCell & { formula: string } =>
  typeof cell?.formula === "string" && cell.formula.replace(/^\s*=/, "").trim() !== "";

interface Frame {
  readonly formula: string;
  readonly row?: number;
  readonly col?: number;
  readonly key?: number;
  /** The cell's own formula (its result is remembered), not one evaluated as if it sat there. */
  readonly own?: boolean;
  node?: Node;
  cells?: Iterator<readonly [number, number]>;
}

/**
 * Evaluates the formulas of one sheet, as read through `read` (a fixed sheet: results are remembered, make
 * a new evaluator after the sheet changes). A formula cell another formula reads is computed first (with an
 * explicit stack, so long chains do not overflow), a circular reference throws.
 */
export class SheetEvaluator {
  readonly #read: CellReader;
  readonly #sheet: string | undefined;
  readonly #keep: boolean;
  readonly #computed = new Map<number, Computed>();
  readonly #parsed = new Map<string, Node>();

  constructor(read: CellReader, options: EvaluatorOptions = {}) {
    this.#read = read;
    this.#sheet = options.sheet;
    this.#keep = options.excelErrors === "keep";
  }

  /** The value the cell shows once the sheet is calculated: a formula cell's computed value, else its value. */
  value(row: number, col: number): SheetValue {
    const cell = this.#read(row, col);
    if (!hasFormula(cell)) return cell?.value ?? null;
    return (
      this.#computed.get(keyOf(row, col)) ??
      this.#run({ formula: cell.formula, row, col, key: keyOf(row, col), own: true })
    );
  }

  /** Evaluates a formula (with or without "=") against the sheet; `at` is the cell it would sit in, if any. */
  evaluate(formula: string, at?: { readonly row: number; readonly col: number }): Computed {
    return this.#run(at ? { formula, row: at.row, col: at.col, key: keyOf(at.row, at.col) } : { formula });
  }

  #address(frame: Frame): string | undefined {
    if (frame.row === undefined || frame.col === undefined) return undefined;
    const a1 = toAddress(frame.row, frame.col);
    return this.#sheet === undefined ? a1 : `${this.#sheet}!${a1}`;
  }

  #fail(stack: readonly Frame[], error: unknown): never {
    const frame = stack[stack.length - 1] as Frame;
    const formula = `=${frame.formula.replace(/^\s*=/, "")}`;
    const cell = this.#address(frame);
    const reason = error instanceof Error ? error.message : String(error);
    const via = stack.slice(0, -1).map((f) => this.#address(f) ?? "the formula");
    const message =
      `Cannot compute "${formula}"${cell ? ` in ${cell}` : ""}: ${reason}` +
      (via.length > 0 ? ` (reached from ${via.join(" → ")})` : "");
    throw new FormulaError(message, formula, cell, error instanceof ExcelError ? error.error : undefined);
  }

  #parse(formula: string): Node {
    let node = this.#parsed.get(formula);
    if (!node) this.#parsed.set(formula, (node = parse(formula, this.#sheet)));
    return node;
  }

  #run(root: Frame): Computed {
    const stack: Frame[] = [root];
    const onStack = new Set<number>(root.key === undefined ? [] : [root.key]);
    const lookup: Lookup = (row, col) => {
      const cell = this.#read(row, col);
      if (!hasFormula(cell)) return cell?.value ?? null;
      const v = this.#computed.get(keyOf(row, col));
      if (v === undefined) throw new Error(`internal: ${toAddress(row, col)} read before it was computed`);
      return v;
    };
    for (;;) {
      const frame = stack[stack.length - 1] as Frame;
      let result: Computed | undefined;
      try {
        frame.node ??= this.#parse(frame.formula);
        frame.cells ??= cellsRead(frame.node);
        let needs: Frame | undefined;
        for (let next = frame.cells.next(); !next.done; next = frame.cells.next()) {
          const [row, col] = next.value;
          const key = keyOf(row, col);
          if (onStack.has(key)) {
            const from = stack.findIndex((f) => f.key === key);
            const path = [...stack.slice(from), { formula: "", row, col }].map((f) => this.#address(f));
            throw new Unsupported(`a circular reference ${path.join(" → ")}`);
          }
          if (this.#computed.has(key)) continue;
          const cell = this.#read(row, col);
          if (!hasFormula(cell)) continue;
          needs = { formula: cell.formula, row, col, key, own: true };
          break;
        }
        if (needs) {
          stack.push(needs);
          onStack.add(needs.key as number);
          continue;
        }
        const v = evaluateNode(frame.node, lookup);
        result = typeof v === "number" && Object.is(v, -0) ? 0 : v;
      } catch (error) {
        if (error instanceof ExcelError && this.#keep) result = { error: error.error };
        else if (error instanceof Unsupported || error instanceof ExcelError) this.#fail(stack, error);
        else throw error;
      }
      stack.pop();
      if (frame.key !== undefined) {
        onStack.delete(frame.key);
        if (frame.own) this.#computed.set(frame.key, result as Computed);
      }
      if (stack.length === 0) return result as Computed;
    }
  }
}

/** Evaluates one formula against a sheet (a fresh evaluator each call). */
export function evaluateFormula(
  formula: string,
  read: CellReader,
  options: EvaluatorOptions & { readonly at?: { readonly row: number; readonly col: number } } = {},
): Computed {
  return new SheetEvaluator(read, options).evaluate(formula, options.at);
}
