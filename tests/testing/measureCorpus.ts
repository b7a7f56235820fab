// Measures the sheet engine on a corpus of estimate sheets it was not designed on (tests/corpus): per sheet,
// what goes wrong today — a table missed or misread, a planted mistake or an expected finding not reported, a
// false error or warning (with the plan and without it), an error fill cannot clear, an amount that was right
// and that fill changes — as a list of gaps, and a summary over the corpus. The expectation is the corpus's
// hand-written expected.json; fill's output is recomputed by the tests' own evaluator, never core's.
import { fillSheet, type Finding, type Grid, type Plan } from "@hgcs/core";
import { checkCorpusSheet } from "./checkCorpusSheet.js";
import { cellAt, notFillable } from "./describeCorpus.js";
import type { FindingRule, SheetExpectation } from "./sheetCorpus.js";
import { applyEditsAndRecalculate } from "./spreadsheet/recalculate.js";
import { textAmountReadings } from "./textAmount.js";

/** What can go wrong on a sheet; `at` says where (a finding's code@cell, a cell, or what was read). */
export type GapKind =
  | "table.missed"
  | "table.misread"
  | "seeded.missed"
  | "finding.missed"
  | "false.error"
  | "false.warning"
  | "fill.failed"
  | "fill.leaves_error"
  | "fill.changes_right_amount";

export const gapKinds: readonly GapKind[] = [
  "table.missed",
  "table.misread",
  "seeded.missed",
  "finding.missed",
  "false.error",
  "false.warning",
  "fill.failed",
  "fill.leaves_error",
  "fill.changes_right_amount",
];

export interface Gap {
  readonly file: string;
  readonly kind: GapKind;
  readonly at: string;
  /** "without plan" for what goes wrong only when a sheet that has a plan is checked without it. */
  readonly run?: "without plan";
}

export interface SheetMeasure {
  readonly file: string;
  readonly located: boolean;
  readonly seeded: number;
  readonly seededFound: number;
  readonly falseErrors: number;
  readonly falseWarnings: number;
  readonly amountsChanged: number;
  readonly gaps: readonly Gap[];
}

const label = (f: Finding) => `${f.code}@${f.at?.cell ?? f.at?.sheet ?? "?"}`;
const matches = (f: Finding, rule: FindingRule) => f.code === rule.code && f.at?.cell === rule.cell;

// A numeric amount as a spreadsheet shows it: a number, a formula's value, or a number typed as text.
function amountOf(grid: Grid, address: string): number | undefined {
  const value = cellAt(grid, address)?.value;
  if (typeof value === "number") return value;
  if (typeof value !== "string") return undefined;
  const [reading, other] = textAmountReadings(value);
  return other === undefined ? reading : undefined;
}

function rowsOf(range: string): [number, number] {
  const [, top, bottom] = /^[A-Z]+(\d+):[A-Z]+(\d+)$/.exec(range) ?? [];
  return [Number(top), Number(bottom)];
}

/** The findings of one check compared with what the entry expects: missed, and false alarms by severity. */
function compare(
  file: string,
  findings: readonly Finding[],
  expect: readonly FindingRule[],
  allow: readonly FindingRule[],
  seeded: FindingRule | undefined,
  run: Gap["run"],
): Gap[] {
  const tag = run ? { run } : {};
  const gaps: Gap[] = [];
  for (const rule of expect)
    if (!findings.some((f) => matches(f, rule)))
      gaps.push({
        file,
        kind: seeded && rule.code === seeded.code && rule.cell === seeded.cell ? "seeded.missed" : "finding.missed",
        at: `${rule.code}@${rule.cell}`,
        ...tag,
      });
  for (const f of findings) {
    if (f.severity === "info" || [...expect, ...allow].some((rule) => matches(f, rule))) continue;
    gaps.push({ file, kind: f.severity === "error" ? "false.error" : "false.warning", at: label(f), ...tag });
  }
  return gaps;
}

