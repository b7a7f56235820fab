// Runs the core check that a corpus entry's kind calls for — as the CLI's check commands do — and reports
// what a corpus measures: whether the table was located, where, and the findings.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  checkConferenceList,
  checkDistributionSheet,
  checkScheduleSheet,
  checkSheet,
  parsePlan,
  type Finding,
  type Grid,
  type Plan,
} from "@hgcs/core";
import { placementCell } from "@hgcs/core/sheet";
import type { SheetExpectation } from "./sheetCorpus.js";

export interface CorpusCheck {
  /** The table (or list) was found. */
  readonly located: boolean;
  /** Estimate sheets: the located table's range, scale, total and words cells. */
  readonly range?: string;
  readonly scale?: number;
  readonly totalCell?: string;
  readonly wordsCell?: string;
  readonly findings: readonly Finding[];
}

/** The plan an entry names, parsed (throws when it does not parse: a corpus must name a good plan). */
export function corpusPlan(repoRoot: string, entry: SheetExpectation): Plan | undefined {
  if (!entry.plan) return undefined;
  const parsed = parsePlan(JSON.parse(readFileSync(join(repoRoot, entry.plan), "utf8")));
  if (!parsed.ok) throw new Error(`${entry.plan}: ${parsed.findings.map((f) => f.code).join(", ")}`);
  return parsed.value;
}

function seriesOf(plan: Plan | undefined, entry: SheetExpectation) {
  const series = entry.series ? plan?.conferences.find((s) => s.id === entry.series) : plan?.conferences[0];
  if (!series) throw new Error(`${entry.file}: the plan has no conference series ${entry.series ?? "(first)"}`);
  return series;
}

/** Checks one corpus sheet with the core call its kind needs. */
export function checkCorpusSheet(grid: Grid, entry: SheetExpectation, plan: Plan | undefined): CorpusCheck {
  const date = entry.date ? { date: entry.date } : {};
  switch (entry.kind) {
    case "estimate": {
      const checked = checkSheet(grid, { ...(plan ? { plan } : {}), ...date });
      if (!checked.ok) return { located: false, findings: checked.findings };
      const { table, placement } = checked.value;
      const { totalRow, words } = placement;
      return {
        located: true,
        findings: checked.findings,
        range: table.range,
        scale: table.scale,
        ...(totalRow === undefined ? {} : { totalCell: placementCell(placement, totalRow, placement.columns.amount) }),
        ...(words ? { wordsCell: placementCell(placement, words.row, words.col) } : {}),
      };
    }
    case "delegates":
    case "support": {
      if (!plan) throw new Error(`${entry.file}: a list is checked against a plan`);
      const { ok, findings } = checkConferenceList(grid, plan, seriesOf(plan, entry), date);
      return { located: ok, findings };
    }
    case "distribution": {
      const options = entry.expectedCopies === undefined ? {} : { expected: entry.expectedCopies };
      const { ok, findings } = checkDistributionSheet(grid, options);
      return { located: ok, findings };
    }
    case "schedule": {
      const { ok, findings } = checkScheduleSheet(grid, seriesOf(plan, entry));
      return { located: ok, findings };
    }
  }
}
