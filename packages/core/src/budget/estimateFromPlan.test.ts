import { describe, expect, it } from "vitest";
import { formatFinding } from "../findings/formatFinding.js";
import { paramOf } from "../findings/finding.js";
import { planSchema } from "../plan/planSchema.js";
import { checkEstimate } from "./checkEstimate.js";
import { estimateFromPlan } from "./estimateFromPlan.js";
import { pricesSchema } from "./prices.js";
import { checkSheet } from "../sheet/check.js";
import { renderEstimate } from "../sheet/render/renderEstimate.js";
import { thanhHoaPlan, thanhHoaPlanInput, thanhHoaPrices } from "./testing/thanhHoa.js";

const options = { date: "2024-06-01" };

describe("estimateFromPlan", () => {
  it("reproduces the Thanh Hóa estimate sheet (its figures, lines and total)", () => {
    const { estimate } = estimateFromPlan(thanhHoaPlan, thanhHoaPrices, options);
    expect(estimate.sections.map((s) => [s.number, s.amount.declared])).toEqual([
      ["I", 528600000],
      ["II", 33500000],
    ]);
    expect(estimate.amount).toEqual({ declared: 562100000, computed: 562100000 });
    expect(estimate.sections[0]?.title).toBe("Tổ chức 06 hội nghị tập huấn nghiệp vụ hòa giải ở cơ sở");
    expect(estimate.sections[1]?.title).toBe("Biên soạn, in ấn tờ gấp pháp luật về hòa giải ở cơ sở");
    expect(estimate.sections[0]?.lines.map((l) => l.amount.declared)).toEqual([
      36000000, 9000000, 12000000, 48000000, 76800000, 243000000, 81000000, 19200000, 3600000,
    ]);
    expect(estimate.sections[1]?.lines.map((l) => l.amount.declared)).toEqual([1500000, 30000000, 2000000]);
  });

  it("costs meal support for the non-salaried group only: 270 × 1 day × 6 conferences × 150.000", () => {
    const { estimate } = estimateFromPlan(thanhHoaPlan, thanhHoaPrices, options);
    const meal = estimate.sections[0]?.lines.find((l) => l.kind === "meal_support");
    expect(meal).toMatchObject({
      content: "Hỗ trợ tiền ăn cho đại biểu không hưởng lương từ NSNN",
      factors: [
        { kind: "persons", value: 270 },
        { kind: "days", value: 1 },
        { kind: "events", value: 6 },
      ],
      rate: 150000,
      amount: { declared: 243000000, computed: 243000000 },
      normId: "meeting.meal.nonsalaried",
      quotaGroup: "hoa-giai-vien",
      planRef: { conferenceSeries: "hn" },
    });
  });

  it("reports advisory caps only, and the built estimate checks clean", () => {
    const { estimate, findings } = estimateFromPlan(thanhHoaPlan, thanhHoaPrices, options);
    expect(findings.map((f) => [f.code, f.at?.path])).toEqual([
      ["rate.cap_unverified", "conference.speakerPerSession"],
      ["rate.cap_unverified", "conference.waterPerPersonDay"],
      ["rate.cap_unverified", "conference.perDiemPerPersonDay"],
    ]);
    expect(formatFinding(findings[1]!)).toBe(
      "Mức chi 40.000 đ: chưa có mức tối đa; con số tham khảo 40.000 đ (chưa rõ theo ngày hay theo buổi) (Thông tư 40/2017/TT-BTC, Điều 12 khoản 3), chưa được đối chiếu với văn bản gốc — chỉ để tham khảo.",
    );
    expect(checkEstimate(estimate, thanhHoaPlan, options).findings.filter((f) => f.severity !== "info")).toEqual([]);
  });

  it("reports a price above a verified cap and keeps it as given", () => {
    const prices = pricesSchema.parse({ conference: { ...thanhHoaPrices.conference, mealPerPersonDay: 200000 } });
    const { estimate, findings } = estimateFromPlan(thanhHoaPlan, prices, options);
    const over = findings.find((f) => f.code === "rate.over_cap");
    expect(over).toMatchObject({ severity: "error", at: { path: "conference.mealPerPersonDay" } });
    expect(formatFinding(over!)).toBe(
      "Mức chi 200.000 đ vượt mức tối đa 150.000 đ/người/ngày (Thông tư 40/2017/TT-BTC, Điều 12 khoản 4 điểm b).",
    );
    expect(estimate.sections[0]?.lines.find((l) => l.kind === "meal_support")?.amount.declared).toBe(324000000);
  });

  it("uses the commune tier for a commune-organised series", () => {
    const plan = planSchema.parse({
      ...thanhHoaPlanInput,
      conferences: thanhHoaPlanInput.conferences?.map((s) => ({ ...s, venueTier: "commune" })),
    });
    const { findings } = estimateFromPlan(plan, thanhHoaPrices, options);
    expect(findings.filter((f) => f.code === "rate.over_cap").map((f) => f.params["cap"])).toEqual([100000]);
  });

  it("warns about each missing price and leaves that line blank", () => {
    const prices = pricesSchema.parse({ conference: { hallPerDay: 6000000 }, material: {} });
    const { estimate, findings } = estimateFromPlan(thanhHoaPlan, prices, options);
    const missing = findings.filter((f) => f.code === "price.missing");
    expect(missing.length).toBe(10); // 7 conference lines (no per diem without staff) + 3 material lines
    expect(missing[0]).toMatchObject({ severity: "warning", at: { path: "conference.decorationPerConference" } });
    expect(estimate.sections[0]?.lines[1]).toMatchObject({ rate: null, amount: { declared: null, computed: null } });
    expect(estimate.amount.declared).toBe(36000000);
  });

  it("takes a series' own prices over the defaults and splits support per non-salaried group", () => {
    const plan = planSchema.parse({
      ...thanhHoaPlanInput,
      conferences: thanhHoaPlanInput.conferences?.map((s) => ({
        ...s,
        speakers: { unit: "Phòng PBGDPL", sessionsPerConference: 1 },
        quotaGroups: [
          { id: "hgv", name: "Hòa giải viên", persons: 200, paidFromStateBudget: false },
          { id: "tt", name: "Trưởng thôn", persons: 70, paidFromStateBudget: false },
          { id: "cb", name: "Cán bộ", persons: 50, paidFromStateBudget: true },
        ],
      })),
    });
    const prices = pricesSchema.parse({
      ...thanhHoaPrices,
      conferenceSeries: { hn: { hallPerDay: 5000000 } },
    });
    const { estimate } = estimateFromPlan(plan, prices, options);
    const lines = estimate.sections[0]?.lines ?? [];
    expect(lines[0]?.amount.declared).toBe(30000000);
    expect(lines.find((l) => l.kind === "speaker_fee")?.amount.declared).toBe(6000000);
    expect(
      lines.filter((l) => l.kind === "meal_support").map((l) => [l.content, l.quotaGroup, l.amount.declared]),
    ).toEqual([
      ["Hỗ trợ tiền ăn cho đại biểu không hưởng lương từ NSNN (Hòa giải viên)", "hgv", 180000000],
      ["Hỗ trợ tiền ăn cho đại biểu không hưởng lương từ NSNN (Trưởng thôn)", "tt", 63000000],
    ]);
    expect(checkEstimate(estimate, plan, options).findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  describe("plans of the second version", () => {
    const seriesOf = (plan: ReturnType<typeof planSchema.parse>) =>
      plan.conferences[0] as (typeof plan.conferences)[number];
    const withSeries = (change: (series: Record<string, unknown>) => void) => {
      const input = structuredClone(thanhHoaPlanInput);
      const series = input.conferences?.[0] as unknown as Record<string, unknown>;
      change(series);
      return planSchema.parse(input);
    };
    const lineOf = (estimate: { sections: readonly { lines: readonly { kind?: string }[] }[] }, kind: string) =>
      estimate.sections[0]?.lines.find((l) => l.kind === kind) as
        { factors: readonly { kind: string; value: number }[]; amount: { declared: number | null } } | undefined;
    const noErrors = (plan: ReturnType<typeof planSchema.parse>, prices = thanhHoaPrices) => {
      const { estimate } = estimateFromPlan(plan, prices, options);
      return checkEstimate(estimate, plan, options).findings.filter((f) => f.severity === "error");
    };

    it("gives the same estimate when the plan lists its conferences alike", () => {
      const listed = withSeries((series) => {
        series["instances"] = Array.from({ length: 6 }, (_, i) => ({ host: `Huyện ${i + 1}` }));
      });
      expect(estimateFromPlan(listed, thanhHoaPrices, options)).toEqual(
        estimateFromPlan(thanhHoaPlan, thanhHoaPrices, options),
      );
    });

    it("costs a half-day conference for one session: half a day of water and meals, one speaker session, a whole trip", () => {
      const plan = withSeries((series) => {
        series["daysEach"] = 0.5;
      });
      const { estimate } = estimateFromPlan(plan, thanhHoaPrices, options);
      expect(lineOf(estimate, "water")?.factors.map((f) => f.value)).toEqual([320, 0.5, 6]);
      expect(lineOf(estimate, "meal_support")?.amount.declared).toBe(270 * 0.5 * 6 * 150000);
      expect(lineOf(estimate, "speaker_fee")?.factors.map((f) => f.value)).toEqual([6, 1]);
      expect(lineOf(estimate, "travel_support")?.factors.map((f) => f.value)).toEqual([270, 1, 6]);
      expect(noErrors(plan)).toEqual([]);
    });

    it("prices per session or per trip when the price list says so", () => {
      const plan = withSeries((series) => {
        series["daysEach"] = 0.5;
      });
      const prices = pricesSchema.parse({
        ...thanhHoaPrices,
        conference: { ...thanhHoaPrices.conference, waterPerPersonSession: 20000, travelPerPersonTrip: 50000 },
      });
      const { estimate } = estimateFromPlan(plan, prices, options);
      expect(lineOf(estimate, "water")?.factors).toEqual([
        { kind: "persons", value: 320 },
        { kind: "sessions", value: 1 },
        { kind: "events", value: 6 },
      ]);
      expect(lineOf(estimate, "travel_support")?.factors.map((f) => f.value)).toEqual([270, 6]);
      expect(noErrors(plan, prices)).toEqual([]);
    });

    it("pays for the head count of conferences of different sizes", () => {
      const plan = withSeries((series) => {
        series["count"] = 2;
        series["instances"] = [
          { host: "UBND xã A", attendance: { "hoa-giai-vien": 200, "can-bo-quan-ly": 40 } },
          { host: "UBND xã B" },
        ];
      });
      const { estimate } = estimateFromPlan(plan, thanhHoaPrices, options);
      expect(lineOf(estimate, "documents")?.factors).toEqual([{ kind: "persons", value: 240 + 320 }]);
      expect(lineOf(estimate, "meal_support")?.factors.map((f) => f.value)).toEqual([200 + 270, 1]);
      expect(seriesOf(plan).instances).toHaveLength(2);
      expect(noErrors(plan)).toEqual([]);
    });

    it("pays speakers once per online conference and a connection per site", () => {
      const plan = withSeries((series) => {
        series["count"] = 1;
        series["instances"] = [
          {
            sites: Array.from({ length: 10 }, (_, i) => ({
              name: `Điểm cầu ${i + 1}`,
              attendance: i === 0 ? { "can-bo-quan-ly": 50, "hoa-giai-vien": 5 } : { "hoa-giai-vien": 26 },
            })),
          },
        ];
      });
      const prices = pricesSchema.parse({
        ...thanhHoaPrices,
        conference: { ...thanhHoaPrices.conference, connectionPerSite: 3000000 },
      });
      const { estimate, findings } = estimateFromPlan(plan, prices, options);
      expect(findings.filter((f) => f.code === "price.missing")).toEqual([]);
      expect(lineOf(estimate, "connection")).toMatchObject({
        factors: [{ kind: "count", value: 10 }],
        amount: { declared: 30000000 },
      });
      expect(lineOf(estimate, "hall")?.factors.map((f) => f.value)).toEqual([1, 1]);
      expect(lineOf(estimate, "speaker_fee")?.factors.map((f) => f.value)).toEqual([1, 2]);
      expect(lineOf(estimate, "water")?.factors.map((f) => f.value)).toEqual([289, 1, 1]);
      expect(lineOf(estimate, "meal_support")?.factors.map((f) => f.value)).toEqual([239, 1, 1]);
    });

    it("adds the price list's own lines, counted as it says", () => {
      const prices = pricesSchema.parse({
        ...thanhHoaPrices,
        conference: {
          ...thanhHoaPrices.conference,
          extraLines: [
            { content: "Làm băng rôn", unit: "cái", per: "conference", quantity: 2, price: 400000 },
            {
              content: "Thuê phòng nghỉ cho báo cáo viên",
              unit: "ngày",
              per: "conferenceDay",
              price: 350000,
              kind: "lodging",
            },
            { content: "Sổ tay hòa giải viên", unit: "cuốn", per: "nonSalaried", price: 20000 },
          ],
        },
      });
      const { estimate, findings } = estimateFromPlan(thanhHoaPlan, prices, options);
      expect(findings.filter((f) => f.code === "price.missing")).toEqual([]);
      const lines = estimate.sections[0]?.lines ?? [];
      const byText = (text: string) => lines.find((l) => l.content === text);
      expect(byText("Làm băng rôn")).toMatchObject({
        factors: [
          { kind: "events", value: 6 },
          { kind: "quantity", value: 2 },
        ],
        amount: { declared: 4800000 },
      });
      expect(byText("Thuê phòng nghỉ cho báo cáo viên")).toMatchObject({
        kind: "lodging",
        amount: { declared: 2100000 },
      });
      expect(byText("Sổ tay hòa giải viên")?.amount.declared).toBe(270 * 6 * 20000);
      expect(byText("Làm băng rôn")?.kind).toBeUndefined();
    });
  });
});

describe("estimateFromPlan: documents handed out at conferences", () => {
  const seriesId = thanhHoaPlan.conferences[0]?.id ?? "";
  const handedOut = (at: string | [string, ...string[]] | undefined) => {
    const input = structuredClone(thanhHoaPlanInput);
    input.materials = (input.materials ?? []).map((m) => ({
      ...m,
      kind: "handbook" as const,
      ...(at === undefined ? {} : { handedOutAt: at }),
    }));
    return planSchema.parse(input);
  };

  it("costs a material handed out at a series once: the series has no per-delegate documents line", () => {
    const without = estimateFromPlan(handedOut(undefined), thanhHoaPrices, options).estimate;
    const { estimate, findings } = estimateFromPlan(handedOut(seriesId), thanhHoaPrices, options);
    const kinds = (e: typeof estimate) => e.sections[0]?.lines.map((l) => l.kind);
    expect(kinds(without)).toContain("documents");
    expect(kinds(estimate)).not.toContain("documents");
    // The documents line was 320 delegates × 6 conferences × 25.000; the handbook's own lines are unchanged.
    expect((without.amount.computed ?? 0) - (estimate.amount.computed ?? 0)).toBe(320 * 6 * 25000);
    expect(estimate.sections[1]?.lines).toEqual(without.sections[1]?.lines);
    expect(findings.map((f) => f.code)).not.toContain("price.missing");
  });

  it("leaves the documents line of a series the material is not handed out at", () => {
    const { estimate } = estimateFromPlan(handedOut(["khac"]), thanhHoaPrices, options);
    expect(estimate.sections[0]?.lines.map((l) => l.kind)).toContain("documents");
  });

  it("checks clean on its own sheet", () => {
    const plan = handedOut(seriesId);
    const { estimate } = estimateFromPlan(plan, thanhHoaPrices, options);
    const errors = checkEstimate(estimate, plan, options).findings.filter((f) => f.severity === "error");
    expect(errors).toEqual([]);
  });
});

describe("estimateFromPlan: a price list drops and renames standard lines", () => {
  const seriesId = thanhHoaPlan.conferences[0]?.id ?? "";
  const withPrices = (edit: (input: Record<string, unknown>) => void) => {
    const input = structuredClone({
      illustrative: true,
      conference: { ...thanhHoaPrices.conference },
      material: { ...thanhHoaPrices.material },
    }) as Record<string, unknown>;
    edit(input);
    return pricesSchema.parse(input);
  };
  const conference = (input: Record<string, unknown>) => input.conference as Record<string, unknown>;
  const contents = (e: ReturnType<typeof estimateFromPlan>["estimate"], s = 0) =>
    e.sections[s]?.lines.map((l) => l.content) ?? [];

  it("leaves out the dropped lines, with no missing-price warning for them", () => {
    const prices = withPrices((p) => {
      const c = conference(p);
      c.drop = ["decoration", "stationery"];
      delete c.decorationPerConference;
    });
    const { estimate, findings } = estimateFromPlan(thanhHoaPlan, prices, options);
    const full = estimateFromPlan(thanhHoaPlan, thanhHoaPrices, options).estimate;
    expect(contents(estimate)).toEqual(
      contents(full).filter((c) => c !== "Trang trí, khánh tiết, ma-két hội nghị" && c !== "Văn phòng phẩm"),
    );
    expect(findings.map((f) => f.code)).not.toContain("price.missing");
    expect(estimate.sections[0]?.lines.map((l) => l.number)).toEqual(["1", "2", "3", "4", "5", "6", "7"]);
  });

  it("lets a series' own drop list replace the defaults' (an empty one keeps every line)", () => {
    const prices = withPrices((p) => {
      conference(p).drop = ["decoration"];
      p.conferenceSeries = { [seriesId]: { drop: [] } };
    });
    const { estimate } = estimateFromPlan(thanhHoaPlan, prices, options);
    expect(contents(estimate)).toContain("Trang trí, khánh tiết, ma-két hội nghị");
  });

  it("writes a renamed line's own text, merged key by key, and its sheet checks with no error", () => {
    const prices = withPrices((p) => {
      conference(p).rename = { hall: "Thuê hội trường (trọn gói âm thanh, máy chiếu)", water: "Nước uống" };
      p.conferenceSeries = { [seriesId]: { rename: { water: "Nước uống, giải khát giữa giờ" } } };
      (p.material as Record<string, unknown>).rename = { printing: "In tờ gấp khổ A4, 2 mặt" };
    });
    const { estimate, findings } = estimateFromPlan(thanhHoaPlan, prices, options);
    expect(contents(estimate).slice(0, 6)).toEqual([
      "Thuê hội trường (trọn gói âm thanh, máy chiếu)",
      "Trang trí, khánh tiết, ma-két hội nghị",
      "Thù lao báo cáo viên",
      "Tài liệu tập huấn cho đại biểu",
      "Nước uống, giải khát giữa giờ",
      "Hỗ trợ tiền ăn cho đại biểu không hưởng lương từ NSNN",
    ]);
    expect(contents(estimate, 1)[1]).toBe("In tờ gấp khổ A4, 2 mặt");
    expect(estimate.sections[0]?.lines[0]?.kind).toBe("hall");
    expect(findings.map((f) => f.code)).not.toContain("prices.renamed_unread");
    const { grid } = renderEstimate(estimate, thanhHoaPlan);
    const checked = checkSheet(grid, { plan: thanhHoaPlan, ...options }).findings;
    expect(checked.filter((f) => f.severity === "error" || f.code.startsWith("plan."))).toEqual([]);
  });

  it("says when a new text no longer reads as its kind on a sheet, and still checks clean there", () => {
    const prices = withPrices((p) => {
      conference(p).rename = { meal: "Tiền cơm trưa cho đại biểu" };
    });
    const { estimate, findings } = estimateFromPlan(thanhHoaPlan, prices, options);
    const renamed = findings.filter((f) => f.code === "prices.renamed_unread");
    expect(renamed.map((f) => [f.at?.path, formatFinding(f, "vi")])).toEqual([
      [
        "conference.rename.meal",
        expect.stringContaining('Dòng "Tiền cơm trưa cho đại biểu" (khoản Hỗ trợ tiền ăn)') as unknown,
      ],
    ]);
    // The estimate keeps the line's kind and cap: a price over the cap is still reported here.
    expect(estimate.sections[0]?.lines.find((l) => l.content.startsWith("Tiền cơm"))?.kind).toBe("meal_support");
    const { grid } = renderEstimate(estimate, thanhHoaPlan);
    const errors = checkSheet(grid, { plan: thanhHoaPlan, ...options }).findings.filter((f) => f.severity === "error");
    expect(errors).toEqual([]);
  });

  it("reads v1 price files unchanged, and refuses a rename of a line that does not exist", () => {
    expect(pricesSchema.parse(thanhHoaPrices)).toEqual(thanhHoaPrices);
    expect(pricesSchema.safeParse({ conference: { rename: { lunch: "Ăn trưa" } } }).success).toBe(false);
    expect(pricesSchema.safeParse({ conference: { drop: ["lunch"] } }).success).toBe(false);
  });
});

describe("estimateFromPlan: meal support by each listed conference's venue tier", () => {
  // A provincial series of two conferences, one held at a commune (two-level government shape).
  const plan = (() => {
    const input = structuredClone(thanhHoaPlanInput);
    const [series] = input.conferences ?? [];
    if (!series) throw new Error("no series");
    input.conferences = [
      {
        ...series,
        count: 2,
        venueTier: "province",
        instances: [{ host: "Sở Tư pháp" }, { host: "UBND xã Đức Cơ", venueTier: "commune" }],
      },
    ];
    return planSchema.parse(input);
  })();
  const prices = pricesSchema.parse({
    ...thanhHoaPrices,
    conference: { ...thanhHoaPrices.conference, mealPerPersonDay: 120000 },
  });

  it("writes one meal line per tier, each capped at its own tier", () => {
    const { estimate, findings } = estimateFromPlan(plan, prices, options);
    const meals = estimate.sections[0]?.lines.filter((l) => l.kind === "meal_support") ?? [];
    expect(meals.map((l) => [l.content, l.factors])).toEqual([
      [
        "Hỗ trợ tiền ăn cho đại biểu không hưởng lương từ NSNN (họp tại tỉnh)",
        [
          { kind: "persons", value: 270 },
          { kind: "days", value: 1 },
        ],
      ],
      [
        "Hỗ trợ tiền ăn cho đại biểu không hưởng lương từ NSNN (họp tại xã)",
        [
          { kind: "persons", value: 270 },
          { kind: "days", value: 1 },
        ],
      ],
    ]);
    // 120.000 is within the province's 150.000 and over the commune's 100.000: only the commune line is over.
    const over = findings.filter((f) => f.code === "rate.over_cap");
    expect(over.map((f) => paramOf(f, "cap"))).toEqual([100000]);
  });

  it("gives the same cap findings on its own sheet, and no plan error", () => {
    const { estimate } = estimateFromPlan(plan, prices, options);
    const direct = checkEstimate(estimate, plan, options).findings.filter((f) => f.code === "rate.over_cap");
    expect(direct.map((f) => [f.at?.path, paramOf(f, "cap")])).toEqual([["sections.0.lines.6.rate", 100000]]);
    const { grid } = renderEstimate(estimate, plan);
    const sheet = checkSheet(grid, { plan, ...options }).findings;
    expect(sheet.filter((f) => f.code === "rate.over_cap").map((f) => paramOf(f, "cap"))).toEqual([100000]);
    expect(sheet.filter((f) => f.code.startsWith("plan.") || f.code.startsWith("quota."))).toEqual([]);
  });

  it("keeps one meal line, at the series' tier, when no conference has a tier of its own", () => {
    const { estimate } = estimateFromPlan(thanhHoaPlan, thanhHoaPrices, options);
    const meals = estimate.sections[0]?.lines.filter((l) => l.kind === "meal_support") ?? [];
    expect(meals.map((l) => l.content)).toEqual(["Hỗ trợ tiền ăn cho đại biểu không hưởng lương từ NSNN"]);
  });
});
