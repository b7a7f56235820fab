// The format of a corpus's expected.json (examples/office-sheets and every later corpus): what a correct
// checker reports on each workbook, written by hand from the sheet's own figures and the finding-code
// contract (never by running the checker). expectationProblems is the schema check: one message per
// missing or malformed field, so no expectation can pass as undefined. See docs/testing.md.
import { readFileSync } from "node:fs";
import { join } from "node:path";

export type SheetKind = "estimate" | "delegates" | "support" | "distribution" | "schedule";

/** A finding by its stable code and the A1 cell it is reported at. */
export interface FindingAt {
  readonly code: string;
  readonly cell: string;
}

/** A finding a checker may report but need not: a consequence of a mistake already expected. */
export interface AllowedFinding extends FindingAt {
  readonly why: string;
}

interface Common {
  readonly file: string;
  readonly sheet: string;
  readonly kind: SheetKind;
  /** One sentence: what the sheet is and what is wrong in it. */
  readonly about: string;
  /** Repository-relative plan file the check is given; absent for a sheet checked without a plan. */
  readonly plan?: string;
  /** Findings that must be reported, every severity included. */
  readonly expect: readonly FindingAt[];
  readonly allow: readonly AllowedFinding[];
  /**
   * Which findings outside expect ∪ allow fail: "any" severity (our own sheets, notes pinned), "warning" (errors
   * and warnings: a corpus that measures false alarms), or "error" only (a reference set).
   */
  readonly unexpected: "any" | "warning" | "error";
}

export interface EstimateExpectation extends Common {
  readonly kind: "estimate";
  /** The table's range as the checker reports it: header row(s) down to the words line. */
  readonly table: string;
  /** 1 = đồng, 1000 = thousands of đồng. */
  readonly scale: 1 | 1000 | 1000000;
  readonly totalCell: string;
  readonly wordsCell: string;
  /** For a sheet still to be filled: the total (in the sheet's scale) and its words (no "đồng") after fill. */
  readonly afterFill?: { readonly total: number; readonly words: string };
  /** The published form or estimate the sheet is laid out after: a title and its address. */
  readonly source?: string;
  /** The one mistake planted in the sheet: the finding that reports it (also in expect), and what it is. */
  readonly seeded?: FindingAt & { readonly mistake: string };
  /** The amount column, and the amount cells whose figure is wrong before fill (the rest must keep theirs). */
  readonly amounts?: { readonly column: string; readonly wrong: readonly string[] };
  /** For a sheet with a plan: the findings that must be reported when it is checked without one. */
  readonly withoutPlan?: { readonly expect: readonly FindingAt[] };
}

export interface ListExpectation extends Common {
  readonly kind: "delegates" | "support" | "schedule";
  readonly plan: string;
  /** The plan's conference series the list or schedule belongs to. */
  readonly series: string;
}

export interface DistributionExpectation extends Common {
  readonly kind: "distribution";
  readonly plan: string;
  /** Copies the rows must add up to: the plan's printed copies less those it says the issuer keeps. */
  readonly expectedCopies: number;
}

export type Expectation = EstimateExpectation | ListExpectation | DistributionExpectation;

const kinds: readonly SheetKind[] = ["estimate", "delegates", "support", "distribution", "schedule"];
const common = ["file", "sheet", "kind", "about", "plan", "expect", "allow", "unexpected"];
const fieldsOf: Readonly<
  Record<SheetKind, { readonly required: readonly string[]; readonly optional: readonly string[] }>
> = {
  estimate: {
    required: ["table", "scale", "totalCell", "wordsCell"],
    optional: ["plan", "afterFill", "source", "seeded", "amounts", "withoutPlan"],
  },
  delegates: { required: ["plan", "series"], optional: [] },
  support: { required: ["plan", "series"], optional: [] },
  schedule: { required: ["plan", "series"], optional: [] },
  distribution: { required: ["plan", "expectedCopies"], optional: [] },
};

const cellPattern = /^[A-Z]{1,3}[1-9]\d*$/;
const rangePattern = /^[A-Z]{1,3}[1-9]\d*:[A-Z]{1,3}[1-9]\d*$/;
const codePattern = /^[a-z]+(_[a-z]+)*\.[a-z]+(_[a-z]+)*$/;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === "string" && v.trim() !== "";

