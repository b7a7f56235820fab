import type { Finding, LocalizedText } from "../findings/finding.js";
import { makeFinding } from "../findings/makeFinding.js";
import { defaultNorms } from "../norms/defaultNorms.js";
import type { NormRow } from "../norms/normRow.js";
import { calendarDaysOf, conferencesOf, sessionsOf, type ResolvedConference } from "../plan/conferenceInstances.js";
import { materialsHandedOutAt } from "../plan/handedOut.js";
import type { ConferenceSeries, Material, Plan, VenueTier } from "../plan/planSchema.js";
import { capDate } from "./capDate.js";
import { capFindings } from "./capFindings.js";
import { classifyLine } from "./classifyLine.js";
import { computeAmounts } from "./computeAmounts.js";
import type { Estimate, EstimateLine, Factor, LineDraft, SectionDraft } from "./estimate.js";
import type { LineKind } from "./lineKind.js";
import { lineProduct, sumDong } from "./lineProduct.js";
import { venueTierWords } from "./venueTier.js";
import type { ConferencePrices, ExtraLine, MaterialPrices, Prices } from "./prices.js";

/** Options of `estimateFromPlan`: the norms table (default: built-in) and the day whose caps apply. */
export interface EstimateFromPlanOptions {
  readonly norms?: readonly NormRow[];
  readonly date?: string;
}

/** A line to cost: what it is, its factors, and where its price comes from in the prices file. */
interface Draft {
  /** Undefined for a price list's own line of no stated kind: its text tells, as on any sheet. */
  readonly kind: LineKind | undefined;
  readonly content: string;
  readonly name: LocalizedText;
  readonly unit: string;
  readonly factors: readonly Factor[];
  readonly price: { readonly value: number | undefined; readonly path: string };
  readonly normId?: string;
  readonly quotaGroup?: string;
  readonly planRef: NonNullable<EstimateLine["planRef"]>;
  /** The standard line it is, by the key a price list drops or renames it with. */
  readonly key?: string;
  /** Where the price list renamed it (JSON path), when it did. */
  readonly renamed?: string;
  /** The venue tier its cap is looked up for, when not the series' (a meal line of some of its conferences). */
  readonly venueTier?: VenueTier;
}

const nonSalariedText = "đại biểu không hưởng lương từ NSNN";

/**
 * The detailed estimate of a plan: one section per conference series (hall, decoration, speakers,
 * documents and water for all delegates, meal and travel support for the non-salaried groups only,
 * stationery, staff per diem), one per printed material (writing per title, printing per copy,
 * distribution). Prices are inputs and are used as given: a price above a verified cap is an error
 * finding, never clipped; a missing price leaves the line blank with a `price.missing` warning.
 */
export function estimateFromPlan(
  plan: Plan,
  prices: Prices,
  options: EstimateFromPlanOptions = {},
): { estimate: Estimate; findings: Finding[] } {
  const norms = options.norms ?? defaultNorms;
  const date = capDate(plan, options.date);
  const findings: Finding[] = [];
  const sections: SectionDraft[] = [];

  const drafts: { title: string; drafts: Draft[]; venueTier?: ConferenceSeries["venueTier"] }[] = [
    ...plan.conferences.map((series) => ({
      title: seriesTitle(series),
      drafts: conferenceDrafts(series, prices, materialsHandedOutAt(plan, series.id).length > 0),
      venueTier: series.venueTier,
    })),
    ...plan.materials.map((material) => ({ title: materialTitle(material), drafts: materialDrafts(material, prices) })),
  ];

  drafts.forEach((group, s) => {
    const lines = group.drafts.map((draft, l): LineDraft => {
      const rate = draft.price.value ?? null;
      if (rate === null) findings.push(makeFinding("price.missing", { line: draft.name }, { path: draft.price.path }));
      if (draft.renamed !== undefined && draft.kind !== undefined && !readsAs(draft.content, draft.unit, draft.kind))
        findings.push(
          makeFinding("prices.renamed_unread", { line: draft.content, what: draft.name }, { path: draft.renamed }),
        );
      const context = {
        norms,
        date,
        jurisdiction: plan.issuer.jurisdiction,
        ...((draft.venueTier ?? group.venueTier) ? { venueTier: draft.venueTier ?? group.venueTier } : {}),
      };
      findings.push(...capFindings(rate, draft.normId, context, { path: draft.price.path }));
      // The estimate writes each amount as factors × rate.
      return {
        number: String(l + 1),
        content: draft.content,
        unit: draft.unit,
        factors: draft.factors,
        rate,
        amount: lineProduct({ factors: draft.factors, rate }),
        ...(draft.kind ? { kind: draft.kind } : {}),
        ...(draft.normId ? { normId: draft.normId } : {}),
        ...(draft.quotaGroup ? { quotaGroup: draft.quotaGroup } : {}),
        planRef: draft.planRef,
      };
    });
    sections.push({
      number: toRoman(s + 1),
      title: group.title,
      lines,
      amount: Number(sumDong(lines.map((line) => line.amount))),
    });
  });

  const estimate: Estimate = computeAmounts({
    title: plan.document.title,
    sections,
    amount: Number(sumDong(sections.map((section) => section.amount))),
  });
  return { estimate, findings };
}

