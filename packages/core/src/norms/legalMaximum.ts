import type { LocalizedText } from "../findings/finding.js";
import type { NormRow, NormStatus } from "./normRow.js";

/**
 * The figure a rate may be held to: a verified row's maximum. Undefined for a row whose status is not
 * verified or that carries no figure — such a row is advice, never grounds for an error.
 */
export function legalMaximum(row: NormRow): number | undefined {
  return row.status === "verified" && row.maxVnd !== null ? row.maxVnd : undefined;
}

/** The figure to show as advice: the maximum as written, else the advisory figure; undefined without one. */
export function advisoryFigure(row: NormRow): number | undefined {
  return row.maxVnd ?? row.advisory?.vnd;
}

/** How far a norm's figure was checked, as users read it. */
export const normStatusNames: Readonly<Record<NormStatus, LocalizedText>> = {
  verified: { vi: "đã xác minh", en: "verified" },
  secondary: {
    vi: "theo nguồn thứ cấp, chưa đối chiếu văn bản gốc",
    en: "secondary source, not checked against the text",
  },
  unverified: { vi: "chưa xác minh", en: "unverified" },
};
