import { formatDateLine, formatShortDate } from "../dates/dateLine.js";
import type { DocumentRef, Plan } from "../plan/planSchema.js";
import { leadSigner } from "../plan/planSigners.js";
import { foldText } from "../text/normalize.js";

/** "Thanh Hóa, ngày … tháng 02 năm 2024": the plan's date, its day left blank when unknown. */
export function planDateLine(plan: Plan): string {
  const doc = plan.document;
  const date = doc.date ?? { year: doc.year, ...(doc.month === undefined ? {} : { month: doc.month }) };
  return formatDateLine(date, { place: plan.issuer.place });
}

/** "(Kèm theo Kế hoạch số …/KH-STP ngày … tháng 02 năm 2024 của Sở Tư pháp)". */
export function attachedToLine(plan: Plan): string {
  const doc = plan.document;
  const suffix = doc.numberSuffix ?? (plan.issuer.abbreviation ? `KH-${plan.issuer.abbreviation}` : "KH");
  const number = doc.number?.trim() || `…/${suffix}`;
  const date = doc.date ?? { year: doc.year, ...(doc.month === undefined ? {} : { month: doc.month }) };
  return `(Kèm theo Kế hoạch số ${number} ${formatDateLine(date)} của ${plan.issuer.agency})`;
}

/** The head of unit's title: "GIÁM ĐỐC", or "KT. GIÁM ĐỐC" over "PHÓ GIÁM ĐỐC" when signing on behalf. */
export function signerTitle(plan: Pick<Plan, "signer" | "signers" | "issuer">): string {
  const signer = leadSigner(plan);
  const title = signer.title.toUpperCase();
  return signer.onBehalf ? `KT. ${signer.onBehalf.toUpperCase()}\n${title}` : title;
}

/** A title inside a sentence starts lower-case unless it opens with an acronym ("UBND …"). */
function inSentence(title: string): string {
  const [first = "", second = ""] = Array.from(title);
  return second === second.toLowerCase() ? first.toLowerCase() + title.slice(first.length) : title;
}

/** "Kế hoạch số 39/KH-UBND ngày 06/02/2024 của Chủ tịch UBND tỉnh Thanh Hóa về …". */
export function documentRefText(ref: DocumentRef): string {
  const parts = [`${ref.kind?.trim() || "Văn bản"} số ${ref.number}`];
  if (ref.date) parts.push(`ngày ${formatShortDate(ref.date)}`);
  if (ref.issuer) parts.push(`của ${ref.issuer}`);
  const title = ref.title?.trim();
  if (title) parts.push(foldText(title).startsWith("ve ") ? inSentence(title) : `về ${inSentence(title)}`);
  return parts.join(" ");
}

/**
 * The "Căn cứ …" lines: the plan's bases, then extra ones (e.g. the circulars whose rates apply), then
 * the funding notice; each ends with ";" and the last with ".".
 */
export function basesLines(plan: Plan, extra: readonly string[] = []): string[] {
  const texts = [
    ...plan.bases.map(documentRefText),
    ...extra.map((t) =>
      t
        .trim()
        .replace(/^căn cứ\s+/i, "")
        .replace(/[;.]+$/, ""),
    ),
    ...(plan.funding.basis ? [documentRefText(plan.funding.basis)] : []),
  ].filter((t) => t !== "");
  return texts.map((t, i) => `Căn cứ ${t}${i === texts.length - 1 ? "." : ";"}`);
}
