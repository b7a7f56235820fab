import { stat } from "node:fs/promises";
import { basename, dirname, extname, join } from "node:path";
import type { Locale } from "@hgcs/core";
import { readPlanFile } from "../input/readJsonFile.js";
import { checkWorkbook, type PlanFile, type WorkbookCheck } from "./checkWorkbook.js";

/** What every file of a batch is checked with; plain data, handed to each worker thread once. */
export interface BatchSettings {
  readonly locale: Locale;
  readonly sheet?: string;
  readonly date?: string;
  /** The plan given with --plan: applied to a workbook whose title block names its issuer. */
  readonly sharedPlan?: PlanFile;
  /**
   * The plan files (`*.plan.json`) in the folders of the batch, found by one listing per folder; unset, each
   * file's own plan is looked for on disk.
   */
  readonly planFiles?: ReadonlySet<string>;
  readonly limits: { readonly maxBytes: number; readonly maxCells: number };
  /** Keep each sheet's estimate (consolidate reads its units through this same function). */
  readonly keepEstimates?: boolean;
}

// Spreadsheets Excel saves beside .xlsx that a batch does not read (an .xls or .ods is told by its content).
const otherFormats = new Set([".xlsm", ".xlsb"]);

/** The unit's own plan beside a workbook: "du-toan.xlsx" → "du-toan.plan.json" in the same folder. */
export function ownPlanPath(file: string): string {
  return join(dirname(file), `${basename(file, extname(file))}.plan.json`);
}

/**
 * One file of a batch: checked as `hgcs check` checks a single workbook, against the unit's own plan when
 * one sits beside it, else the shared plan when the workbook belongs to its issuer, else none. A file hgcs
 * wrote itself is left out; an .xlsm/.xlsb or a broken own plan is the file's problem, not the batch's.
 */
export async function checkBatchFile(file: string, settings: BatchSettings): Promise<WorkbookCheck> {
  const format = extname(file).toLowerCase();
  if (otherFormats.has(format))
    return { kind: "failed", file, problem: { kind: "file.other_format", file, format }, findings: [] };

  const planPath = ownPlanPath(file);
  let own: PlanFile | undefined;
  const hasPlan = settings.planFiles
    ? settings.planFiles.has(planPath)
    : (await stat(planPath).catch(() => undefined))?.isFile() === true;
  if (hasPlan) {
    const read = await readPlanFile(planPath, settings.locale);
    if (!read.ok) return { kind: "failed", file, problem: read.problem, findings: [] };
    own = { plan: read.value, file: planPath };
  }
  return checkWorkbook(file, {
    limits: settings.limits,
    skipGenerated: true,
    ...(settings.keepEstimates ? { keepEstimates: true } : {}),
    ...(settings.sheet === undefined ? {} : { sheet: settings.sheet }),
    ...(settings.date === undefined ? {} : { date: settings.date }),
    plans: own ? { always: own } : settings.sharedPlan ? { ifSameUnit: settings.sharedPlan } : {},
  });
}
