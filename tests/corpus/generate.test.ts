import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectationProblems, readExpectations, type EstimateExpectation } from "../testing/corpusFormat.js";
import { readWorkbook, workbookDifferences } from "../testing/workbookDiff.js";
import { corpusDir, corpusWorkbooks, writeCorpus } from "./generate.js";

// The committed workbooks are generate.ts's output, cell by cell; expected.json names each of them once,
// with its source, and plants at most one mistake per sheet (at least eight sheets carry one).

const xlsxIn = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith(".xlsx"))
    .sort();

describe("the measuring corpus's workbooks", () => {
  let dir = "";
  let generated: string[] = [];
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "hgcs-corpus-"));
    generated = (await writeCorpus(dir)).sort();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("are exactly the workbooks the generator writes: none without a generator, none left uncommitted", () => {
    expect(generated).toEqual(Object.keys(corpusWorkbooks).sort());
    expect(xlsxIn(corpusDir)).toEqual(generated);
  });

  it.each(Object.keys(corpusWorkbooks))("%s is what generate.ts writes, cell by cell", async (file) => {
    const committed = await readWorkbook(join(corpusDir, file));
    const regenerated = await readWorkbook(join(dir, file));
    expect(workbookDifferences(file, committed, regenerated)).toEqual([]);
  });
});

describe("the measuring corpus's expected.json", () => {
  const entries = readExpectations(corpusDir) as EstimateExpectation[];

  it("names exactly the generated workbooks, once each, every one an estimate with its source", () => {
    const files = entries.map((e) => e.file);
    expect([...files].sort()).toEqual(Object.keys(corpusWorkbooks).sort());
    expect(new Set(files).size).toBe(files.length);
    expect(entries.filter((e) => e.kind !== "estimate" || e.source === undefined).map((e) => e.file)).toEqual([]);
  });

  it("counts errors and warnings as false alarms, and names the amount column of every sheet", () => {
    expect(entries.filter((e) => e.unexpected !== "warning" || e.amounts === undefined).map((e) => e.file)).toEqual([]);
  });

  it("has at least 30 sheets, at least 8 of them with one planted mistake", () => {
    expect(entries.length).toBeGreaterThanOrEqual(30);
    expect(entries.filter((e) => e.seeded !== undefined).length).toBeGreaterThanOrEqual(8);
  });

  it("expects errors and warnings only on sheets with a planted mistake", () => {
    const clean = entries.filter((e) => e.seeded === undefined);
    expect(
      clean.filter((e) => e.expect.length > 0 || (e.withoutPlan?.expect.length ?? 0) > 0).map((e) => e.file),
    ).toEqual([]);
  });

  it("points at sheets the workbooks have, with the total and words cells inside the table", async () => {
    for (const e of entries) {
      const wb = await readWorkbook(join(corpusDir, e.file));
      expect(wb.getWorksheet(e.sheet), `${e.file}: sheet ${e.sheet}`).toBeDefined();
      const [, top, bottom] = /^[A-Z]+(\d+):[A-Z]+(\d+)$/.exec(e.table) ?? [];
      for (const cell of [e.totalCell, e.wordsCell]) {
        const row = Number(/\d+$/.exec(cell)?.[0]);
        expect(row >= Number(top) && row <= Number(bottom), `${e.file}: ${cell} in ${e.table}`).toBe(true);
      }
      expect(e.totalCell.startsWith(e.amounts?.column ?? "?"), `${e.file}: total in the amount column`).toBe(true);
    }
  });
});

describe("the measuring fields of the corpus format", () => {
  const json = () => JSON.parse(readFileSync(join(corpusDir, "expected.json"), "utf8")) as Record<string, unknown>[];
  const withSeeded = () => {
    const all = json();
    const entry = all.find((e) => e.seeded !== undefined && e.plan !== undefined);
    if (!entry) throw new Error("no seeded sheet with a plan");
    return { all, entry };
  };

  it("holds for the corpus as written", () => {
    expect(expectationProblems(json())).toEqual([]);
  });

  it("refuses a planted mistake missing from expect, or without what it is", () => {
    const { all, entry } = withSeeded();
    entry.expect = [];
    const problems = expectationProblems(all);
    expect(problems).toContain(`${String(entry.file)}: seeded must also be in expect`);
    (entry.seeded as Record<string, unknown>).mistake = "";
    expect(expectationProblems(all)).toContain(`${String(entry.file)}: seeded must be { code, cell, mistake }`);
  });

  it("refuses findings without a plan on a sheet that has none, and wrong amounts outside the amount column", () => {
    const { all, entry } = withSeeded();
    delete entry.plan;
    const amounts = entry.amounts as { column: string; wrong: string[] };
    amounts.wrong = ["Z1"];
    const problems = expectationProblems(all);
    expect(problems).toContain(`${String(entry.file)}: withoutPlan needs a plan`);
    expect(problems).toContain(`${String(entry.file)}: amounts.wrong must be cells of the amount column`);
  });

  it('accepts "warning" as what counts outside expect ∪ allow, and nothing else new', () => {
    const all = json();
    const [first] = all;
    if (!first) throw new Error("empty corpus");
    first.unexpected = "info";
    expect(expectationProblems(all)).toContain(`${String(first.file)}: unexpected must be "any", "warning" or "error"`);
  });
});
