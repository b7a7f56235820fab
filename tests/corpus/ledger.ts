// `pnpm corpus:ledger`: rewrites known-gaps.json from today's measurement: keeps the reasons of gaps still found, drops those gone,
// and adds new ones with the reason given per file in REASONS (JSON: { file: reason }) or "TODO".
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { corpusPlan } from "../testing/checkCorpusSheet.js";
import { repoRoot } from "../testing/fixtures.js";
import { gapKey, measureSheet, type Gap } from "../testing/measureCorpus.js";
import { corpusGrid, loadCorpus } from "../testing/sheetCorpus.js";
import { corpusDir } from "./generate.js";
const corpus = loadCorpus("tests/corpus", corpusDir);
const path = join(corpusDir, "known-gaps.json");
const ledger = JSON.parse(readFileSync(path, "utf8")) as (Gap & { reason: string })[];
const reasons = JSON.parse(process.env.REASONS ?? "{}") as Record<string, string>;
const byKey = new Map(ledger.map((g) => [gapKey(g), g]));
const out: (Gap & { reason: string })[] = [];
for (const entry of corpus.entries) {
  const grid = await corpusGrid(corpus.dir, entry.file, entry.sheet);
  for (const g of measureSheet(grid, entry, corpusPlan(repoRoot, entry)).gaps) {
    const known = byKey.get(gapKey(g));
    out.push(known ?? { ...g, reason: reasons[g.file] ?? "TODO" });
    if (!known) console.log("new:", gapKey(g));
  }
}
for (const g of ledger) if (!out.some((o) => gapKey(o) === gapKey(g))) console.log("gone:", gapKey(g));
// Keep the ledger's order for known entries, new ones at the end.
const order = new Map(ledger.map((g, i) => [gapKey(g), i]));
out.sort((a, b) => (order.get(gapKey(a)) ?? 1e9) - (order.get(gapKey(b)) ?? 1e9));
writeFileSync(path, JSON.stringify(out, null, 2) + "\n");
