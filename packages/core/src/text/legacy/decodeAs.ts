import type { LegacyEncoding } from "./legacyFont.js";
import { decodeTcvn3 } from "./tcvn3.js";
import { decodeVni } from "./vni.js";

/** Decodes text known to be in the given legacy encoding. */
export function decodeAs(text: string, encoding: LegacyEncoding, capitals = false): string {
  return encoding === "TCVN3" ? decodeTcvn3(text, capitals) : decodeVni(text);
}
