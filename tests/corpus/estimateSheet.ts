// Draws one estimate sheet of the measuring corpus from a plain description: a title block, a table of any
// columns (multipliers, non-multiplier columns, one or two header rows, a column-number row) at any origin,
// sections, letter groups, sub-items, contingency/VAT/rounding lines, a total, a words line, signatures.
// Formulas carry the cached result Excel would save (recomputed once every cell is written, so a heading's
// SUM over the lines below it is right). ExcelJS and the office-sheets kit only: nothing from @hgcs.
import type ExcelJS from "exceljs";
import { col, evaluate, SheetWriter, unicodeText, type Style } from "../../examples/office-sheets/sheetKit.js";

export type Role = "no" | "content" | "unit" | "factor" | "rate" | "amount" | "note" | "other";

export interface Column {
  readonly role: Role;
  readonly header: string;
  readonly width: number;
  /** Upper header text: consecutive columns with the same group share one merged cell; the others merge down. */
  readonly group?: string;
  /** The column-number row's text ("(1)", "(7)=(4)x(5)x(6)") or number. */
  readonly number?: string | number;
}

/** How an amount cell is written when not the default (a live product, or the product typed). */
export type AmountOverride =
  { readonly typed: number } | "blank" | { readonly formula: (row: number, cols: Columns) => string };

export interface Line {
  readonly kind?: "line";
  readonly no: string;
  readonly content: string;
  readonly unit?: string;
  /** One value per factor column, in order (null: left blank). */
  readonly factors: readonly (number | null)[];
  readonly rate: number;
  /** One value per "other" column, in order: figures that are not multipliers (Định mức, Đã cấp, last year). */
  readonly other?: readonly (number | string | null)[];
  readonly note?: string;
  readonly amount?: AmountOverride;
  /** Sub-items: the line's amount is their sum. */
  readonly subs?: readonly Line[];
}

export type Subtotal = "sum" | "blank" | { readonly typed: number } | { readonly shortBy: number };

export interface Section {
  readonly kind: "section";
  readonly no: string;
  readonly title: string;
  readonly lines: readonly Line[];
  readonly subtotal?: Subtotal;
  /** A closing row ("Cộng mục I") holds the subtotal; the heading's amount cell stays empty. */
  readonly footer?: string;
}

export interface Group {
  readonly kind: "group";
  readonly no: string;
  readonly title: string;
  readonly sections: readonly Section[];
}

/** A line computed from other parts: contingency or VAT (a percentage of them), or a typed figure (rounding). */
export interface Extra {
  readonly kind: "extra";
  readonly no: string;
  readonly content: string;
  readonly percent?: { readonly of: readonly number[]; readonly rate: number };
  readonly typed?: number;
  /** What the rate column shows ("10%"), if anything. */
  readonly rateText?: string;
  readonly note?: string;
}

export type Part = Section | Group | Extra | Line;

export interface TableSpec {
  /** Column number of the table's first column (1 = A). */
  readonly left: number;
  readonly columns: readonly Column[];
  /** Write the column-number row under the header. */
  readonly numbers?: boolean;
  /** "formulas": live formulas; "typed": every figure a typed number; "text": every figure typed as text ("1.920"). */
  readonly figures: "formulas" | "typed" | "text";
  readonly parts: readonly Part[];
  readonly total: {
    readonly label: string;
    /** The column holding the label (default: content). */
    readonly at?: "no" | "content";
    /** A formula other than the sum of the top-level parts (a planted mistake), from their amount cells. */
    readonly formula?: (cells: readonly string[]) => string;
    readonly typed?: number;
  };
  /** The whole words line ("Bằng chữ: … đồng./."); split: the label in the content column's left neighbour. */
  readonly words: string;
  readonly wordsSplit?: boolean;
}

export interface TitleBlock {
  /** The issuing agency, one or two lines, top left. */
  readonly agency: readonly string[];
  readonly dateLine?: string;
  /** Centred lines: the first in bold capitals. */
  readonly heading: readonly string[];
  /** Lines under the heading across the table ("Căn cứ …"). */
  readonly notes?: readonly string[];
  /** The scale caption, right-aligned in the row above the table. */
  readonly caption?: string;
  /** Blank rows between the title block and the table. */
  readonly gap?: number;
}

export interface SheetSpec {
  readonly sheet: string;
  readonly title?: TitleBlock;
  readonly table: TableSpec;
  /** Signature blocks, each a list of lines, left to right. */
  readonly signatures?: readonly (readonly string[])[];
  /** A date line above the signatures instead of in the title block. */
  readonly dateBelow?: string;
}

