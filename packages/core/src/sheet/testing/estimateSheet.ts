import type { Grid } from "../../grid/grid.js";
import { toA1 } from "../../grid/a1.js";
import { wordsLine } from "../../words/wordsLine.js";
import { sumOverRows } from "../formula/sumFormula.js";
import type { ColumnRole } from "../locate/vocabulary.js";
import { buildGrid, f, type CellSpec } from "../../table/testing/gridBuilder.js";

/** How a money cell is written: a live formula, its value typed, left empty, or this typed number. */
export type MoneyMode = "formula" | "typed" | "empty" | number;

export interface SheetLineSpec {
  readonly number?: string;
  readonly content: string;
  readonly unit?: string;
  readonly factors?: Partial<Record<"quantity" | "persons" | "days" | "sessions" | "events", number>>;
  readonly rate?: number;
  readonly amount?: MoneyMode;
  readonly note?: string;
  readonly children?: readonly SheetLineSpec[];
}

export interface SheetSectionSpec {
  readonly number: string;
  readonly title: string;
  readonly lines: readonly SheetLineSpec[];
  readonly subtotal?: MoneyMode;
}

/** A generated estimate sheet for tests and benchmarks (money in the sheet's scale). */
export interface EstimateSheetSpec {
  readonly sheet?: string;
  readonly columns?: readonly ColumnRole[];
  readonly labels?: Partial<Record<ColumnRole, string>>;
  readonly sections: readonly SheetSectionSpec[];
  readonly caption?: string | null;
  readonly scale?: 1 | 1000;
  readonly titleRows?: number;
  readonly leftPad?: number;
  readonly columnNumbers?: boolean;
  readonly total?: MoneyMode;
  /** "correct" words of the total, "label" only, "none", or this text. */
  readonly words?: string;
  readonly origin?: { row: number; col: number };
}

const defaultColumns: readonly ColumnRole[] = [
  "number",
  "content",
  "unit",
  "quantity",
  "days",
  "rate",
  "amount",
  "note",
];
const defaultLabels: Record<ColumnRole, string> = {
  number: "STT",
  content: "Nội dung chi",
  unit: "Đơn vị tính",
  quantity: "Số lượng",
  persons: "Số người",
  days: "Số ngày",
  sessions: "Số buổi",
  events: "Số hội nghị",
  count: "Số lần",
  unitOrName: "Đơn vị",
  rate: "Mức chi",
  amount: "Thành tiền",
  note: "Ghi chú",
};

/** Builds an estimate sheet: title rows, caption, header, sections with items, total, words, signatures. */
export function estimateSheet(spec: EstimateSheetSpec): Grid {
  const columns = spec.columns ?? defaultColumns;
  const pad = spec.leftPad ?? 0;
  const origin = spec.origin ?? { row: 0, col: 0 };
  const colOf = (role: ColumnRole) => {
    const i = columns.indexOf(role);
    return i < 0 ? undefined : i + pad;
  };
  const addr = (r: number, role: ColumnRole) => toA1(r + origin.row, (colOf(role) ?? 0) + origin.col);
  const rows: CellSpec[][] = [];
  const put = (r: number, c: number | undefined, v: CellSpec) => {
    if (c === undefined) return;
    (rows[r] ??= [])[c] = v;
  };
  let r = 0;
  for (let i = 0; i < (spec.titleRows ?? 3); i++) put(r++, pad, i === 0 ? "SỞ TƯ PHÁP" : "DỰ TOÁN KINH PHÍ");
  if (spec.caption !== null)
    put(r++, colOf("amount"), spec.caption ?? (spec.scale === 1000 ? "Đơn vị tính: nghìn đồng" : "Đơn vị tính: đồng"));
  columns.forEach((role) => put(r, colOf(role), spec.labels?.[role] ?? defaultLabels[role]));
  r++;
  if (spec.columnNumbers) {
    columns.forEach((role, i) => put(r, colOf(role), `(${i + 1})`));
    r++;
  }

  const money = (mode: MoneyMode | undefined, formula: string, value: number): CellSpec =>
    mode === "empty"
      ? undefined
      : mode === "typed"
        ? { value, numberFormat: "#,##0" }
        : typeof mode === "number"
          ? mode
          : { ...f(formula, value), numberFormat: "#,##0" };
  const writeLine = (line: SheetLineSpec): number => {
    const row = r++;
    put(row, colOf("number"), line.number);
    put(row, colOf("content"), line.content);
    put(row, colOf("unit"), line.unit);
    put(row, colOf("note"), line.note);
    const refs: string[] = [];
    let product = line.rate ?? 0;
    for (const [kind, v] of Object.entries(line.factors ?? {})) {
      if (colOf(kind as ColumnRole) === undefined) continue;
      put(row, colOf(kind as ColumnRole), v);
      refs.push(addr(row, kind as ColumnRole));
      product *= v;
    }
    put(row, colOf("rate"), line.rate);
    if (line.children?.length) {
      const kids = line.children.map(writeLine);
      const sum = kids.reduce((a, k) => a + k, 0);
      put(row, colOf("amount"), money(line.amount, `SUM(${addr(row + 1, "amount")}:${addr(r - 1, "amount")})`, sum));
      return sum;
    }
    put(row, colOf("amount"), money(line.amount, [...refs, addr(row, "rate")].join("*"), product));
    return product;
  };
  const subtotalCells: string[] = [];
  let total = 0;
  for (const s of spec.sections) {
    const row = r++;
    put(row, colOf("number"), s.number);
    put(row, colOf("content"), s.title);
    const itemRows: number[] = [];
    let sum = 0;
    for (const line of s.lines) {
      itemRows.push(r);
      sum += writeLine(line);
    }
    put(
      row,
      colOf("amount"),
      money(
        s.subtotal,
        sumOverRows(itemRows, (x) => addr(x, "amount")),
        sum,
      ),
    );
    subtotalCells.push(addr(row, "amount"));
    total += sum;
  }
  const totalRow = r++;
  put(totalRow, colOf("content"), "TỔNG CỘNG");
  put(totalRow, colOf("amount"), money(spec.total, subtotalCells.join("+") || "0", total));
  const words = spec.words ?? "correct";
  if (words !== "none") {
    put(r++, pad, words === "correct" ? wordsLine(total * (spec.scale ?? 1)) : words === "label" ? "Bằng chữ:" : words);
  }
  r++;
  put(r, colOf("content"), "NGƯỜI LẬP BIỂU");
  put(r, colOf("amount"), "GIÁM ĐỐC");
  return buildGrid(rows, { sheet: spec.sheet ?? "Dự toán", origin });
}