/**
 * How many of each the series' lines pay for (or those of some of its conferences). Alike conferences keep the
 * plan's shape (persons × days × conferences); conferences of different sizes pay for their total head count
 * (persons × days).
 */
function headCounts(conferences: readonly ResolvedConference[]): {
  readonly delegates: readonly Factor[];
  readonly group: (id: string) => readonly Factor[];
  readonly sites: number;
} {
  const events: Factor = { kind: "events", value: conferences.length };
  const alike = <T>(values: readonly T[]) => values.every((v) => v === values[0]);
  const shape = (perConference: readonly number[]): readonly Factor[] =>
    alike(perConference)
      ? [{ kind: "persons", value: perConference[0] ?? 0 }, events]
      : [{ kind: "persons", value: perConference.reduce((a, b) => a + b, 0) }];
  return {
    delegates: shape(conferences.map((c) => c.delegates)),
    group: (id) => shape(conferences.map((c) => c.attendance[id] ?? 0)),
    sites: conferences.reduce((n, c) => n + c.sites.length, 0),
  };
}

/** The delegates of a group at these conferences, added up. */
function personsOf(conferences: readonly ResolvedConference[], groupId: string): Factor {
  return { kind: "persons", value: conferences.reduce((n, c) => n + (c.attendance[groupId] ?? 0), 0) };
}

/**
 * The series' conferences by venue tier, in the order the tiers first come. One group when they are all of
 * one tier (the meal line is then written as it always was); a provincial conference held at a commune makes
 * a group of its own, whose meal line is capped at its tier.
 */
function byVenueTier(conferences: readonly ResolvedConference[]): [VenueTier, ResolvedConference[]][] {
  const groups = new Map<VenueTier, ResolvedConference[]>();
  for (const c of conferences) groups.set(c.venueTier, [...(groups.get(c.venueTier) ?? []), c]);
  return [...groups];
}

/** The factors of a price list's own line, by what it is counted per. */
function extraFactors(
  per: ExtraLine["per"],
  at: {
    readonly series: ConferenceSeries;
    readonly counts: ReturnType<typeof headCounts>;
    readonly events: Factor;
    readonly days: Factor;
    readonly sessionCount: Factor;
  },
): Factor[] {
  const nonSalaried = at.series.quotaGroups.filter((g) => !g.paidFromStateBudget);
  switch (per) {
    case "conference":
      return [at.events];
    case "site":
      return [{ kind: "count", value: at.counts.sites }];
    case "delegate":
      return [...at.counts.delegates];
    case "nonSalaried": {
      const persons = nonSalaried.map((g) => at.counts.group(g.id));
      const alike = persons.every((f) => f.length === 2);
      const total = persons.reduce((sum, f) => sum + (f[0]?.value ?? 0), 0);
      return alike ? [{ kind: "persons", value: total }, at.events] : [{ kind: "persons", value: total }];
    }
    case "conferenceDay":
      return [at.events, at.days];
    case "session":
      return [at.events, at.sessionCount];
  }
}

/**
 * The lines of one conference series. `documentsHandedOut`: a plan material is handed out to its delegates.
 * That material's lines then pay for the documents and the per-delegate documents line is left out: the material
 * says how many titles and copies are written and printed, so it is the more precise of the two, and a second
 * line would pay for the same copies twice.
 */
