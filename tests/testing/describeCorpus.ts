// The one runner for corpora of office sheets: each entry's table located where written, every expected
// finding at its cell, nothing outside expect ∪ allow (any severity, or errors only), and for estimate
// sheets what fill does, recomputed by the tests' own spreadsheet evaluator (never core's).
import { fillSheet, findingId, parseVietnameseWords, type Finding, type Grid } from "@hgcs/core";
import { fromA1 } from "@hgcs/core/sheet";
import { describe, expect, it } from "vitest";
import { valueOf } from "../../packages/core/src/testing/resultValue.js";
import { checkCorpusSheet, corpusPlan, type CorpusCheck } from "./checkCorpusSheet.js";
import { repoRoot } from "./fixtures.js";
import { corpusGrid, type FindingRule, type SheetCorpus, type SheetExpectation } from "./sheetCorpus.js";
import { applyEditsAndRecalculate } from "./spreadsheet/recalculate.js";
import { textAmountReadings } from "./textAmount.js";

const matches = (f: Finding, rule: FindingRule) =>
  f.code === rule.code && (rule.cell === "*" || f.at?.cell === rule.cell);
const label = (f: Finding) => `${f.code}@${f.at?.cell ?? "?"}`;

/** Expected findings missing from a check, and findings outside expect ∪ allow that count. */
export function compareFindings(entry: SheetExpectation, findings: readonly Finding[]) {
  const missing = entry.expect.filter((rule) => !findings.some((f) => matches(f, rule)));
  const unexpected = findings
    .filter(
      (f) =>
        entry.unexpected === "any" ||
        f.severity === "error" ||
        (entry.unexpected === "warning" && f.severity === "warning"),
    )
    .filter((f) => ![...entry.expect, ...entry.allow].some((rule) => matches(f, rule)));
  return { missing: missing.map((r) => `${r.code}@${r.cell}`), unexpected: unexpected.map(label) };
}

/** What fill cannot answer: the office's own figures against the law and the plan. */
export const notFillable: ReadonlySet<string> = new Set([
  "rate.over_cap",
  "quota.exceeded",
  "plan.count_mismatch",
  "budget.over_allocation",
]);

/** The cell of a grid at an A1 address (the grid's origin applied). */
export const cellAt = (grid: Grid, address: string) => {
  const p = fromA1(address);
  const origin = grid.origin ?? { row: 0, col: 0 };
  return p ? grid.rows[p.row - origin.row]?.[p.col - origin.col] : undefined;
};

/** Registers the corpus's tests with vitest. */
export function describeCorpus(corpus: SheetCorpus): void {
  describe.each(corpus.entries)(`${corpus.name}: $file`, (entry) => {
    const plan = corpusPlan(repoRoot, entry);
    let grid: Grid;
    let checked: CorpusCheck;
    const load = async () => {
      grid ??= await corpusGrid(corpus.dir, entry.file, entry.sheet);
      checked ??= checkCorpusSheet(grid, entry, plan);
      return { grid, checked };
    };

    const where = entry.table ? `table at ${entry.table}` : entry.kind === "estimate" ? "table" : entry.kind;
    it(`finds the ${where}`, async () => {
      const { checked } = await load();
      expect(checked.located).toBe(true);
      if (entry.kind !== "estimate") return;
      // Our own corpora always name the range (the loader requires it); a reference set may not.
      if (entry.table !== undefined) expect(checked.range).toBe(entry.table);
      expect(checked.scale).toBe(entry.scale);
      expect(checked.totalCell).toBe(entry.totalCell);
      expect(checked.wordsCell).toBe(entry.wordsCell);
    });

    it(`reports what is expected and nothing outside expect ∪ allow (${entry.unexpected === "any" ? "any severity" : "errors"})`, async () => {
      const { checked } = await load();
      expect(compareFindings(entry, checked.findings)).toEqual({ missing: [], unexpected: [] });
    });

    if (entry.kind !== "estimate") return;
    const options = plan ? { plan } : {};

    it("fill twice adds nothing the second time and never changes a typed value unasked", async () => {
      const { grid } = await load();
      const first = valueOf(fillSheet(grid, options));
      for (const edit of first.edits) {
        const before = cellAt(grid, edit.address)?.value ?? null;
        const wordsLabel = typeof before === "string" && /^(số tiền )?bằng chữ:?$/i.test(before.trim());
        const same = edit.formula === undefined && before === edit.value;
        // A number typed as text may be retyped as that same number (SUM skips text), nothing else.
        const retyped =
          edit.formula === undefined &&
          typeof edit.value === "number" &&
          typeof before === "string" &&
          textAmountReadings(before).includes(edit.value);
        expect(
          before === null || before === "" || wordsLabel || same || retyped,
          `${edit.address}: ${String(before)}`,
        ).toBe(true);
      }
      const filled = applyEditsAndRecalculate(grid, first.edits);
      expect(valueOf(fillSheet(filled, options)).edits).toEqual([]);
    });

    it("fill with every fix leaves only what fill cannot answer, and is then idempotent", async () => {
      const { grid } = await load();
      const { edits } = valueOf(fillSheet(grid, { ...options, fix: "all" }));
      const filled = applyEditsAndRecalculate(grid, edits);
      const after = checkCorpusSheet(filled, entry, plan).findings;
      expect(after.filter((f) => f.severity === "error" && !notFillable.has(f.code)).map(findingId)).toEqual([]);
      expect(valueOf(fillSheet(filled, { ...options, fix: "all" })).edits).toEqual([]);
    });

    const afterFill = entry.afterFill;
    if (!afterFill) return;
    it(`after fill and a recalculation, the total is ${afterFill.total} and the words read it`, async () => {
      const { grid } = await load();
      const filled = applyEditsAndRecalculate(grid, valueOf(fillSheet(grid, options)).edits);
      expect(cellAt(filled, entry.totalCell ?? "")?.value).toBe(afterFill.total);
      const words = String(cellAt(filled, entry.wordsCell ?? "")?.value);
      expect(words.toLowerCase()).toContain(`${afterFill.words} đồng`);
      expect(parseVietnameseWords(words)).toEqual({ ok: true, value: BigInt(afterFill.total * (entry.scale ?? 1)) });
      const left = checkCorpusSheet(filled, entry, plan).findings.filter((f) => f.severity !== "info");
      expect(left.map(findingId)).toEqual([]);
    });
  });
}
