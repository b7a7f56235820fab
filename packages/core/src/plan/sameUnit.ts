import { foldText } from "../text/normalize.js";
import type { Issuer } from "./planSchema.js";

// The place levels of Vietnamese local government, folded; "thị xã" and "thị trấn" before "xã".
export const placeLevels = "tinh|tp|huyen|quan|thi xa|thi tran|xa|phuong|dac khu";
const placeLevel = new RegExp(`\\b(${placeLevels})\\b`);

/**
 * The key a unit is known by, whatever the spelling: folded (no accents, case or extra spaces), "Ủy ban nhân
 * dân" as "UBND", "thành phố" as "TP", and — when the name holds a place — the place alone from its level
 * on: "PHÒNG TƯ PHÁP HUYỆN NHƯ THANH", "Phòng Tư pháp huyện Như Thanh" and "Huyện Như Thanh" share
 * "huyen nhu thanh"; "UBND xã An Cư" is "xa an cu". A desk has one unit per place, so the office's own
 * name (Phòng Tư pháp, UBND) does not tell units apart.
 */
export function unitKey(name: string): string {
  const folded = foldText(name)
    .replace(/[.,;:()/\-–—]+/g, " ")
    .replace(/\buy ban nhan dan\b/g, "ubnd")
    .replace(/\bthanh pho\b/g, "tp")
    .replace(/\s+/g, " ")
    .trim();
  const level = placeLevel.exec(folded);
  return level ? folded.slice(level.index) : folded;
}

/** True when two names name the same unit (see unitKey); a blank name names none. */
export function sameUnit(a: string, b: string): boolean {
  const key = unitKey(a);
  return key !== "" && key === unitKey(b);
}

/**
 * The names a plan's issuer goes by on a sheet: its agency alone ("UBND xã An Cư") and with its parent's
 * place ("Phòng Tư pháp" of "UBND huyện Như Thanh" → "Phòng Tư pháp UBND huyện Như Thanh").
 */
export function issuerNames(issuer: Pick<Issuer, "agency" | "parentAgency">): string[] {
  return [issuer.agency, `${issuer.agency} ${issuer.parentAgency}`];
}