function conferenceDrafts(series: ConferenceSeries, prices: Prices, documentsHandedOut: boolean): Draft[] {
  const own = prices.conferenceSeries[series.id];
  const price = (field: PriceField<ConferencePrices>) =>
    pick(own, prices.conference, field, `conferenceSeries.${series.id}`, "conference");
  const edits = lineEdits(own, prices.conference, `conferenceSeries.${series.id}`, "conference");
  const text = edits.text;
  // A session-priced or trip-priced line wins over the day price when the price list gives it.
  const either = (field: PriceField<ConferencePrices>, fallback: PriceField<ConferencePrices>) =>
    price(field).value === undefined
      ? { priced: price(fallback), per: fallback }
      : { priced: price(field), per: field };
  const events: Factor = { kind: "events", value: series.count };
  const days: Factor = { kind: "days", value: series.daysEach };
  const wholeDays: Factor = { kind: "days", value: calendarDaysOf(series) };
  const sessionCount: Factor = { kind: "sessions", value: sessionsOf(series) };
  const conferences = conferencesOf(series);
  const counts = headCounts(conferences);
  const tierGroups = byVenueTier(conferences);
  const delegates = counts.delegates;
  const planRef = { conferenceSeries: series.id };
  // A duration the plan gives in sessions (or half a day) bounds the speakers' sessions; the price list's
  // default serves plans that count whole days.
  const planSessions = series.sessionsEach !== undefined || !Number.isInteger(series.daysEach);
  const sessions =
    series.speakers?.sessionsPerConference ??
    (planSessions ? sessionsOf(series) : (price("speakerSessionsPerConference").value ?? sessionsOf(series)));
  const documents = text(
    "documents",
    series.kind === "training" ? "Tài liệu tập huấn cho đại biểu" : "Tài liệu hội nghị cho đại biểu",
  );
  const nonSalaried = series.quotaGroups.filter((group) => !group.paidFromStateBudget);
  const named = (text: string, group: (typeof nonSalaried)[number], where?: string) => {
    const said = [...(nonSalaried.length > 1 ? [group.name] : []), ...(where === undefined ? [] : [where])];
    return said.length > 0 ? `${text} (${said.join(", ")})` : text;
  };
  // persons [× conferences] with the time factor after the persons, as the plan's lines read.
  const timed = (persons: readonly Factor[], time: Factor | undefined): Factor[] => {
    const [first, ...rest] = persons;
    return first === undefined ? [] : [first, ...(time ? [time] : []), ...rest];
  };
  const water = either("waterPerPersonSession", "waterPerPersonDay");
  const meal = either("mealPerPersonSession", "mealPerPersonDay");
  const travel = either("travelPerPersonTrip", "travelPerPersonDay");
  const drafts: Draft[] = [
    {
      key: "hall",
      kind: "hall",
      content: text("hall", "Thuê hội trường, âm thanh, ánh sáng, máy chiếu"),
      name: { vi: "Thuê hội trường", en: "Hall rental" },
      unit: "hội nghị",
      factors: [events, days],
      price: price("hallPerDay"),
      planRef,
    },
    ...(counts.sites > 0
      ? [
          {
            key: "connection",
            kind: "connection",
            content: text("connection", "Kết nối đường truyền, thiết bị các điểm cầu trực tuyến"),
            name: { vi: "Kết nối điểm cầu", en: "Connecting the sites" },
            unit: "điểm cầu",
            factors: [{ kind: "count", value: counts.sites }],
            price: price("connectionPerSite"),
            planRef,
          } satisfies Draft,
        ]
      : []),
    {
      key: "decoration",
      kind: "decoration",
      content: text("decoration", "Trang trí, khánh tiết, ma-két hội nghị"),
      name: { vi: "Trang trí, khánh tiết", en: "Decoration" },
      unit: "hội nghị",
      factors: [events],
      price: price("decorationPerConference"),
      planRef,
    },
    {
      key: "speakers",
      kind: "speaker_fee",
      content: text("speakers", "Thù lao báo cáo viên"),
      name: { vi: "Thù lao báo cáo viên", en: "Speaker fees" },
      unit: "buổi",
      factors: [events, { kind: "sessions", value: sessions }],
      price: price("speakerPerSession"),
      normId: "training.lecturer_fee",
      planRef,
    },
    ...(documentsHandedOut
      ? []
      : [
          {
            key: "documents",
            kind: "documents",
            content: documents,
            name: { vi: documents, en: "Documents for delegates" },
            unit: "bộ",
            factors: [...delegates],
            price: price("documentsPerSet"),
            planRef,
          } satisfies Draft,
        ]),
    {
      key: "water",
      kind: "water",
      content: text("water", "Nước uống giữa giờ"),
      name: { vi: "Nước uống giữa giờ", en: "Water and refreshments" },
      unit: "người",
      factors: timed(delegates, water.per === "waterPerPersonSession" ? sessionCount : days),
      price: water.priced,
      normId: "meeting.water",
      planRef,
    },
    // One meal line per group and venue tier: each is capped at its own conferences' tier.
    ...nonSalaried.flatMap((group) =>
      tierGroups.map(([tier, ofTier]): Draft => {
        const where = tierGroups.length > 1 ? venueTierWords[tier] : undefined;
        return {
          key: "meal",
          kind: "meal_support",
          content: named(text("meal", `Hỗ trợ tiền ăn cho ${nonSalariedText}`), group, where),
          name: { vi: "Hỗ trợ tiền ăn", en: "Meal support" },
          unit: "người",
          // Some of the conferences: their head count, with no "Số hội nghị" a sheet would take for the series'.
          factors: timed(
            tierGroups.length > 1 ? [personsOf(ofTier, group.id)] : counts.group(group.id),
            meal.per === "mealPerPersonSession" ? sessionCount : days,
          ),
          price: meal.priced,
          normId: "meeting.meal.nonsalaried",
          quotaGroup: group.id,
          venueTier: tier,
          planRef,
        };
      }),
    ),
    ...nonSalaried.map((group): Draft => ({
      key: "travel",
      kind: "travel_support",
      content: named(text("travel", `Hỗ trợ tiền đi lại cho ${nonSalariedText}`), group),
      name: { vi: "Hỗ trợ tiền đi lại", en: "Travel support" },
      unit: "người",
      // A trip a conference, however short; a day price counts whole days.
      factors: timed(counts.group(group.id), travel.per === "travelPerPersonTrip" ? undefined : wholeDays),
      price: travel.priced,
      quotaGroup: group.id,
      planRef,
    })),
    {
      key: "stationery",
      kind: "stationery",
      content: text("stationery", "Văn phòng phẩm"),
      name: { vi: "Văn phòng phẩm", en: "Stationery" },
      unit: "người",
      factors: [...delegates],
      price: price("stationeryPerPerson"),
      planRef,
    },
  ];
  const extra = pick<ConferencePrices, "extraLines">(
    own,
    prices.conference,
    "extraLines",
    `conferenceSeries.${series.id}`,
    "conference",
  );
  (extra.value ?? []).forEach((line, i) => {
    const counted = extraFactors(line.per, { series, counts, events, days, sessionCount });
    drafts.push({
      kind: line.kind,
      content: line.content,
      name: { vi: line.content, en: line.content },
      unit: line.unit,
      factors: line.quantity === undefined ? counted : [...counted, { kind: "quantity", value: line.quantity }],
      price: { value: line.price, path: `${extra.path}.${i}.price` },
      ...(line.normId ? { normId: line.normId } : {}),
      planRef,
    });
  });
  const staff = price("staffPerConference").value;
  if (staff !== undefined) {
    drafts.push({
      key: "perDiem",
      kind: "per_diem",
      content: text("perDiem", "Phụ cấp lưu trú cho báo cáo viên, ban tổ chức"),
      name: { vi: "Phụ cấp lưu trú", en: "Per diem" },
      unit: "người",
      factors: [{ kind: "persons", value: staff }, wholeDays, events],
      price: price("perDiemPerPersonDay"),
      normId: "travel.per_diem",
      planRef,
    });
  }
  return edits.apply(drafts);
}

