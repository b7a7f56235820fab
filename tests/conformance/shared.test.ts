// The conformance run (`pnpm test:shared`): the reference fixture set kept beside the repository in
// ../shared/fixtures, through the same corpus runner as the project's own sheets. The only code that may
// read ../shared; the project's own tests, demo and docs never need it.
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describeCorpus } from "../testing/describeCorpus.js";
import { describeCorpusRecalc } from "../testing/describeCorpusRecalc.js";
import { repoRoot } from "../testing/fixtures.js";
import type { FindingRule, SheetCorpus, SheetExpectation } from "../testing/sheetCorpus.js";

const dir = resolve(repoRoot, "..", "shared", "fixtures");
if (!existsSync(join(dir, "expected.json")))
  throw new Error(`No conformance set at ${dir}: pnpm test:shared runs beside a copy of shared/.`);

/** One entry of the reference set's expected.json (its own format: errors outside expect ∪ allow fail). */
interface ReferenceEntry {
  file: string;
  sheet: string;
  about: string;
  plan: string;
  scale: number;
  expect: FindingRule[];
  allow: FindingRule[];
  totalCell: string;
  wordsCell: string;
  totalAfterFill?: number;
  wordsAfterFill?: string;
}

const required = ["file", "sheet", "about", "plan", "scale", "expect", "allow", "totalCell", "wordsCell"] as const;

function toExpectation(e: ReferenceEntry, i: number): SheetExpectation {
  const absent = required.filter((k) => e[k] === undefined);
  if (absent.length > 0) throw new Error(`shared/fixtures/expected.json[${i}]: missing ${absent.join(", ")}`);
  const fill =
    e.totalAfterFill !== undefined && e.wordsAfterFill !== undefined
      ? { afterFill: { total: e.totalAfterFill, words: e.wordsAfterFill } }
      : {};
  return {
    file: e.file,
    sheet: e.sheet,
    kind: "estimate",
    about: e.about,
    plan: e.plan,
    scale: e.scale,
    expect: e.expect,
    allow: e.allow,
    unexpected: "error",
    totalCell: e.totalCell,
    wordsCell: e.wordsCell,
    ...fill,
  };
}

const raw = JSON.parse(readFileSync(join(dir, "expected.json"), "utf8")) as ReferenceEntry[];
const corpus: SheetCorpus = { name: "shared/fixtures", dir, entries: raw.map(toExpectation) };

describeCorpus(corpus);
describeCorpusRecalc(corpus);
