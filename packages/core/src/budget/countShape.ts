import type { Factor, FactorKind } from "./estimate.js";
import type { LineKind } from "./lineKind.js";

// What a line's count counts is said by its unit ("ngày", "buổi", "người/ngày") or by the header of a factor
// column ("Số người", "Số hội nghị"). A plan count is compared with a line only when one of them says the count
// is what the plan fixes: a decoration bought by the "gói" or banners by the "cái" count no conferences, a hall
// hired by the "buổi" counts no conference days.

interface Shape {
  /** Units (folded words, the first words of the unit) whose count is what the plan fixes for the kind. */
  readonly units: readonly string[];
  /** Factor columns whose header says so. */
  readonly factors: readonly FactorKind[];
  /** Other columns that may multiply such a count and leave it a count of the same thing. */
  readonly with: readonly FactorKind[];
}

const CONFERENCES = ["hoi nghi", "hn", "cuoc", "lop", "dot", "lop hoc"];
const PERSONS = ["nguoi", "dai bieu", "hoc vien", "hoa giai vien", "suat", "luot nguoi"];

// Person-days over conferences: "Số người × Số ngày × Số hội nghị".
const PERSON_DAYS: Shape = { units: PERSONS, factors: ["persons"], with: ["days", "events"] };

const shapes: Partial<Record<LineKind, Shape>> = {
  // "Số lượng 1 × Số ngày 6": one hall for six days.
  hall: { units: ["ngay", "ngay hoi nghi", ...CONFERENCES], factors: ["events", "days"], with: ["quantity"] },
  // Not "Số lượng 4 × Số hội nghị 6": four banners a conference are no count of conferences.
  decoration: { units: CONFERENCES, factors: ["events"], with: [] },
  speaker_fee: { units: ["buoi"], factors: ["sessions"], with: ["events"] },
  documents: { ...PERSON_DAYS, units: ["bo", "bo tai lieu", ...PERSONS] },
  water: PERSON_DAYS,
  meal_support: PERSON_DAYS,
  travel_support: { ...PERSON_DAYS, units: [...PERSONS, "luot"] },
  stationery: { ...PERSON_DAYS, units: ["bo", ...PERSONS] },
  leaflet_write: { units: ["to gap", "to roi", "mau", "loai", "tieu de"], factors: [], with: [] },
  leaflet_print: { units: ["to", "to gap", "to roi", "ban"], factors: [], with: [] },
};

/**
 * True when a line of this kind counts what the plan fixes for the kind (conferences, conference days, speaker
 * sessions, persons, leaflet titles or copies): its unit (folded words) or a factor column says so.
 */
export function countFitsKind(kind: LineKind, foldedUnit: string, factors: readonly Factor[] = []): boolean {
  const shape = shapes[kind];
  if (!shape) return false;
  return unitFits(shape, foldedUnit) || factorsFit(shape, factors);
}

function factorsFit(shape: Shape, factors: readonly Factor[]): boolean {
  return (
    factors.some((f) => shape.factors.includes(f.kind)) &&
    factors.every((f) => shape.factors.includes(f.kind) || shape.with.includes(f.kind))
  );
}

function unitFits(shape: Shape, unit: string): boolean {
  // "người/ngày", "người x ngày", "đồng/người": the unit counted is the first one that is not money.
  const counted = unit.replace(/^(dong|d|vnd) /, "");
  return shape.units.some((u) => counted === u || counted.startsWith(`${u} `));
}
