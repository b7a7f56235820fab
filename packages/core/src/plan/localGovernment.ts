import type { Finding } from "../findings/finding.js";
import { makeFinding } from "../findings/makeFinding.js";
import { foldText } from "../text/normalize.js";
import type { Material, Plan } from "./planSchema.js";

/** The first day of two-level local government (province and commune): from then on there are no districts. */
export const twoLevelGovernmentFrom = "2025-07-01";

/** The day a plan speaks for: its document's date, else the first day of its month, else of its year. */
export function planDay(plan: Pick<Plan, "document">): string {
  const { date, month, year } = plan.document;
  return date ?? `${year}-${String(month ?? 1).padStart(2, "0")}-01`;
}

/** True for a plan of the two-level local government (dated from 1 July 2025). */
export function underTwoLevelGovernment(plan: Pick<Plan, "document">): boolean {
  return planDay(plan) >= twoLevelGovernmentFrom;
}

const teams = "Tổ hòa giải ở cơ sở";
const communes = "UBND cấp xã";
const districts = "Phòng Tư pháp cấp huyện";

/**
 * The chain a material is handed down from the issuer to the mediation teams: the plan's own, else the one the
 * levels of government give — a province department's through the district Justice Offices and the communes
 * before 1 July 2025, straight to the communes after (there are no districts); a district office's through the
 * communes; a commune's straight to its teams.
 */
export function distributionChainOf(plan: Pick<Plan, "document" | "issuer">, material: Pick<Material, "distribution">) {
  if (material.distribution.length > 0) return { chain: material.distribution, defaulted: false } as const;
  const level = plan.issuer.level;
  const below =
    level === "commune_committee"
      ? []
      : level === "district_office" || level === "district_committee" || underTwoLevelGovernment(plan)
        ? [communes]
        : [districts, communes];
  return { chain: [plan.issuer.agency, ...below, teams], defaulted: true } as const;
}

// Folded words naming a district-level unit: "Phòng Tư pháp huyện A", "UBND thị xã B", "cấp huyện", or a unit
// that is a district ("Huyện A"). Not "huyện" anywhere: "Tổ hòa giải thôn Huyền Trân" folds alike.
const DISTRICT_WORDS = [" phong tu phap ", " cap huyen ", " ubnd huyen ", " ubnd thi xa ", " uy ban nhan dan huyen "];
const DISTRICT_UNITS = [" huyen ", " thi xa ", " uy ban nhan dan thi xa "];

function namesDistrict(text: string): boolean {
  const folded = ` ${foldText(text)
    .replace(/[^a-z0-9]+/g, " ")
    .trim()} `;
  return DISTRICT_WORDS.some((words) => folded.includes(words)) || DISTRICT_UNITS.some((w) => folded.startsWith(w));
}

/**
 * What a plan of the two-level local government still says of districts: a district issuer or co-issuer,
 * district funding, a district unit in a distribution chain (`plan.district_after_reform`, warnings). None for
 * a plan dated before 1 July 2025.
 */
export function districtFindings(plan: Plan): Finding[] {
  if (!underTwoLevelGovernment(plan)) return [];
  const found = (vi: string, en: string, path: string) =>
    makeFinding("plan.district_after_reform", { what: { vi, en } }, { path });
  const isDistrict = (level: string | undefined) => level === "district_office" || level === "district_committee";
  return [
    ...(isDistrict(plan.issuer.level)
      ? [found(`Cơ quan ban hành ${plan.issuer.agency}`, `The issuer ${plan.issuer.agency}`, "issuer.level")]
      : []),
    ...(plan.coIssuers ?? []).flatMap((co, i) =>
      isDistrict(co.level)
        ? [found(`Cơ quan phối hợp ${co.agency}`, `The co-issuer ${co.agency}`, `coIssuers.${i}.level`)]
        : [],
    ),
    ...(plan.funding.sources ?? []).flatMap((source, i) =>
      source.level === "district"
        ? [
            found(
              `Nguồn kinh phí "${source.name}"`,
              `The funding source "${source.name}"`,
              `funding.sources.${i}.level`,
            ),
          ]
        : [],
    ),
    ...plan.materials.flatMap((m, i) =>
      m.distribution.flatMap((unit, j) =>
        namesDistrict(unit)
          ? [
              found(
                `Đơn vị nhận "${unit}" của "${m.title}"`,
                `The receiving unit "${unit}" of "${m.title}"`,
                `materials.${i}.distribution.${j}`,
              ),
            ]
          : [],
      ),
    ),
  ];
}