/** Every problem of expected.json's content, each naming the entry and the field; [] when it is well formed. */
export function expectationProblems(json: unknown): string[] {
  if (!Array.isArray(json)) return ["expected.json: not an array"];
  const problems: string[] = [];
  json.forEach((entry: unknown, i) => {
    const name = isObject(entry) && isText(entry.file) ? entry.file : `entry ${i}`;
    const problem = (field: string, what: string) => problems.push(`${name}: ${field} ${what}`);
    if (!isObject(entry)) return void problems.push(`${name}: not an object`);
    if (!isText(entry.file) || !/^[a-z0-9]+(-[a-z0-9]+)*\.xlsx$/.test(entry.file))
      problem("file", "must be a kebab-case .xlsx name");
    for (const field of ["sheet", "about"]) if (!isText(entry[field])) problem(field, "must be a non-empty string");
    if (!kinds.includes(entry.kind as SheetKind)) return void problem("kind", `must be one of ${kinds.join(", ")}`);
    const kind = entry.kind as SheetKind;
    const { required, optional } = fieldsOf[kind];
    for (const field of required) if (entry[field] === undefined) problem(field, `is required for kind "${kind}"`);
    for (const field of Object.keys(entry))
      if (!common.includes(field) && !required.includes(field) && !optional.includes(field))
        problem(field, `is not a field of kind "${kind}"`);
    if (entry.plan !== undefined && (!isText(entry.plan) || !entry.plan.endsWith(".json")))
      problem("plan", "must be a repository-relative .json path");
    if (!["any", "warning", "error"].includes(entry.unexpected as string))
      problem("unexpected", 'must be "any", "warning" or "error"');
    checkFindings(entry.expect, "expect", false, problem);
    checkFindings(entry.allow, "allow", true, problem);
    if (kind === "estimate") {
      if (!(typeof entry.table === "string" && rangePattern.test(entry.table))) problem("table", "must be an A1 range");
      if (![1, 1000, 1000000].includes(entry.scale as number)) problem("scale", "must be 1, 1000 or 1000000");
      for (const field of ["totalCell", "wordsCell"])
        if (!(typeof entry[field] === "string" && cellPattern.test(entry[field]))) problem(field, "must be an A1 cell");
      if (entry.afterFill !== undefined) {
        const after = entry.afterFill;
        if (!isObject(after) || !Number.isSafeInteger(after.total) || !isText(after.words))
          problem("afterFill", "must be { total: integer, words: string }");
        else if (/đồng/i.test(after.words)) problem("afterFill.words", 'must leave out "đồng"');
      }
      checkMeasured(entry, problem);
    }
    if (kind === "delegates" || kind === "support" || kind === "schedule")
      if (!isText(entry.series)) problem("series", "must be a conference series id");
    if (
      kind === "distribution" &&
      !(Number.isSafeInteger(entry.expectedCopies) && (entry.expectedCopies as number) > 0)
    )
      problem("expectedCopies", "must be a positive whole number");
  });
  return problems;
}

// The fields a measuring corpus adds to an estimate entry (tests/corpus): each well formed when present.
function checkMeasured(entry: Json, problem: (field: string, what: string) => void): void {
  if (entry.source !== undefined && !isText(entry.source)) problem("source", "must name the published source");
  const seeded = entry.seeded;
  if (seeded !== undefined) {
    if (!isObject(seeded) || !isText(seeded.mistake)) problem("seeded", "must be { code, cell, mistake }");
    else {
      checkFindings([{ code: seeded.code, cell: seeded.cell }], "seeded", false, problem);
      const listed =
        Array.isArray(entry.expect) &&
        entry.expect.some((f: unknown) => isObject(f) && f.code === seeded.code && f.cell === seeded.cell);
      if (!listed) problem("seeded", "must also be in expect");
    }
  }
  const amounts = entry.amounts;
  if (amounts !== undefined) {
    if (!isObject(amounts) || typeof amounts.column !== "string" || !/^[A-Z]{1,3}$/.test(amounts.column))
      problem("amounts.column", "must be a column's letters");
    else if (!Array.isArray(amounts.wrong) || amounts.wrong.some((c) => typeof c !== "string" || !cellPattern.test(c)))
      problem("amounts.wrong", "must be a list of A1 cells");
    else if (
      amounts.wrong.some(
        (c: string) =>
          !c.startsWith(amounts.column as string) || /^[A-Z]/.test(c.slice((amounts.column as string).length)),
      )
    )
      problem("amounts.wrong", "must be cells of the amount column");
  }
  const without = entry.withoutPlan;
  if (without !== undefined) {
    if (entry.plan === undefined) problem("withoutPlan", "needs a plan");
    if (!isObject(without)) problem("withoutPlan", "must be { expect }");
    else checkFindings(without.expect, "withoutPlan.expect", false, problem);
  }
}

function checkFindings(
  list: unknown,
  field: string,
  needsWhy: boolean,
  problem: (field: string, what: string) => void,
): void {
  if (!Array.isArray(list)) return problem(field, "must be an array");
  list.forEach((f: unknown, k) => {
    const at = `${field}[${k}]`;
    if (!isObject(f)) return problem(at, "must be an object");
    if (!(typeof f.code === "string" && codePattern.test(f.code))) problem(`${at}.code`, "must be a finding code");
    if (!(typeof f.cell === "string" && cellPattern.test(f.cell))) problem(`${at}.cell`, "must be an A1 cell");
    if (needsWhy && !isText(f.why)) problem(`${at}.why`, "must say why the finding is acceptable");
    for (const key of Object.keys(f))
      if (!["code", "cell", ...(needsWhy ? ["why"] : [])].includes(key)) problem(`${at}.${key}`, "is not a field");
  });
}

/** `<dir>/expected.json`, checked: throws listing every problem when it is malformed. */
export function readExpectations(dir: string): Expectation[] {
  const json: unknown = JSON.parse(readFileSync(join(dir, "expected.json"), "utf8"));
  const problems = expectationProblems(json);
  if (problems.length > 0) throw new Error(`${join(dir, "expected.json")}:\n${problems.join("\n")}`);
  return json as Expectation[];
}