/** Column letters by role. */
export interface Columns {
  readonly no: string;
  readonly content: string;
  readonly unit: string | undefined;
  readonly factors: readonly string[];
  readonly rate: string;
  readonly amount: string;
  readonly note: string | undefined;
  readonly others: readonly string[];
  readonly first: string;
  readonly last: string;
}

function columnsOf(spec: TableSpec): Columns {
  const at = (role: Role) => spec.columns.flatMap((c, i) => (c.role === role ? [col(spec.left + i)] : []));
  const one = (role: Role) => {
    const [letter] = at(role);
    if (letter === undefined) throw new Error(`no ${role} column`);
    return letter;
  };
  return {
    no: one("no"),
    content: one("content"),
    unit: at("unit")[0],
    factors: at("factor"),
    rate: one("rate"),
    amount: one("amount"),
    note: at("note")[0],
    others: at("other"),
    first: col(spec.left),
    last: col(spec.left + spec.columns.length - 1),
  };
}

/** "1.920", "1,35": a number typed as text the Vietnamese way. */
export function typedText(n: number): string {
  const [int = "0", frac] = String(Math.round(n * 1e6) / 1e6).split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return frac === undefined ? grouped : `${grouped},${frac}`;
}

const bold: Style = { bold: true, h: "center", v: "middle", wrap: true };

