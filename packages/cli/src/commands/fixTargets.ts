import { findingId, type Finding } from "@hgcs/core";
import { fromA1 } from "@hgcs/core/sheet";
import { fail, ok, type Result } from "../problems.js";

/** What `--fix` names: everything, one finding, or the findings at a cell. */
export type FixTarget =
  | { readonly kind: "all" }
  | { readonly kind: "id"; readonly id: string }
  | { readonly kind: "cell"; readonly sheet?: string; readonly cell: string };

/** Reads `--fix` values: "all", "G17", "Dự toán!G17", "'Dự toán'!G17", "amount.mismatch@Dự toán!G17". */
export function parseFixTargets(values: readonly string[]): Result<FixTarget[]> {
  const targets: FixTarget[] = [];
  for (const value of values) {
    if (value.toLowerCase() === "all") targets.push({ kind: "all" });
    else if (value.includes("@")) targets.push({ kind: "id", id: value });
    else {
      const bang = value.lastIndexOf("!");
      const sheet = bang >= 0 ? value.slice(0, bang).replace(/^'(.*)'$/, "$1") : undefined;
      const cell = (bang >= 0 ? value.slice(bang + 1) : value).replace(/\$/g, "").toUpperCase();
      if (!fromA1(cell))
        return fail({ kind: "args.bad_value", option: "--fix", value, allowed: "all, G17, Sheet!G17" });
      targets.push(sheet === undefined ? { kind: "cell", cell } : { kind: "cell", sheet, cell });
    }
  }
  return ok(targets);
}

/** True when the targets ask for anything beyond "all" and explicit ids, i.e. need the sheet's findings. */
export function needsFindings(targets: readonly FixTarget[]): boolean {
  return targets.some((t) => t.kind === "cell");
}

/** The `fix` list for core's fillSheet on one sheet: ["all"], or the ids of the named findings. */
export function fixList(targets: readonly FixTarget[], sheet: string, findings: readonly Finding[]): string[] {
  if (targets.some((t) => t.kind === "all")) return ["all"];
  const ids = new Set<string>();
  for (const t of targets) {
    if (t.kind === "id") ids.add(t.id);
    else if (t.kind === "cell" && (t.sheet === undefined || t.sheet.normalize("NFC") === sheet.normalize("NFC"))) {
      for (const f of findings) if (f.at?.cell === t.cell && (f.at.sheet ?? sheet) === sheet) ids.add(findingId(f));
    }
  }
  return [...ids];
}