/** Checks one sheet (with its plan and, when it has one, without), fills it with every fix, checks it again. */
export function measureSheet(grid: Grid, entry: SheetExpectation, plan: Plan | undefined): SheetMeasure {
  const file = entry.file;
  const gaps: Gap[] = [];
  const seeded = entry.seeded;
  const checked = checkCorpusSheet(grid, entry, plan);
  const count = (kind: GapKind) => gaps.filter((g) => g.kind === kind).length;
  const measure = (amountsChanged: number): SheetMeasure => ({
    file,
    located: checked.located,
    seeded: seeded ? 1 : 0,
    seededFound: seeded && checked.located && count("seeded.missed") === 0 ? 1 : 0,
    falseErrors: count("false.error"),
    falseWarnings: count("false.warning"),
    amountsChanged,
    gaps,
  });
  if (!checked.located) {
    gaps.push({ file, kind: "table.missed", at: entry.table ?? "?" });
    return measure(0);
  }
  const read = { range: checked.range, scale: checked.scale, total: checked.totalCell, words: checked.wordsCell };
  const want = { range: entry.table, scale: entry.scale, total: entry.totalCell, words: entry.wordsCell };
  for (const key of ["range", "scale", "total", "words"] as const)
    if (read[key] !== want[key])
      gaps.push({ file, kind: "table.misread", at: `${key} ${String(read[key] ?? "none")}` });
  gaps.push(...compare(file, checked.findings, entry.expect, entry.allow, seeded, undefined));
  if (plan) {
    const { plan: _named, ...planless } = entry;
    const alone = checkCorpusSheet(grid, planless, undefined);
    const expect = entry.withoutPlan?.expect ?? entry.expect;
    if (alone.located) gaps.push(...compare(file, alone.findings, expect, entry.allow, undefined, "without plan"));
    else gaps.push({ file, kind: "table.missed", at: entry.table ?? "?", run: "without plan" });
  }

  // fill --fix all, applied and recomputed as a spreadsheet would; then the copy is checked again.
  const filled = fillSheet(grid, { ...(plan ? { plan } : {}), fix: ["all"] });
  if (!filled.ok) {
    gaps.push({ file, kind: "fill.failed", at: filled.findings.map(label).join(", ") || "not ok" });
    return measure(0);
  }
  let after: Grid;
  try {
    after = applyEditsAndRecalculate(grid, filled.value.edits);
  } catch (e) {
    gaps.push({ file, kind: "fill.failed", at: `recalculation: ${(e as Error).message.split("\n")[0] ?? ""}` });
    return measure(0);
  }
  for (const f of checkCorpusSheet(after, entry, plan).findings)
    if (f.severity === "error" && !notFillable.has(f.code))
      gaps.push({ file, kind: "fill.leaves_error", at: label(f) });

  let changed = 0;
  const column = entry.amounts?.column;
  if (column && entry.table) {
    const [top, bottom] = rowsOf(entry.table);
    const wrong = new Set(entry.amounts?.wrong ?? []);
    for (let row = top; row <= bottom; row++) {
      const address = `${column}${row}`;
      const before = amountOf(grid, address);
      if (before === undefined || wrong.has(address)) continue;
      const now = amountOf(after, address);
      if (now !== undefined && Math.abs(now - before) < 1e-6) continue;
      changed++;
      gaps.push({ file, kind: "fill.changes_right_amount", at: `${address} ${before} → ${String(now ?? "blank")}` });
    }
  }
  return measure(changed);
}

export interface CorpusSummary {
  readonly sheets: number;
  readonly located: number;
  readonly seeded: number;
  readonly seededFound: number;
  readonly falseErrors: number;
  readonly falseWarnings: number;
  readonly amountsChanged: number;
  readonly fillLeavesError: number;
}

export function summarize(measures: readonly SheetMeasure[]): CorpusSummary {
  const sum = (f: (m: SheetMeasure) => number) => measures.reduce((s, m) => s + f(m), 0);
  return {
    sheets: measures.length,
    located: sum((m) => (m.located ? 1 : 0)),
    seeded: sum((m) => m.seeded),
    seededFound: sum((m) => m.seededFound),
    falseErrors: sum((m) => m.falseErrors),
    falseWarnings: sum((m) => m.falseWarnings),
    amountsChanged: sum((m) => m.amountsChanged),
    fillLeavesError: sum((m) => m.gaps.filter((g) => g.kind === "fill.leaves_error").length),
  };
}

/** A gap as one comparable line: file, kind, where, and the run. */
export const gapKey = (g: Gap) => `${g.file} ${g.kind} ${g.at}${g.run ? ` (${g.run})` : ""}`;

/** The summary as the test prints it. */
export function summaryLines(s: CorpusSummary): string[] {
  return [
    `tables located: ${s.located}/${s.sheets}`,
    `seeded mistakes found at their cell: ${s.seededFound}/${s.seeded}`,
    `error false alarms: ${s.falseErrors}`,
    `warning false alarms: ${s.falseWarnings}`,
    `errors fill --fix all leaves (other than caps, quotas, counts): ${s.fillLeavesError}`,
    `right amounts changed by fill: ${s.amountsChanged}`,
  ];
}