const materialNouns: Readonly<Record<Material["kind"], LocalizedText>> = {
  leaflet: { vi: "tờ gấp", en: "leaflet" },
  handbook: { vi: "sổ tay", en: "handbook" },
  poster: { vi: "áp phích", en: "poster" },
  pano: { vi: "pa-nô", en: "pano" },
  banner: { vi: "băng rôn", en: "banner" },
  other: { vi: "tài liệu", en: "material" },
};

function materialDrafts(material: Material, prices: Prices): Draft[] {
  const own = prices.materials[material.id];
  const price = (field: PriceField<MaterialPrices>) =>
    pick(own, prices.material, field, `materials.${material.id}`, "material");
  const edits = lineEdits(own, prices.material, `materials.${material.id}`, "material");
  const noun = materialNouns[material.kind];
  const leaflet = material.kind === "leaflet";
  const banner = material.kind === "banner";
  // A pano or a banner is designed and made, not written and printed; a banner is hung, not handed out.
  const made = material.kind === "pano" || banner;
  const planRef = { material: material.id };
  return edits.apply([
    {
      key: "writing",
      kind: banner ? "banner" : "leaflet_write",
      content: edits.text(
        "writing",
        leaflet ? "Biên soạn tờ gấp pháp luật" : `${made ? "Thiết kế" : "Biên soạn"} ${noun.vi}`,
      ),
      name: {
        vi: `${made ? "Thiết kế" : "Biên soạn"} ${noun.vi}`,
        en: `${made ? "Designing" : "Writing"} the ${noun.en}`,
      },
      unit: banner ? "mẫu" : noun.vi,
      factors: [{ kind: "quantity", value: material.titles }],
      price: price("writingPerTitle"),
      ...(leaflet ? { normId: "pbgdpl.leaflet.write" } : {}),
      planRef,
    },
    {
      key: "printing",
      kind: banner ? "banner" : "leaflet_print",
      content: edits.text("printing", `${made ? "Làm" : "In"} ${noun.vi}`),
      name: { vi: `${made ? "Làm" : "In"} ${noun.vi}`, en: `${made ? "Making" : "Printing"} the ${noun.en}` },
      unit: leaflet ? "tờ" : made ? "cái" : "bản",
      factors: [{ kind: "quantity", value: material.copies }],
      price: price("printingPerCopy"),
      ...(leaflet ? { normId: "pbgdpl.leaflet.print" } : {}),
      planRef,
    },
    {
      key: "distribution",
      kind: banner ? "banner" : "leaflet_distribution",
      content: edits.text("distribution", `Vận chuyển, ${banner ? "treo" : "cấp phát"} ${noun.vi}`),
      name: {
        vi: `Vận chuyển, ${banner ? "treo" : "cấp phát"} ${noun.vi}`,
        en: `${banner ? "Hanging" : "Distributing"} the ${noun.en}`,
      },
      unit: "lần",
      factors: [{ kind: "quantity", value: price("distributionRuns").value ?? 1 }],
      price: price("distributionPerRun"),
      planRef,
    },
  ]);
}

