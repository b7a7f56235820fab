import type { Finding, LocalizedText } from "../findings/finding.js";
import { makeFinding } from "../findings/makeFinding.js";
import type { Allotment, Plan } from "../plan/planSchema.js";
import { matchUnitName } from "./matchUnitName.js";
import type { UnitFigures } from "./unitFigures.js";

/** A unit as the plan comparison sees it: its name, its figures and where its findings point. */
export interface AllottedUnit {
  readonly unit: string;
  readonly figures: UnitFigures;
  /** "units.3". */
  readonly path: string;
}

const delegatesWhat: LocalizedText = { vi: "đại biểu (cộng các hội nghị)", en: "delegates (all conferences)" };
const copiesWhat: LocalizedText = { vi: "tờ in", en: "printed copies" };

/**
 * Each unit against what the plan allots it: the allotment whose unit name fits (`matchUnitName`), then money over
 * it an error, delegates or copies over it a warning (fewer is never reported: a unit may do less than allotted).
 * A plan without allotments compares nothing and says so (info); a unit the plan does not name, or names
 * ambiguously, is information; an allotment no estimate came for is a warning.
 */
export function compareAllotments(
  units: readonly AllottedUnit[],
  plan: Plan,
): { allotments: readonly (Allotment | undefined)[]; findings: Finding[] } {
  const allotments = plan.allotments ?? [];
  if (allotments.length === 0) {
    return {
      allotments: units.map(() => undefined),
      findings: [makeFinding("consolidation.no_allotments", {}, { path: "allotments" })],
    };
  }
  const names = allotments.map((a) => a.unit);
  const used = new Set<number>();
  const findings: Finding[] = [];
  const matched = units.map(({ unit, figures, path }) => {
    const match = matchUnitName(unit, names);
    if (match.kind === "none") {
      findings.push(makeFinding("consolidation.unit_not_allotted", { unit }, { path }));
      return undefined;
    }
    if (match.kind === "ambiguous") {
      const candidates = match.indices.map((i) => names[i]).join("; ");
      findings.push(makeFinding("consolidation.unit_ambiguous", { unit, candidates }, { path }));
      match.indices.forEach((i) => used.add(i));
      return undefined;
    }
    used.add(match.index);
    const allotment = allotments[match.index];
    if (allotment) findings.push(...againstAllotment(unit, figures, allotment, path));
    return allotment;
  });
  allotments.forEach((a, i) => {
    if (!used.has(i)) {
      findings.push(
        makeFinding("consolidation.allotment_without_estimate", { unit: a.unit }, { path: `allotments.${i}` }),
      );
    }
  });
  return { allotments: matched, findings };
}

function againstAllotment(unit: string, figures: UnitFigures, allotment: Allotment, path: string): Finding[] {
  const out: Finding[] = [];
  if (allotment.amountVnd !== undefined && figures.submitted > allotment.amountVnd) {
    const params = { unit, total: figures.submitted, allotted: allotment.amountVnd };
    out.push(makeFinding("consolidation.over_allotment", params, { path: `${path}.submitted` }));
  }
  const counts: [number | undefined, number | undefined, LocalizedText, string][] = [
    [figures.delegates, allotment.delegates, delegatesWhat, "delegates"],
    [figures.copies, allotment.copies, copiesWhat, "copies"],
  ];
  for (const [count, allotted, what, field] of counts) {
    if (count !== undefined && allotted !== undefined && count > allotted) {
      out.push(
        makeFinding(
          "consolidation.count_over_allotment",
          { unit, what, count, allotted },
          { path: `${path}.${field}` },
        ),
      );
    }
  }
  return out;
}
