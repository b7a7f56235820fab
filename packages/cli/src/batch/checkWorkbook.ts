import { checkSheet, readUnitName, type Finding, type Plan } from "@hgcs/core";
import { amountValue, type Estimate } from "@hgcs/core/budget";
import { issuerNames, sameUnit } from "@hgcs/core/plan";
import type { CheckReport, CheckedSheet } from "../output/checkReport.js";
import { isGeneratedByHgcs } from "../output/generatedMarker.js";
import type { Problem } from "../problems.js";
import { openWorkbook } from "../xlsx/openWorkbook.js";

/** A plan as read from its file: the plan, and the file it came from (the report names it). */
export interface PlanFile {
  readonly plan: Plan;
  readonly file: string;
}

/**
 * Which plan a workbook's sheets are checked against: `always` applies to every sheet (the plan given for one
 * workbook, or a unit's own plan beside it); `ifSameUnit` only to a sheet whose title block names the plan's
 * issuer (a plan given to a whole folder must not make every other unit "differ from the plan").
 */
export interface PlanChoice {
  readonly always?: PlanFile;
  readonly ifSameUnit?: PlanFile;
}

export interface WorkbookCheckOptions {
  readonly sheet?: string;
  readonly date?: string;
  readonly plans?: PlanChoice;
  /** Leave out a workbook hgcs wrote itself (a findings report, a consolidation): checking it means nothing. */
  readonly skipGenerated?: boolean;
  /** Keep each sheet's estimate as read (consolidate adds them up); a batch that only reports leaves them. */
  readonly keepEstimates?: boolean;
  readonly limits: { readonly maxBytes: number; readonly maxCells: number };
}

/** A sheet's estimate as checkSheet read it, with that sheet's findings (with keepEstimates). */
export interface SheetEstimate {
  readonly sheet: string;
  /** The unit its title block names, if it names one. */
  readonly unit?: string;
  readonly hidden: boolean;
  readonly estimate: Estimate;
  readonly findings: readonly Finding[];
}

/**
 * What checking one workbook gave: its report; why it could not be used (with the findings that say so); or
 * that hgcs wrote it (with skipGenerated).
 */
export type WorkbookCheck =
  | { readonly kind: "checked"; readonly report: CheckReport; readonly estimates?: readonly SheetEstimate[] }
  | { readonly kind: "failed"; readonly file: string; readonly problem: Problem; readonly findings: readonly Finding[] }
  | { readonly kind: "generated"; readonly file: string };

/**
 * `hgcs check` on one workbook: read → core's checkSheet per sheet → a CheckReport (the unit its title block
 * names and the grand total in đồng per sheet, the plan applied). A workbook with no estimate table on any
 * sheet is `table.none`, with the findings that say why.
 */
export async function checkWorkbook(file: string, options: WorkbookCheckOptions): Promise<WorkbookCheck> {
  const opened = await openWorkbook(file, options.limits, options.sheet);
  if (!opened.ok) return { kind: "failed", file, problem: opened.problem, findings: [] };
  if (options.skipGenerated && isGeneratedByHgcs(opened.value.keywords)) return { kind: "generated", file };

  const sheets: CheckedSheet[] = [];
  const findings: Finding[] = [];
  const notFound: Finding[] = [];
  const estimates: SheetEstimate[] = [];
  let planUsed: string | undefined;
  for (const grid of opened.value.grids) {
    const unit = readUnitName(grid)?.name;
    const plan = planFor(unit, options.plans);
    if (plan) planUsed = plan.file;
    const result = checkSheet(grid, {
      ...(plan ? { plan: plan.plan } : {}),
      ...(options.date ? { date: options.date } : {}),
    });
    const isHidden = opened.value.hiddenSheets.has(grid.sheet);
    const hidden = isHidden ? { hidden: true } : {};
    const named = unit === undefined ? {} : { unit };
    if (result.ok) {
      const total = amountValue(result.value.estimate.amount);
      sheets.push({
        name: grid.sheet,
        table: result.value.table,
        ...hidden,
        ...named,
        ...(total === null ? {} : { totalDong: total }),
      });
      for (const f of result.findings) findings.push(f);
      if (options.keepEstimates) {
        const { estimate } = result.value;
        estimates.push({
          sheet: grid.sheet,
          ...named,
          hidden: isHidden,
          estimate,
          findings: result.findings,
        });
      }
    } else {
      sheets.push({ name: grid.sheet, ...hidden, ...named });
      for (const f of result.findings) notFound.push(f);
    }
  }
  if (!sheets.some((s) => s.table)) {
    const problem: Problem = { kind: "table.none", file, sheets: opened.value.sheetNames };
    return { kind: "failed", file, problem, findings: notFound };
  }
  const report = { file, sheets, findings, ...(planUsed === undefined ? {} : { plan: planUsed }) };
  return { kind: "checked", report, ...(options.keepEstimates ? { estimates } : {}) };
}

function planFor(unit: string | undefined, plans: PlanChoice | undefined): PlanFile | undefined {
  if (plans?.always) return plans.always;
  const shared = plans?.ifSameUnit;
  if (!shared || unit === undefined) return undefined;
  return issuerNames(shared.plan.issuer).some((name) => sameUnit(unit, name)) ? shared : undefined;
}
