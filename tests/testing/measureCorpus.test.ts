import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { gapKey, measureSheet } from "./measureCorpus.js";
import { corpusGrid, loadCorpus, type SheetExpectation } from "./sheetCorpus.js";
import { repoRoot } from "./fixtures.js";

// The runner on a clean sheet of the measuring corpus (bang-a1.xlsx: the table at A1, total E6 = 8.500.000),
// with its expectation or the grid tampered with, so that each kind of gap is seen to be reported.
const dir = join(repoRoot, "tests", "corpus");
const entry = (): SheetExpectation => {
  const found = loadCorpus("tests/corpus", dir).entries.find((e) => e.file === "bang-a1.xlsx");
  if (!found) throw new Error("tests/corpus has no bang-a1.xlsx");
  return found;
};
const grid = () => corpusGrid(dir, "bang-a1.xlsx", "Sheet1");

describe("measureSheet", () => {
  it("finds nothing wrong on the clean sheet as written", async () => {
    const m = measureSheet(await grid(), entry(), undefined);
    expect(m.gaps).toEqual([]);
    expect([m.located, m.falseErrors, m.falseWarnings, m.amountsChanged]).toEqual([true, 0, 0, 0]);
  });

  it("reports a misread range, a missed planted mistake and a missed expected finding", async () => {
    const words = { code: "words.mismatch", cell: "A7" };
    const hint = { code: "formula.hardcoded", cell: "E2" };
    const tampered = { ...entry(), table: "A2:E7", expect: [words, hint], seeded: { ...words, mistake: "test" } };
    const m = measureSheet(await grid(), tampered, undefined);
    expect(m.gaps.map(gapKey)).toEqual([
      "bang-a1.xlsx table.misread range A1:E7",
      "bang-a1.xlsx seeded.missed words.mismatch@A7",
      "bang-a1.xlsx finding.missed formula.hardcoded@E2",
    ]);
    expect([m.seeded, m.seededFound]).toEqual([1, 0]);
  });

  it("counts an unexpected error, and a right amount that fill changes", async () => {
    const g = await grid();
    // A typed amount where the product is 2.000.000: an error the expectation does not list, and fill's fix
    // changes an amount the expectation calls right.
    const rows = g.rows.map((row) => [...(row ?? [])]);
    const row = rows[2];
    if (!row) throw new Error("no row 3");
    row[4] = { value: 2_100_000 };
    const m = measureSheet({ ...g, rows }, entry(), undefined);
    expect(m.gaps.map(gapKey)).toEqual(
      expect.arrayContaining([
        "bang-a1.xlsx false.error amount.mismatch@E3",
        "bang-a1.xlsx fill.changes_right_amount E3 2100000 → 2000000",
      ]),
    );
    expect(m.falseErrors).toBeGreaterThan(0);
  });
});
