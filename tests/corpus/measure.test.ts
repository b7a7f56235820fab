// The measuring corpus through core: every sheet checked (with its plan and without), filled with every fix and
// checked again. What goes wrong today is pinned in known-gaps.json: a gap missing from the ledger fails, and so
// does a ledger entry that no longer happens — the ledger shrinks as the engine is fixed.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { fillSheet } from "@hgcs/core";
import { corpusPlan } from "../testing/checkCorpusSheet.js";
import { cellAt } from "../testing/describeCorpus.js";
import { applyEditsAndRecalculate } from "../testing/spreadsheet/recalculate.js";
import { repoRoot } from "../testing/fixtures.js";
import {
  gapKey,
  gapKinds,
  measureSheet,
  summarize,
  summaryLines,
  type Gap,
  type SheetMeasure,
} from "../testing/measureCorpus.js";
import { corpusGrid, loadCorpus } from "../testing/sheetCorpus.js";
import { corpusDir } from "./generate.js";

interface KnownGap extends Gap {
  readonly reason: string;
}

const corpus = loadCorpus("tests/corpus", corpusDir);
const ledger = JSON.parse(readFileSync(join(corpusDir, "known-gaps.json"), "utf8")) as KnownGap[];
const measures = new Map<string, SheetMeasure>();

beforeAll(async () => {
  for (const entry of corpus.entries) {
    const grid = await corpusGrid(corpus.dir, entry.file, entry.sheet);
    measures.set(entry.file, measureSheet(grid, entry, corpusPlan(repoRoot, entry)));
  }
});

describe("the measuring corpus (tests/corpus)", () => {
  it("has a well-formed ledger: known sheets and kinds, a reason each, no repeats", () => {
    const files = new Set(corpus.entries.map((e) => e.file));
    const problems = ledger.flatMap((g, i) => [
      ...(files.has(g.file) ? [] : [`${i}: no sheet ${g.file}`]),
      ...(gapKinds.includes(g.kind) ? [] : [`${i}: unknown kind ${g.kind}`]),
      ...(typeof g.reason === "string" && g.reason.trim().length >= 20
        ? []
        : [`${i}: the reason must say what the engine misreads`]),
    ]);
    const keys = ledger.map(gapKey);
    expect(problems).toEqual([]);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });

  it.each(corpus.entries.map((e) => e.file))("%s: what goes wrong is exactly the ledger's", (file) => {
    const found = (measures.get(file)?.gaps ?? []).map(gapKey).sort();
    const listed = ledger
      .filter((g) => g.file === file)
      .map(gapKey)
      .sort();
    expect({ new: found.filter((k) => !listed.includes(k)), gone: listed.filter((k) => !found.includes(k)) }).toEqual({
      new: [],
      gone: [],
    });
  });

  it("gives every formula fill --fix all writes its result, as a spreadsheet computes it", async () => {
    const wrong: string[] = [];
    for (const entry of corpus.entries) {
      const grid = await corpusGrid(corpus.dir, entry.file, entry.sheet);
      const plan = corpusPlan(repoRoot, entry);
      const filled = fillSheet(grid, { ...(plan ? { plan } : {}), fix: ["all"] });
      if (!filled.ok) continue;
      const after = applyEditsAndRecalculate(grid, filled.value.edits);
      for (const edit of filled.value.edits) {
        if (edit.formula === undefined) continue;
        const computed = cellAt(after, edit.address)?.value;
        if (typeof edit.value !== "number" || typeof computed !== "number" || Math.abs(edit.value - computed) > 1e-6)
          wrong.push(`${entry.file} ${edit.address} ${edit.formula}: ${String(edit.value)} ≠ ${String(computed)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("prints the measurement", () => {
    const summary = summarize([...measures.values()]);
    console.log(["tests/corpus measurement:", ...summaryLines(summary).map((l) => `  ${l}`)].join("\n"));
    expect(summary.sheets).toBe(corpus.entries.length);
  });
});
