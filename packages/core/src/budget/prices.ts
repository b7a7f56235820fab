import { z } from "zod";

const money = z.number().int().nonnegative();
const count = z.number().int().positive();

/**
 * A line the price list adds to every conference of a series (lodging, a pano, banners, a handbook each):
 * its text, unit, what it is counted by and its price. `per` counts: each conference, each site of an
 * online conference, each delegate, each delegate not paid from the state budget, each conference day
 * or each session; `quantity` multiplies (two banners a conference).
 */
export const extraLineSchema = z.object({
  content: z.string().trim().min(1),
  unit: z.string().trim().min(1),
  per: z.enum(["conference", "site", "delegate", "nonSalaried", "conferenceDay", "session"]),
  quantity: z.number().positive().optional(),
  price: money,
  /** What the line pays for, when the checks should know (e.g. "lodging"); else its text tells. */
  kind: z.enum(["lodging", "travel", "documents", "decoration", "stationery", "medicine"]).optional(),
  /** The legal cap the line falls under (norms id), when it has one. */
  normId: z.string().optional(),
});

/** The standard lines of a conference series, by the key a price list drops or renames them with. */
export const conferenceLineKeySchema = z.enum([
  "hall",
  "connection",
  "decoration",
  "speakers",
  "documents",
  "water",
  "meal",
  "travel",
  "stationery",
  "perDiem",
]);

/** The standard lines of a printed material, by the key a price list drops or renames them with. */
export const materialLineKeySchema = z.enum(["writing", "printing", "distribution"]);

/** A line's own text on the sheet, in place of the standard one. */
const lineText = z.string().trim().min(1);

/** Unit prices of one conference series (đồng). Any may be missing: the line is then left blank. */
export const conferencePricesSchema = z.object({
  /** Hall, sound, light, projector: per conference day. */
  hallPerDay: money.optional(),
  decorationPerConference: money.optional(),
  speakerPerSession: money.optional(),
  /** Used when the plan does not say how many speaker sessions a conference has. */
  speakerSessionsPerConference: count.optional(),
  documentsPerSet: money.optional(),
  waterPerPersonDay: money.optional(),
  /** Meal support for the delegates not paid from the state budget. */
  mealPerPersonDay: money.optional(),
  /** Travel support for the delegates not paid from the state budget. */
  travelPerPersonDay: money.optional(),
  stationeryPerPerson: money.optional(),
  perDiemPerPersonDay: money.optional(),
  /** Water per delegate and session, for a price list that prices half-day sessions; wins over the day price. */
  waterPerPersonSession: money.optional(),
  /** Meal support per non-salaried delegate and session; wins over the day price. */
  mealPerPersonSession: money.optional(),
  /** Travel support per non-salaried delegate and conference (one trip), whatever its length; wins over the day price. */
  travelPerPersonTrip: money.optional(),
  /** Connection and equipment of each site (điểm cầu) of an online conference, per conference. */
  connectionPerSite: money.optional(),
  /** Lines the estimate adds after the standard ones, in this order. */
  extraLines: z.array(extraLineSchema).optional(),
  /** Speakers and organisers drawing a per diem at each conference; no per-diem line without it. */
  staffPerConference: count.optional(),
  /** Standard lines the estimate leaves out (a series' own list replaces the defaults'). */
  drop: z.array(conferenceLineKeySchema).optional(),
  /** Standard lines' own texts on the sheet (a series' own texts win, key by key, over the defaults'). */
  rename: z.partialRecord(conferenceLineKeySchema, lineText).optional(),
});

/** Unit prices of one printed material (đồng). */
export const materialPricesSchema = z.object({
  writingPerTitle: money.optional(),
  printingPerCopy: money.optional(),
  distributionPerRun: money.optional(),
  distributionRuns: count.optional(),
  /** Standard lines the estimate leaves out (a material's own list replaces the defaults'). */
  drop: z.array(materialLineKeySchema).optional(),
  /** Standard lines' own texts on the sheet (a material's own texts win, key by key, over the defaults'). */
  rename: z.partialRecord(materialLineKeySchema, lineText).optional(),
});

/**
 * The prices an estimate is built from: defaults for every conference series and material, with
 * overrides by plan id. Prices are inputs, never caps: caps come from the norms.
 */
export const pricesSchema = z.object({
  /** True for example prices that nobody quoted. */
  illustrative: z.boolean().default(false),
  note: z.object({ vi: z.string(), en: z.string() }).optional(),
  currency: z.literal("VND").default("VND"),
  conference: conferencePricesSchema.default({}),
  material: materialPricesSchema.default({}),
  conferenceSeries: z.record(z.string(), conferencePricesSchema).default({}),
  materials: z.record(z.string(), materialPricesSchema).default({}),
});

export type Prices = z.infer<typeof pricesSchema>;
export type PricesInput = z.input<typeof pricesSchema>;
export type ConferencePrices = z.infer<typeof conferencePricesSchema>;
export type MaterialPrices = z.infer<typeof materialPricesSchema>;
export type ExtraLine = z.infer<typeof extraLineSchema>;
export type ConferenceLineKey = z.infer<typeof conferenceLineKeySchema>;
export type MaterialLineKey = z.infer<typeof materialLineKeySchema>;