/** Draws the sheet; returns nothing: what a checker must find is written by hand in expected.json. */
export function drawEstimateSheet(wb: ExcelJS.Workbook, spec: SheetSpec): void {
  const ws = wb.addWorksheet(spec.sheet, {
    pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const w = new SheetWriter(ws, unicodeText, 12);
  const t = spec.table;
  const c = columnsOf(t);
  const widths: number[] = Array.from({ length: t.left - 1 }, () => 3);
  w.widths([...widths, ...t.columns.map((x) => x.width)]);
  const firstCol = t.left;
  const lastCol = t.left + t.columns.length - 1;
  const across = (r: number) => `${c.first}${r}:${c.last}${r}`;

  let r = 1;
  if (spec.title) {
    const b = spec.title;
    const split = firstCol + 1;
    b.agency.forEach((line, i) =>
      w.merge(`${c.first}${1 + i}:${col(split)}${1 + i}`, line, { bold: i === b.agency.length - 1, h: "center" }),
    );
    const right = (row: number) => `${col(lastCol - 2)}${row}:${c.last}${row}`;
    w.merge(right(1), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { bold: true, h: "center" });
    w.merge(right(2), "Độc lập - Tự do - Hạnh phúc", { bold: true, h: "center" });
    if (b.dateLine !== undefined) w.merge(right(3), b.dateLine, { italic: true, h: "center" });
    r = 5;
    b.heading.forEach((line, i) =>
      w.merge(across(r + i), line, i === 0 ? { bold: true, h: "center", size: 14 } : { bold: true, h: "center" }),
    );
    r += b.heading.length;
    for (const note of b.notes ?? []) {
      w.merge(across(r), note, { italic: true, wrap: true });
      w.height(r, 30);
      r += 1;
    }
    r += b.gap ?? 0;
    if (b.caption !== undefined) {
      w.merge(`${col(lastCol - 1)}${r}:${c.last}${r}`, b.caption, { italic: true, h: "right" });
      r += 1;
    }
  }
  const top = r;

  // Header: one row, or two when any column has a group.
  const twoRows = t.columns.some((x) => x.group !== undefined);
  if (twoRows) {
    t.columns.forEach((x, i) => {
      const letter = col(firstCol + i);
      if (x.group === undefined) w.merge(`${letter}${r}:${letter}${r + 1}`, x.header, bold);
      else w.text(`${letter}${r + 1}`, x.header, bold);
    });
    for (let i = 0; i < t.columns.length;) {
      const group = t.columns[i]?.group;
      let j = i;
      while (group !== undefined && t.columns[j + 1]?.group === group) j++;
      if (group !== undefined) {
        const range = `${col(firstCol + i)}${r}:${col(firstCol + j)}${r}`;
        if (i === j) w.text(`${col(firstCol + i)}${r}`, group, bold);
        else w.merge(range, group, bold);
      }
      i = j + 1;
    }
    r += 2;
  } else {
    t.columns.forEach((x, i) => w.text(`${col(firstCol + i)}${r}`, x.header, bold));
    w.height(r, 33);
    r += 1;
  }
  if (t.numbers) {
    t.columns.forEach((x, i) => {
      const address = `${col(firstCol + i)}${r}`;
      if (typeof x.number === "number") w.number(address, x.number, { h: "center", numFmt: "0" });
      else if (x.number !== undefined) w.text(address, x.number, { italic: true, h: "center" });
    });
    r += 1;
  }

  const formulas: string[] = [];
  const put = (address: string, n: number, style: Style = {}) =>
    t.figures === "text"
      ? w.text(address, typedText(n), { h: "right", numFmt: "@", ...style })
      : w.number(address, n, { numFmt: Number.isInteger(n) ? "#,##0" : "#,##0.###", ...style });
  const formula = (address: string, f: string, style: Style = {}) => {
    w.formula(address, f, style);
    formulas.push(address);
  };
  // The amount a typed sheet carries in a cell (what an office adds up by hand).
  const typedValue = new Map<string, number>();
  const sumOf = (cells: readonly string[]) => cells.reduce((s, x) => s + (typedValue.get(x) ?? 0), 0);
  const writeSum = (address: string, cells: readonly string[], f: string, style: Style = {}) => {
    if (t.figures === "formulas") formula(address, f, style);
    else {
      const v = sumOf(cells);
      typedValue.set(address, v);
      put(address, v, style);
    }
  };
  const plus = (cells: readonly string[]) => cells.join("+");

  const writeLine = (line: Line, style: Style = {}): string => {
    const row = r++;
    w.text(`${c.no}${row}`, line.no, { h: "center", ...style });
    w.text(`${c.content}${row}`, line.content, { wrap: true, ...style });
    if (line.unit !== undefined && c.unit !== undefined) w.text(`${c.unit}${row}`, line.unit, { h: "center" });
    line.other?.forEach((v, i) => {
      const letter = c.others[i];
      if (letter === undefined) throw new Error(`${line.content}: more "other" values than columns`);
      if (typeof v === "number") put(`${letter}${row}`, v);
      else if (v !== null) w.text(`${letter}${row}`, v, { wrap: true });
    });
    if (line.note !== undefined && c.note !== undefined) w.text(`${c.note}${row}`, line.note, { wrap: true });
    const cell = `${c.amount}${row}`;
    if (line.subs) {
      const cells = line.subs.map((sub) => writeLine(sub, { italic: true }));
      const range = `SUM(${cells[0]}:${cells[cells.length - 1]})`;
      // Written after its sub-items so that a typed parent adds them; the parent row is above them.
      writeSum(cell, cells, range, { bold: true });
      return cell;
    }
    const used: string[] = [];
    let product = line.rate;
    line.factors.forEach((f, i) => {
      const letter = c.factors[i];
      if (letter === undefined) throw new Error(`${line.content}: more factors than factor columns`);
      if (f === null) return;
      put(`${letter}${row}`, f);
      used.push(`${letter}${row}`);
      product *= f;
    });
    put(`${c.rate}${row}`, line.rate);
    const a = line.amount;
    if (a === "blank") return cell;
    if (a !== undefined && "typed" in a) {
      typedValue.set(cell, a.typed);
      put(cell, a.typed);
    } else if (a !== undefined) formula(cell, a.formula(row, c));
    else if (t.figures === "formulas") formula(cell, [...used, `${c.rate}${row}`].join("*"));
    else {
      const rounded = Math.round(product * 1e6) / 1e6;
      typedValue.set(cell, rounded);
      put(cell, rounded);
    }
    return cell;
  };

  const writeSection = (s: Section): string => {
    const head = r++;
    w.text(`${c.no}${head}`, s.no, { bold: true, h: "center" });
    w.text(`${c.content}${head}`, s.title, { bold: true, wrap: true });
    const cells = s.lines.map((line) => writeLine(line));
    let at = head;
    if (s.footer !== undefined) {
      at = r++;
      w.text(`${c.content}${at}`, s.footer, { bold: true, h: "center" });
    }
    const cell = `${c.amount}${at}`;
    const subtotal = s.subtotal ?? "sum";
    const nested = s.lines.some((l) => l.subs !== undefined);
    const first = cells[0] ?? cell;
    const last = cells[cells.length - 1] ?? cell;
    if (subtotal === "blank") return cell;
    if (subtotal === "sum") writeSum(cell, cells, nested ? plus(cells) : `SUM(${first}:${last})`, { bold: true });
    else if ("typed" in subtotal) {
      typedValue.set(cell, subtotal.typed);
      put(cell, subtotal.typed, { bold: true });
    } else {
      const lastRow = Number(/\d+$/.exec(last)?.[0]) - subtotal.shortBy;
      formula(cell, `SUM(${first}:${c.amount}${lastRow})`, { bold: true });
    }
    return cell;
  };

  const partCells: string[] = [];
  for (const part of t.parts) {
    if (part.kind === "section") partCells.push(writeSection(part));
    else if (part.kind === "group") {
      const head = r++;
      w.text(`${c.no}${head}`, part.no, { bold: true, h: "center" });
      w.text(`${c.content}${head}`, part.title, { bold: true, wrap: true });
      const cells = part.sections.map(writeSection);
      const cell = `${c.amount}${head}`;
      writeSum(cell, cells, plus(cells), { bold: true });
      partCells.push(cell);
    } else if (part.kind === "extra") {
      const row = r++;
      w.text(`${c.no}${row}`, part.no, { bold: true, h: "center" });
      w.text(`${c.content}${row}`, part.content, { bold: true, wrap: true });
      if (part.rateText !== undefined) w.text(`${c.rate}${row}`, part.rateText, { h: "center" });
      if (part.note !== undefined && c.note !== undefined) w.text(`${c.note}${row}`, part.note, { wrap: true });
      const cell = `${c.amount}${row}`;
      if (part.percent) {
        const base = part.percent.of.map((i) => partCells[i] ?? "");
        const sum = base.length === 1 ? (base[0] ?? "") : `(${plus(base)})`;
        if (t.figures === "formulas") formula(cell, `${sum}*${part.percent.rate}/100`, { bold: true });
        else {
          const v = (sumOf(base) * part.percent.rate) / 100;
          typedValue.set(cell, v);
          put(cell, v, { bold: true });
        }
      } else if (part.typed !== undefined) {
        typedValue.set(cell, part.typed);
        put(cell, part.typed, { bold: true });
      }
      partCells.push(cell);
    } else partCells.push(writeLine(part));
  }

  const totalRow = r++;
  w.text(`${t.total.at === "no" ? c.no : c.content}${totalRow}`, t.total.label, { bold: true, h: "center" });
  const totalCell = `${c.amount}${totalRow}`;
  const linesOnly = t.parts.every((p) => (p.kind === undefined || p.kind === "line") && p.subs === undefined);
  if (t.total.typed !== undefined) {
    typedValue.set(totalCell, t.total.typed);
    put(totalCell, t.total.typed, { bold: true });
  } else if (t.total.formula) formula(totalCell, t.total.formula(partCells), { bold: true });
  else
    writeSum(
      totalCell,
      partCells,
      linesOnly ? `SUM(${partCells[0]}:${partCells[partCells.length - 1]})` : plus(partCells),
      { bold: true },
    );
  w.border(`${c.first}${top}:${c.last}${totalRow}`);

  const wordsRow = r++;
  if (t.wordsSplit) {
    const [label = "", words = ""] = t.words.split(/(?<=:)\s*/);
    w.text(`${c.no}${wordsRow}`, label, { italic: true, bold: true });
    w.merge(`${c.content}${wordsRow}:${c.last}${wordsRow}`, words, { italic: true, wrap: true });
  } else w.merge(across(wordsRow), t.words, { italic: true, wrap: true });
  w.height(wordsRow, 30);

  // Cached results: every formula recomputed until nothing changes (a heading sums rows written after it).
  for (let pass = 0; pass < 8; pass++) {
    let changed = false;
    for (const address of formulas) {
      const cell = ws.getCell(address);
      const v = cell.value as { formula: string; result: number };
      const result = evaluate(ws, v.formula);
      if (result !== v.result) {
        cell.value = { formula: v.formula, result };
        changed = true;
      }
    }
    if (!changed) break;
  }

  let s = wordsRow + 2;
  if (spec.dateBelow !== undefined) {
    w.merge(`${col(lastCol - 2)}${s}:${c.last}${s}`, spec.dateBelow, { italic: true, h: "center" });
    s += 1;
  }
  const blocks = spec.signatures ?? [];
  const at = [firstCol + 1, Math.max(firstCol + 2, Math.floor((firstCol + lastCol) / 2) + 1), lastCol - 1];
  blocks.forEach((lines, i) => {
    const column = blocks.length === 2 && i === 1 ? (at[2] ?? lastCol) : (at[i] ?? lastCol);
    lines.forEach((line, k) =>
      w.text(`${col(column)}${s + k}`, line, {
        bold: !line.startsWith("("),
        italic: line.startsWith("("),
        h: "center",
      }),
    );
  });
}
