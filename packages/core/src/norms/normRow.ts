import { z } from "zod";
import { isoDateSchema, venueTierSchema } from "../plan/planSchema.js";

const text = z.string().trim().min(1);
/** Text in both user languages. */
const localizedSchema = z.object({ vi: text, en: text });

/** How far a figure was checked (see docs/legal-norms.md): only `verified` caps are enforced. */
export const normStatusSchema = z.enum(["verified", "secondary", "unverified"]);

/** The kind of legal document a cap comes from; it names the document in a citation. */
export const legalDocumentKindSchema = z.enum(["circular", "joint_circular", "resolution", "decree", "law"]);

/** Where a cap is written: document, article (Điều), clause (khoản), point (điểm). */
export const legalBasisSchema = z.object({
  document: z.object({ kind: legalDocumentKindSchema, number: text }),
  article: z.number().int().positive().optional(),
  clause: z.number().int().positive().optional(),
  point: z.string().trim().min(1).optional(),
  /** What the basis adds beyond the article, e.g. the referral of TT 56/2023 to TT 40/2017. */
  note: localizedSchema.optional(),
});

/** Lodging caps differ by region (TT 40/2017 Điều 7). */
export const regionSchema = z.enum(["region1", "other"]);

/** One rate cap (định mức, mức chi tối đa) with its legal basis and validity period. */
export const normRowSchema = z.object({
  /** Lookup id of the cap family, e.g. "meeting.meal.nonsalaried"; tiers and periods share it. */
  id: text,
  /** Unique key of this row, e.g. "meeting.meal.nonsalaried.province" or "hgcs.fee.case.2014". */
  key: text,
  description: localizedSchema,
  /** Per what the cap counts, without the currency: "người/ngày" → "… đ/người/ngày". */
  unit: localizedSchema,
  /** Cap in đồng per unit; null = by quotation or invoice, or no figure that may be presented as a maximum. */
  maxVnd: z.number().int().nonnegative().nullable(),
  /**
   * A figure reported by secondary sources where the text gives none that can be read as a maximum
   * (the water allowance, the lecturer-fee ceiling): shown as advice with what is uncertain, never enforced.
   */
  advisory: z.object({ vnd: z.number().int().nonnegative(), note: localizedSchema }).optional(),
  appliesTo: localizedSchema,
  venueTier: venueTierSchema.optional(),
  region: regionSchema.optional(),
  basis: legalBasisSchema,
  effectiveFrom: isoDateSchema,
  /** Last day in force (inclusive); absent while in force. */
  effectiveTo: isoDateSchema.optional(),
  /** "VN" for national maxima or a province key such as "thanh-hoa". */
  jurisdiction: text,
  status: normStatusSchema,
});

/** A norms table: the built-in one or a province's or user's own (JSON, same shape). */
export const normsTableSchema = z.array(normRowSchema).superRefine((rows, ctx) => {
  const keys = new Map<string, number>();
  rows.forEach((row, index) => {
    if (row.effectiveTo !== undefined && row.effectiveTo < row.effectiveFrom) {
      ctx.addIssue({ code: "custom", path: [index, "effectiveTo"], message: "effectiveTo is before effectiveFrom" });
    }
    const seen = keys.get(row.key);
    if (seen !== undefined) {
      ctx.addIssue({ code: "custom", path: [index, "key"], message: `duplicate key "${row.key}" (also row ${seen})` });
    }
    keys.set(row.key, index);
    rows.forEach((other, otherIndex) => {
      if (otherIndex < index && sameSlot(row, other) && periodsOverlap(row, other)) {
        ctx.addIssue({
          code: "custom",
          path: [index, "effectiveFrom"],
          message: `period overlaps row ${otherIndex} ("${other.key}") for the same id, jurisdiction and tier`,
        });
      }
    });
  });
});

export type NormStatus = z.infer<typeof normStatusSchema>;
export type LegalBasis = z.infer<typeof legalBasisSchema>;
export type LegalDocumentKind = z.infer<typeof legalDocumentKindSchema>;
export type NormRow = z.infer<typeof normRowSchema>;
export type NormsTable = readonly NormRow[];

/** Rows that compete for the same lookup: same id, jurisdiction, venue tier and region. */
export function sameSlot(a: NormRow, b: NormRow): boolean {
  return a.id === b.id && a.jurisdiction === b.jurisdiction && a.venueTier === b.venueTier && a.region === b.region;
}

/** True when two rows' validity periods share a day. */
export function periodsOverlap(a: NormRow, b: NormRow): boolean {
  const aEnd = a.effectiveTo ?? "9999-12-31";
  const bEnd = b.effectiveTo ?? "9999-12-31";
  return a.effectiveFrom <= bEnd && b.effectiveFrom <= aEnd;
}
