// A corpus of office sheets with hand-written expectations: the one format every corpus of this repository
// uses (examples/office-sheets, later corpora) and that the conformance run maps the reference set into.
// Its loader refuses an entry with a missing field instead of letting `undefined === undefined` pass.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Grid } from "@hgcs/core";
import { worksheetToGrid } from "@hgcs/cli/xlsx";
import ExcelJS from "exceljs";

/** What a sheet is, and so which core check reads it. */
export type SheetKindName = "estimate" | "delegates" | "support" | "distribution" | "schedule";
const kinds: readonly SheetKindName[] = ["estimate", "delegates", "support", "distribution", "schedule"];

/** A finding named by code and cell; `"*"` as the cell matches anywhere (allow lists only). */
export interface FindingRule {
  readonly code: string;
  readonly cell: string;
}

export interface SheetExpectation {
  readonly file: string;
  readonly sheet: string;
  readonly kind: SheetKindName;
  readonly about: string;
  /** Repository-relative plan.json the check is given; absent: checked without a plan. */
  readonly plan?: string;
  /** Estimate sheets: where the table must be found (as core reports its range). */
  readonly table?: string;
  /** Estimate sheets: 1 = đồng, 1000 = thousands of đồng. */
  readonly scale?: number;
  /** Findings that must be reported. */
  readonly expect: readonly FindingRule[];
  /** Findings that may be reported. */
  readonly allow: readonly FindingRule[];
  /** Which findings outside expect ∪ allow fail: any severity (our own sheets: pinned exactly) or errors only. */
  readonly unexpected: "any" | "error";
  readonly totalCell?: string;
  readonly wordsCell?: string;
  /** Sheets with nothing computed yet: after fill and a recalculation, the total (sheet's scale) and words. */
  readonly afterFill?: { readonly total: number; readonly words: string };
  /** Lists and schedules: the plan's conference series (default: its first). */
  readonly series?: string;
  /** The check's date (YYYY-MM-DD), where caps or holidays depend on it. */
  readonly date?: string;
  /** Distribution sheets: the copies the sheet must share out. */
  readonly expectedCopies?: number;
}

const fail = (where: string, what: string): never => {
  throw new Error(`${where}: ${what}`);
};

function rules(value: unknown, where: string): FindingRule[] {
  if (!Array.isArray(value)) return fail(where, "must be a list of { code, cell }");
  return value.map((r: unknown, i) => {
    const rule = r as Partial<FindingRule> | null;
    if (typeof rule?.code !== "string" || typeof rule.cell !== "string")
      return fail(`${where}[${i}]`, "needs a code and a cell");
    return { code: rule.code, cell: rule.cell };
  });
}

/** Checks one raw entry: every field its kind needs is there and typed; throws naming the entry and field. */
export function parseExpectation(raw: unknown, where: string): SheetExpectation {
  const e = raw as Record<string, unknown> | null;
  if (!e || typeof e !== "object") return fail(where, "not an object");
  const str = (key: string) => (typeof e[key] === "string" && e[key] !== "" ? (e[key] as string) : undefined);
  const num = (key: string) => (typeof e[key] === "number" ? (e[key] as number) : undefined);
  const must = <T>(v: T | undefined, key: string): T => (v === undefined ? fail(where, `missing "${key}"`) : v);
  const kind = must(str("kind"), "kind") as SheetKindName;
  if (!kinds.includes(kind)) fail(where, `unknown kind "${kind}"`);
  const unexpected = must(str("unexpected"), "unexpected");
  if (unexpected !== "any" && unexpected !== "error") fail(where, `"unexpected" must be "any" or "error"`);
  const optional = {
    ...(str("plan") ? { plan: str("plan") as string } : {}),
    ...(str("series") ? { series: str("series") as string } : {}),
    ...(str("date") ? { date: str("date") as string } : {}),
    ...(num("expectedCopies") !== undefined ? { expectedCopies: num("expectedCopies") as number } : {}),
  };
  const base = {
    file: must(str("file"), "file"),
    sheet: must(str("sheet"), "sheet"),
    kind,
    about: must(str("about"), "about"),
    expect: rules(e["expect"], `${where}.expect`),
    allow: rules(e["allow"] ?? [], `${where}.allow`),
    unexpected: unexpected as "any" | "error",
    ...optional,
  };
  if (kind !== "estimate") {
    if (kind !== "distribution" && !base.plan) fail(where, `a ${kind} sheet is checked against a plan: "plan"`);
    return base;
  }
  const after = e["afterFill"] as { total?: unknown; words?: unknown } | undefined;
  if (after !== undefined && (typeof after.total !== "number" || typeof after.words !== "string"))
    fail(where, `"afterFill" needs a number "total" and a string "words"`);
  return {
    ...base,
    table: must(str("table"), "table"),
    scale: must(num("scale"), "scale"),
    totalCell: must(str("totalCell"), "totalCell"),
    wordsCell: must(str("wordsCell"), "wordsCell"),
    ...(after ? { afterFill: { total: after.total as number, words: after.words as string } } : {}),
  };
}

/** A folder of workbooks with its expected.json. */
export interface SheetCorpus {
  readonly name: string;
  readonly dir: string;
  readonly entries: readonly SheetExpectation[];
}

/** Reads `<dir>/expected.json`, every entry checked (throws naming the entry and field). */
export function loadCorpus(name: string, dir: string): SheetCorpus {
  const raw = JSON.parse(readFileSync(join(dir, "expected.json"), "utf8")) as unknown;
  if (!Array.isArray(raw) || raw.length === 0) throw new Error(`${dir}/expected.json: no entries`);
  return { name, dir, entries: raw.map((e, i) => parseExpectation(e, `${name}/expected.json[${i}]`)) };
}

/** Reads one sheet of a corpus workbook into a core Grid (the CLI's reader). */
export async function corpusGrid(dir: string, file: string, sheet?: string): Promise<Grid> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(dir, file));
  const ws = sheet ? wb.getWorksheet(sheet) : wb.worksheets[0];
  if (!ws) throw new Error(`${file}: no sheet ${sheet ?? "(first)"}`);
  return worksheetToGrid(ws);
}
