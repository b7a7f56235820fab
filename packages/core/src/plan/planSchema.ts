import { z } from "zod";
import { isIsoDate } from "../dates/isoDate.js";

/** An ISO calendar date, "yyyy-MM-dd". */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "yyyy-MM-dd")
  .refine(isIsoDate, { message: "not a calendar date", params: { calendarDate: true } });

const text = z.string().trim().min(1);
const positiveInt = z.number().int().positive();
const quarterSchema = z.number().int().min(1).max(4);

/** When something happens: a year, optionally narrowed to quarters or to a date range. */
export const timeFrameSchema = z.object({
  year: z.number().int().min(1900).max(2200),
  quarters: z.array(quarterSchema).optional(),
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
});

/** A referenced document: "Kế hoạch số 39/KH-UBND ngày 06/02/2024 của UBND tỉnh". */
export const documentRefSchema = z.object({
  kind: z.string().optional(),
  number: text,
  date: isoDateSchema.optional(),
  issuer: z.string().optional(),
  title: z.string().optional(),
});

/** A group of delegates with its own quota and funding rule. */
export const quotaGroupSchema = z.object({
  id: text,
  name: text,
  nameEn: z.string().optional(),
  persons: positiveInt,
  /** False for delegates not paid from the state budget: only they may get meal and travel support. */
  paidFromStateBudget: z.boolean(),
});

/** Where meals are capped: TT 40/2017 Điều 12 khoản 4 a/b/c. */
export const venueTierSchema = z.enum(["central_city", "province", "commune"]);

/** A series of identical conferences (e.g. 6 one-day training conferences). */
export const conferenceSeriesSchema = z.object({
  id: text,
  title: text,
  kind: z.enum(["training", "meeting"]).default("training"),
  count: positiveInt,
  daysEach: positiveInt,
  window: timeFrameSchema,
  venue: z.string().optional(),
  venueTier: venueTierSchema,
  hostUnits: z.array(text).default([]),
  speakers: z.object({ unit: text, sessionsPerConference: positiveInt.optional() }).optional(),
  subjects: z.array(text).default([]),
  /** Who is invited, as the plan words it ("cán bộ làm công tác quản lý … và hòa giải viên"). */
  audience: z.string().optional(),
  delegatesPerConference: positiveInt,
  quotaGroups: z.array(quotaGroupSchema).min(1),
});

/** Printed material handed out (leaflets, handbooks). */
export const materialSchema = z.object({
  id: text,
  title: text,
  kind: z.enum(["leaflet", "handbook", "poster", "other"]),
  titles: positiveInt.default(1),
  copies: positiveInt,
  timeFrame: timeFrameSchema,
  free: z.boolean().default(true),
  /** Distribution chain from the issuer down, e.g. Sở → Phòng Tư pháp → xã → tổ hòa giải. */
  distribution: z.array(text).default([]),
  /** Copies the issuer keeps, when the plan gives a number. */
  keptByIssuer: z.number().int().min(0).optional(),
  /** The issuer keeps some copies ("lưu tại Sở Tư pháp") even when the plan gives no number. */
  keepsCopies: z.boolean().optional(),
  recipients: z.array(text).default([]),
});

/** One activity of the plan (section II of the document). */
export const activitySchema = z.object({
  id: text,
  kind: z.enum(["directive", "conferences", "materials", "other"]),
  title: text,
  content: z.string().default(""),
  timeFrame: timeFrameSchema,
  deliverable: z.string().optional(),
  responsible: z.string().optional(),
  conferenceSeries: z.string().optional(),
  material: z.string().optional(),
});

/** A plan document for grassroots mediation work (kế hoạch triển khai công tác hòa giải ở cơ sở). */
export const planSchema = z.object({
  /** Lets a plan file name its JSON Schema for editors ("./plan.schema.json"); ignored. */
  $schema: z.string().optional(),
  issuer: z.object({
    agency: text,
    parentAgency: text,
    place: text,
    /** "VN" or a province key such as "thanh-hoa": which norms tables apply. */
    jurisdiction: text.default("VN"),
    abbreviation: z.string().optional(),
  }),
  document: z.object({
    /** Number as issued, e.g. "12/KH-STP"; blank ("…/KH-STP") in a draft. */
    number: z.string().optional(),
    numberSuffix: z.string().optional(),
    date: isoDateSchema.optional(),
    month: z.number().int().min(1).max(12).optional(),
    year: z.number().int().min(1900).max(2200),
    title: text,
  }),
  bases: z.array(documentRefSchema).default([]),
  purposes: z.array(text).default([]),
  requirements: z.array(text).default([]),
  activities: z.array(activitySchema).min(1),
  conferences: z.array(conferenceSeriesSchema).default([]),
  materials: z.array(materialSchema).default([]),
  funding: z.object({
    source: text,
    basis: documentRefSchema.optional(),
    allocatedVnd: z.number().int().nonnegative().optional(),
    currency: z.literal("VND").default("VND"),
    note: z.string().optional(),
  }),
  /** Unit → duties (section IV). A clause without a unit is reported by validatePlan, not rejected here. */
  responsibilities: z.array(z.object({ unit: z.string().optional(), duties: z.array(text).min(1) })).default([]),
  /** The closing sentence of section IV (whom to report problems to). */
  closing: z.string().optional(),
  recipients: z.array(text).default([]),
  signer: z.object({ title: text, name: z.string().optional(), onBehalf: z.string().optional() }),
});

/** A validated plan. */
export type Plan = z.infer<typeof planSchema>;
/** A plan as written in a file, before defaults. */
export type PlanInput = z.input<typeof planSchema>;
export type ConferenceSeries = z.infer<typeof conferenceSeriesSchema>;
export type QuotaGroup = z.infer<typeof quotaGroupSchema>;
export type Material = z.infer<typeof materialSchema>;
export type Activity = z.infer<typeof activitySchema>;
export type TimeFrame = z.infer<typeof timeFrameSchema>;
export type DocumentRef = z.infer<typeof documentRefSchema>;
export type VenueTier = z.infer<typeof venueTierSchema>;
export type Responsibility = Plan["responsibilities"][number];