/** The fields of a price list part that hold a figure (not its own lines, drops or renames). */
type PriceField<T> = { [K in keyof T]-?: NonNullable<T[K]> extends number ? K : never }[keyof T];

/** What a price list part says of the standard lines: which it drops, and their own texts. */
interface LineEditsOf<K extends string> {
  readonly drop?: readonly K[] | undefined;
  readonly rename?: Partial<Record<K, string>> | undefined;
}

/**
 * A price list's drops and renames of the standard lines of a plan item: its own drop list, else the
 * defaults'; its own texts over the defaults', key by key. `apply` leaves out the dropped lines and marks the
 * renamed ones with the JSON path of their new text.
 */
function lineEdits<K extends string>(
  own: LineEditsOf<K> | undefined,
  defaults: LineEditsOf<K>,
  ownPath: string,
  defaultPath: string,
) {
  const dropped = new Set<string>(own?.drop ?? defaults.drop ?? []);
  const renamedAt = (key: K): string | undefined =>
    own?.rename?.[key] !== undefined
      ? `${ownPath}.rename.${key}`
      : defaults.rename?.[key] !== undefined
        ? `${defaultPath}.rename.${key}`
        : undefined;
  return {
    text: (key: K, standard: string): string => own?.rename?.[key] ?? defaults.rename?.[key] ?? standard,
    apply: (drafts: readonly Draft[]): Draft[] =>
      drafts.flatMap((draft) => {
        if (draft.key === undefined) return [draft];
        if (dropped.has(draft.key)) return [];
        const at = renamedAt(draft.key as K);
        return [at === undefined ? draft : { ...draft, renamed: at }];
      }),
  };
}

/** True when a sheet reading the line's text would take it for this kind, as checkSheet reads it. */
function readsAs(content: string, unit: string, kind: LineKind): boolean {
  return classifyLine(content, unit).kind === kind;
}

/** A price from the plan item's own prices, else the defaults, with the JSON path it came from. */
function pick<T extends object, K extends keyof T>(
  own: T | undefined,
  defaults: T,
  field: K,
  ownPath: string,
  defaultPath: string,
): { value: T[K] | undefined; path: string } {
  if (own && own[field] !== undefined) return { value: own[field], path: `${ownPath}.${String(field)}` };
  return { value: defaults[field], path: `${defaultPath}.${String(field)}` };
}

function seriesTitle(series: ConferenceSeries): string {
  if (/^tổ chức/iu.test(series.title)) return series.title;
  return `Tổ chức ${String(series.count).padStart(2, "0")} ${lowerFirst(series.title)}`;
}

function materialTitle(material: Material): string {
  if (/^(biên soạn|in|làm|thiết kế)/iu.test(material.title)) return material.title;
  return `${material.kind === "banner" ? "Thiết kế, làm" : "Biên soạn, in ấn"} ${lowerFirst(material.title)}`;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase("vi") + text.slice(1);
}

function toRoman(n: number): string {
  const digits: readonly [number, string][] = [
    [1000, "M"],
    [900, "CM"],
    [500, "D"],
    [400, "CD"],
    [100, "C"],
    [90, "XC"],
    [50, "L"],
    [40, "XL"],
    [10, "X"],
    [9, "IX"],
    [5, "V"],
    [4, "IV"],
    [1, "I"],
  ];
  let rest = n;
  let out = "";
  for (const [value, letters] of digits) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}
