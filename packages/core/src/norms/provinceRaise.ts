import type { Finding } from "../findings/finding.js";
import { makeFinding } from "../findings/makeFinding.js";
import { citeBasis } from "./citation.js";
import { periodsOverlap, type NormRow } from "./normRow.js";

const TT56 = "56/2023/TT-BTC";

/**
 * The national TT 56/2023 maximum a province row would raise, if any. TT 56/2023 Điều 5 khoản 1 lets
 * the province's People's Council set its own rates within the circular's maxima: lower, never higher.
 */
export function raisedNationalCap(row: NormRow, national: readonly NormRow[]): NormRow | undefined {
  if (row.jurisdiction === "VN" || row.maxVnd === null) return undefined;
  return national.find(
    (n) =>
      n.jurisdiction === "VN" &&
      n.basis.document.number === TT56 &&
      (n.id === row.id || n.key === row.id) &&
      n.venueTier === row.venueTier &&
      n.region === row.region &&
      n.maxVnd !== null &&
      periodsOverlap(n, row) &&
      (row.maxVnd as number) > n.maxVnd,
  );
}

/** A `norms.raises_cap` finding for every province row above the national TT 56/2023 maximum. */
export function provinceRaiseFindings(rows: readonly NormRow[], national: readonly NormRow[]): Finding[] {
  const findings: Finding[] = [];
  rows.forEach((row, index) => {
    const over = raisedNationalCap(row, national);
    if (!over || row.maxVnd === null || over.maxVnd === null) return;
    findings.push(
      makeFinding(
        "norms.raises_cap",
        { key: row.key, cap: row.maxVnd, national: over.maxVnd, basis: citeBasis(over.basis) },
        { path: `${index}.maxVnd` },
      ),
    );
  });
  return findings;
}
