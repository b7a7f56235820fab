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

/** Delegates of one conference (or one site) by quota group id, e.g. { "hoa-giai-vien": 80 }. */
export const attendanceSchema = z.record(z.string(), z.number().int().nonnegative());

/** A place an online conference is followed from (điểm cầu), with who attends there. */
export const onlineSiteSchema = z.object({
  name: text,
  /** Delegates at this site; the sum of its attendance when not given. */
  delegates: positiveInt.optional(),
  attendance: attendanceSchema.optional(),
});

/**
 * One conference of a series, when the plan names them: "Hội nghị tại xã An Thạnh 1, ngày 15/6/2021,
 * khoảng 100 đại biểu". Anything left out is the series'.
 */
export const conferenceInstanceSchema = z.object({
  /** The unit that hosts it with the issuer, e.g. "UBND xã An Thạnh 1". */
  host: text.optional(),
  venue: z.string().optional(),
  date: isoDateSchema.optional(),
  window: timeFrameSchema.optional(),
  venueTier: venueTierSchema.optional(),
  /** Delegates at this conference; the sum of its attendance (or of its sites) when not given. */
  delegates: positiveInt.optional(),
  attendance: attendanceSchema.optional(),
  /** Sites of an online conference, the main hall included. */
  sites: z.array(onlineSiteSchema).optional(),
});

/** A series of identical conferences (e.g. 6 one-day training conferences). */
export const conferenceSeriesSchema = z.object({
  id: text,
  title: text,
  kind: z.enum(["training", "meeting"]).default("training"),
  count: positiveInt,
  /** Days each conference lasts; 0.5 is one session (buổi). */
  daysEach: z.number().positive().multipleOf(0.5),
  /** Sessions (buổi) each conference lasts, when the plan counts in sessions ("01 buổi"): 2 a day otherwise. */
  sessionsEach: positiveInt.optional(),
  window: timeFrameSchema,
  venue: z.string().optional(),
  venueTier: venueTierSchema,
  hostUnits: z.array(text).default([]),
  /** The conferences one by one, when the plan names them (as many as `count`). */
  instances: z.array(conferenceInstanceSchema).optional(),
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
  /** What is made: a leaflet, a handbook (sổ tay), a poster, a pano, a banner (băng rôn), or something else. */
  kind: z.enum(["leaflet", "handbook", "poster", "pano", "banner", "other"]),
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
  /**
   * The conference series (by id) whose delegates are handed a copy each: the material is then those
   * conferences' documents, costed once (the series' per-delegate documents line is left out).
   */
  handedOutAt: z.union([text, z.array(text).min(1)]).optional(),
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

/**
 * What level of government an office belongs to. District offices exist only in plans before 1 July 2025,
 * when local government became two-level (province and commune).
 */
export const issuerLevelSchema = z.enum([
  "province_committee",
  "province_department",
  "district_committee",
  "district_office",
  "commune_committee",
  "mass_organisation",
  "other",
]);

/** An office issuing the plan. */
export const issuerSchema = z.object({
  agency: text,
  parentAgency: text,
  place: text,
  /** "VN" or a province key such as "thanh-hoa": which norms tables apply. */
  jurisdiction: text.default("VN"),
  abbreviation: z.string().optional(),
  level: issuerLevelSchema.optional(),
  /**
   * Who signs the estimate for the accounts: a chief accountant (the default), an accountant (a commune),
   * or nobody (an office whose accounts another office keeps).
   */
  accountant: z.enum(["chief", "accountant", "none"]).optional(),
});

/** A signer of the plan: "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC" is title "Phó Giám đốc", onBehalf "Giám đốc". */
export const signerSchema = z.object({
  title: text,
  name: z.string().optional(),
  onBehalf: z.string().optional(),
  /** The office the signer signs for, in a joint plan. */
  agency: z.string().optional(),
});

/** Where money comes from: "the province funds, the district carries out". */
export const fundingSourceSchema = z.object({
  name: text,
  level: z.enum(["central", "province", "district", "commune", "other"]).optional(),
  amountVnd: z.number().int().nonnegative().optional(),
  note: z.string().optional(),
});

/**
 * What the plan allots to one of its units (a district office, a commune), the figures the unit's estimate is
 * held to when the units' estimates are consolidated: delegates over all its conferences, leaflet copies it
 * prints, and money in đồng.
 */
export const allotmentSchema = z.object({
  /** The unit as the plan names it ("UBND xã An Cư", "Phòng Tư pháp huyện Như Thanh"). */
  unit: text,
  delegates: positiveInt.optional(),
  copies: positiveInt.optional(),
  amountVnd: z.number().int().nonnegative().optional(),
});

/** A plan document for grassroots mediation work (kế hoạch triển khai công tác hòa giải ở cơ sở). */
export const planSchema = z
  .object({
    /** Lets a plan file name its JSON Schema for editors ("./plan.schema.json"); ignored. */
    $schema: z.string().optional(),
    issuer: issuerSchema,
    /** The other offices of a joint plan (kế hoạch phối hợp); the issuer is the lead. */
    coIssuers: z.array(issuerSchema.partial({ parentAgency: true, place: true })).optional(),
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
      /** Several sources, each with its level and amount. */
      sources: z.array(fundingSourceSchema).optional(),
    }),
    /** Unit → duties (section IV). A clause without a unit is reported by validatePlan, not rejected here. */
    responsibilities: z.array(z.object({ unit: z.string().optional(), duties: z.array(text).min(1) })).default([]),
    /** The closing sentence of section IV (whom to report problems to). */
    closing: z.string().optional(),
    recipients: z.array(text).default([]),
    /** The signer of a plan with one; `signers` lists them all in a joint plan (the first signs the sheets). */
    signer: signerSchema.optional(),
    signers: z.array(signerSchema).min(1).optional(),
    /** What the plan allots to each of its units, for the consolidated estimate. */
    allotments: z.array(allotmentSchema).optional(),
  })
  .refine((plan) => plan.signer !== undefined || plan.signers !== undefined, {
    message: "signer or signers is required",
    path: ["signer"],
    params: { required: true },
    // Said even when other fields are wrong too, as a missing field always was.
    when: (payload) => typeof payload.value === "object" && payload.value !== null && !Array.isArray(payload.value),
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
export type ConferenceInstance = z.infer<typeof conferenceInstanceSchema>;
export type OnlineSite = z.infer<typeof onlineSiteSchema>;
export type Issuer = z.infer<typeof issuerSchema>;
export type IssuerLevel = z.infer<typeof issuerLevelSchema>;
export type Signer = z.infer<typeof signerSchema>;
export type FundingSource = z.infer<typeof fundingSourceSchema>;
export type Allotment = z.infer<typeof allotmentSchema>;
export type Responsibility = Plan["responsibilities"][number];
