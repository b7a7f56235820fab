import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { classifyLine, lineClass, lineClassifier } from "./classifyLine.js";
import type { LineFields } from "./estimate.js";
import { conferenceKinds, type LineClass, type LineKind } from "./lineKind.js";
import { estimateFromPlan } from "./estimateFromPlan.js";
import { planSchema, type Plan } from "../plan/planSchema.js";
import { samplePlanInput } from "../testing/samplePlan.js";
import { checkSheet } from "../sheet/check.js";
import { valueOf } from "../testing/resultValue.js";
import { renderEstimate } from "../sheet/render/renderEstimate.js";
import type { Estimate } from "./estimate.js";
import { entryClassifier } from "./headingClass.js";
import { allLines, type LineEntry } from "./lineProduct.js";
import { thanhHoaPrices } from "./testing/thanhHoa.js";
import { computeAmounts } from "./computeAmounts.js";

const draft = (content: string, unit: string) => ({
  number: "1",
  content,
  unit,
  factors: [{ kind: "quantity" as const, value: 6 }],
  rate: 100_000,
  amount: null,
});

// Line texts an estimate of the Thanh Hóa plan holds (as in the example office sheets of examples/office-sheets).
const fixtureLines: [string, string, LineClass][] = [
  ["Thuê hội trường, âm thanh, ánh sáng, máy chiếu", "hội nghị", { kind: "hall" }],
  ["Trang trí, khánh tiết, ma-két hội nghị", "hội nghị", { kind: "decoration" }],
  ["Thù lao báo cáo viên", "buổi", { kind: "speaker_fee", normId: "training.lecturer_fee" }],
  ["Tài liệu tập huấn cho đại biểu", "bộ", { kind: "documents", quotaBasis: "all_delegates" }],
  ["Nước uống giữa giờ", "người", { kind: "water", normId: "meeting.water", quotaBasis: "all_delegates" }],
  [
    "Hỗ trợ tiền ăn cho đại biểu không hưởng lương từ NSNN",
    "người",
    { kind: "meal_support", normId: "meeting.meal.nonsalaried", quotaBasis: "non_salaried" },
  ],
  [
    "Hỗ trợ tiền đi lại cho đại biểu không hưởng lương từ NSNN",
    "người",
    { kind: "travel_support", quotaBasis: "non_salaried" },
  ],
  ["Văn phòng phẩm", "người", { kind: "stationery", quotaBasis: "all_delegates" }],
  ["Phụ cấp lưu trú cho báo cáo viên, ban tổ chức", "người", { kind: "per_diem", normId: "travel.per_diem" }],
  ["Biên soạn tờ gấp pháp luật", "tờ gấp", { kind: "leaflet_write", normId: "pbgdpl.leaflet.write" }],
  ["In tờ gấp (khổ A4, in 2 mặt, 4 màu)", "tờ", { kind: "leaflet_print", normId: "pbgdpl.leaflet.print" }],
  ["Vận chuyển, cấp phát tờ gấp", "lần", { kind: "leaflet_distribution" }],
];

// Other texts of the fixture sheets that are not lines: none may get a norm.
const fixtureOtherTexts = [
  "Tổ chức 06 hội nghị tập huấn nghiệp vụ hòa giải ở cơ sở",
  "Biên soạn, in ấn tờ gấp pháp luật về hòa giải ở cơ sở",
  "TỔNG CỘNG",
  "Bằng chữ: Năm trăm sáu mươi hai triệu một trăm nghìn đồng./.",
  "Theo báo giá",
  "02 buổi/hội nghị",
  "320 đại biểu x 6 hội nghị",
  "270 hòa giải viên x 6 hội nghị",
  "03 người x 6 hội nghị",
  "NGƯỜI LẬP BIỂU",
  "Triển khai công tác hòa giải ở cơ sở năm 2024",
];

// Kinds whose unit says what a line counts (per diem and distribution have no plan count to compare).
const uncounted = new Set(["per_diem", "leaflet_distribution"]);
const withUnit = (expected: LineClass, unit: string): LineClass =>
  expected.kind === undefined
    ? expected
    : { ...expected, confidence: unit && !uncounted.has(expected.kind) ? "certain" : "likely" };

describe("classifyLine", () => {
  it.each(fixtureLines)("classifies the fixture line %s", (content, unit, expected) => {
    expect(classifyLine(content, unit)).toEqual(withUnit(expected, unit));
    // Without its unit the line's kind is the same, but not what it counts.
    expect(classifyLine(content)).toEqual(withUnit(expected, ""));
  });

  it.each(fixtureLines)("ignores accents form, capitals and spacing: %s", (content, unit, expected) => {
    expect(classifyLine(content.normalize("NFD"), unit.normalize("NFD"))).toEqual(withUnit(expected, unit));
    expect(classifyLine(content.toLocaleUpperCase("vi"), unit.toLocaleUpperCase("vi"))).toEqual(
      withUnit(expected, unit),
    );
    expect(classifyLine(`  ${content.replace(/ /g, "   ")}\n`, ` ${unit} `)).toEqual(withUnit(expected, unit));
  });

  it("classifies TCVN3 fixture text once decoded (.VnTimeH capitals come out upper case)", () => {
    // A district sheet's .VnTimeH line "Hç trî tiÒn ¨n cho ®¹i biÓu kh«ng h­ëng l­¬ng tõ NSNN", decoded.
    expect(classifyLine("HỖ TRỢ TIỀN ĂN CHO ĐẠI BIỂU KHÔNG HƯỞNG LƯƠNG TỪ NSNN").normId).toBe(
      "meeting.meal.nonsalaried",
    );
    expect(classifyLine("N\u01b0\u1edbc u\u00f4\u0301ng gi\u01b0\u0303a gi\u01a1\u0300").normId).toBe("meeting.water");
    expect(classifyLine("Thï lao b¸o c¸o viªn")).toEqual({}); // undecoded TCVN3: unknown, not wrong
  });

  it.each(fixtureOtherTexts)("gives no norm to %s", (text) => {
    expect(classifyLine(text).normId).toBeUndefined();
  });

  it("reads variants offices write", () => {
    expect(classifyLine("Hỗ trợ ăn cho hòa giải viên").normId).toBe("meeting.meal.nonsalaried");
    expect(classifyLine("Tiền ăn đại biểu").normId).toBe("meeting.meal.nonsalaried");
    expect(classifyLine("Giải khát giữa giờ").normId).toBe("meeting.water");
    expect(classifyLine("Bồi dưỡng giảng viên").normId).toBe("training.lecturer_fee");
    expect(classifyLine("Báo cáo viên", "buổi").normId).toBe("training.lecturer_fee");
    expect(classifyLine("Biên tập, thẩm định tờ gấp").normId).toBe("pbgdpl.leaflet.write");
    expect(classifyLine("In ấn tờ gấp pháp luật").normId).toBe("pbgdpl.leaflet.print");
    expect(classifyLine("Thù lao hòa giải viên").normId).toBe("hgcs.fee.case");
    expect(classifyLine("Thù lao hòa giải viên (vụ việc hòa giải thành)").normId).toBe("hgcs.fee.case_success");
    expect(classifyLine("Hỗ trợ hoạt động tổ hòa giải (văn phòng phẩm, nước uống họp tổ)").normId).toBe(
      "hgcs.team_support.month",
    );
    expect(classifyLine("Nước uống sinh hoạt câu lạc bộ pháp luật").normId).toBe("pbgdpl.club.water");
    expect(classifyLine("Soạn thảo kế hoạch").normId).toBe("pbgdpl.plan.draft");
  });

  it("reads what is paid outside the brackets; bracketed words refine it, never change it", () => {
    expect(classifyLine("Hỗ trợ tiền đi lại cho đại biểu không hưởng lương từ NSNN (tiền ăn)").kind).toBe(
      "travel_support",
    );
    expect(classifyLine("Hỗ trợ tiền ăn cho đại biểu không hưởng lương từ NSNN (Báo cáo viên)").normId).toBe(
      "meeting.meal.nonsalaried",
    );
    expect(classifyLine("Văn phòng phẩm (Tổ hòa giải, hỗ trợ)").kind).toBe("stationery");
    expect(classifyLine("Thù lao hòa giải viên (vụ việc hòa giải thành)").normId).toBe("hgcs.fee.case_success");
    expect(classifyLine("(Tiền ăn) đại biểu").kind).toBe("meal_support"); // nothing outside: the whole text
  });

  it("reads handbooks and posters as printed material, never compared with the plan's leaflets", () => {
    expect(classifyLine("In sổ tay", "bản")).toEqual({ kind: "leaflet_print", confidence: "likely" });
    expect(classifyLine("Biên soạn áp phích", "áp phích")).toEqual({ kind: "leaflet_write", confidence: "likely" });
    expect(classifyLine("In tờ rơi", "tờ")).toEqual({ kind: "leaflet_print", confidence: "certain" });
  });

  it("reads a banner on its own as a banner, one that names a conference or its decoration as decoration", () => {
    expect(classifyLine("Băng rôn, khẩu hiệu", "cái")).toEqual({ kind: "banner", confidence: "likely" });
    expect(classifyLine("Làm băng rôn tuyên truyền", "cái").kind).toBe("banner");
    expect(classifyLine("Trang trí, phông nền, băng rôn hội nghị", "hội nghị").kind).toBe("decoration");
    expect(classifyLine("Băng rôn hội nghị", "cái").kind).toBe("decoration");
    expect(classifyLine("Khẩu hiệu", "cái").kind).toBe("decoration");
  });

  it("reads a banner under a conference's heading as that conference's decoration", () => {
    const estimate = computeAmounts({
      sections: [
        {
          number: "I",
          title: "Tổ chức 06 hội nghị tập huấn",
          lines: [draft("Băng rôn, khẩu hiệu", "hội nghị")],
          amount: null,
        },
        {
          number: "II",
          title: "Tuyên truyền về hòa giải ở cơ sở",
          lines: [draft("Băng rôn, khẩu hiệu", "cái")],
          amount: null,
        },
      ],
      amount: null,
    });
    const classify = entryClassifier();
    expect(allLines(estimate).map((entry) => classify(entry))).toEqual([
      { kind: "decoration", confidence: "certain" },
      { kind: "banner", confidence: "likely" },
    ]);
  });

  it("gives no norm where none is sure", () => {
    expect(classifyLine("Hỗ trợ tiền đi lại cho đại biểu").normId).toBeUndefined(); // no verified figure
    expect(classifyLine("Văn phòng phẩm").normId).toBeUndefined(); // no cap
    expect(classifyLine("Tiền ăn cho báo cáo viên").kind).toBe("meal"); // not the guests' allowance
    expect(classifyLine("Tiền ăn cho báo cáo viên").normId).toBeUndefined();
    expect(classifyLine("Tiền ăn cho đại biểu hưởng lương")).toEqual({ kind: "meal", confidence: "likely" });
    expect(classifyLine("Ăn tập trung cho đại biểu không hưởng lương").normId).toBeUndefined(); // up to 130 %
    expect(classifyLine("Tiền đi lại cho báo cáo viên")).toEqual({ kind: "travel", confidence: "likely" });
    expect(classifyLine("Thuê phòng nghỉ cho báo cáo viên").normId).toBeUndefined();
    expect(classifyLine("Biên soạn, in ấn tờ gấp").kind).toBeUndefined(); // two jobs in one line
    expect(classifyLine("Tờ rơi").kind).toBeUndefined();
    expect(classifyLine("Chi khác")).toEqual({});
    expect(classifyLine("")).toEqual({});
    expect(classifyLine("Ban tổ chức").normId).toBeUndefined(); // "an" is not "ăn" inside "ban"
  });
});

describe("lineClass", () => {
  it("prefers the line's own kind and norm, and fills the rest from its text", () => {
    expect(lineClass({ content: "Nước uống giữa giờ", factors: [], rate: null })).toEqual({
      kind: "water",
      normId: "meeting.water",
      quotaBasis: "all_delegates",
      confidence: "likely",
    });
    expect(lineClass({ content: "In sổ tay", kind: "leaflet_print", factors: [], rate: null })).toEqual({
      kind: "leaflet_print",
      confidence: "certain",
    });
    expect(lineClass({ content: "Khoản khác", normId: "meeting.water", factors: [], rate: null })).toEqual({
      normId: "meeting.water",
    });
  });
});

describe("lineClassifier", () => {
  const texts = [
    ...fixtureLines.map(([content]) => content),
    ...fixtureOtherTexts,
    "Tiền ăn 2 đại biểu",
    "In 500 tờ gấp",
    "Hội nghị lần 3",
  ];

  it("answers as lineClass, whatever numbers the texts carry", () => {
    const classify = lineClassifier();
    const number = fc.oneof(
      fc.constant(""),
      fc.nat().map((n) => ` ${n}`),
      fc.nat().map((n) => ` (đợt ${n})`),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...texts),
        number,
        fc.constantFrom("", "người", "tờ", "buổi 2"),
        (text, suffix, unit) => {
          const line: LineFields = { content: `${text}${suffix}`, unit, factors: [], rate: null };
          expect(classify(line)).toEqual(lineClass(line));
        },
      ),
    );
  });

  it("keeps what the line itself says", () => {
    const classify = lineClassifier();
    const line: LineFields = { content: "In sổ tay", kind: "leaflet_print", factors: [], rate: null };
    expect(classify(line)).toEqual({ kind: "leaflet_print", confidence: "certain" });
  });
});

// Words of every rule, brackets and stray text: quota groups may be called anything.
const groupWords = [
  "Hòa giải viên",
  "Tổ trưởng tổ hòa giải",
  "hỗ trợ",
  "tiền ăn",
  "ăn tập trung",
  "nước uống",
  "tiền đi lại",
  "thù lao",
  "báo cáo viên",
  "hưởng lương",
  "không hưởng lương",
  "văn phòng phẩm",
  "thuê hội trường",
  "trang trí",
  "băng rôn",
  "tài liệu",
  "biên soạn tờ gấp",
  "in tờ gấp",
  "sổ tay",
  "công tác phí",
  "phòng nghỉ",
  "thuốc y tế",
  "câu lạc bộ",
  "(",
  ")",
  ",",
];
const groupName = fc
  .array(fc.oneof(fc.constantFrom(...groupWords), fc.string({ maxLength: 8 })), { minLength: 1, maxLength: 4 })
  .map((parts) => parts.join(" ").trim() || "Nhóm");

/** A plan with a training and a meeting series whose non-salaried groups have these names, and every material. */
function planWith(names: readonly string[]): Plan {
  const input = samplePlanInput();
  const [series] = input.conferences ?? [];
  if (!series) throw new Error("the sample plan has a conference series");
  const quotaGroups = [
    ...names.map((name, i) => ({ id: `g${i}`, name, persons: 10 + i, paidFromStateBudget: false })),
    { id: "quan-ly", name: "Cán bộ quản lý", persons: 5, paidFromStateBudget: true },
  ];
  const kinds = ["leaflet", "handbook", "poster", "banner", "other"] as const;
  return planSchema.parse({
    ...input,
    conferences: [
      { ...series, quotaGroups, delegatesPerConference: 400 },
      { ...series, id: "hop", kind: "meeting", title: "Hội nghị sơ kết", count: 2, daysEach: 2, quotaGroups },
    ],
    materials: kinds.map((kind, i) => ({
      id: `m-${kind}`,
      title: `Ấn phẩm ${i + 1}`,
      kind,
      titles: 2,
      copies: 1000 * (i + 1),
      timeFrame: { year: 2024 },
    })),
  });
}

// Kinds a plan count or quota is compared on: their wording must read back as certain.
const checkedKinds = new Set<LineKind>([
  ...(Object.keys(conferenceKinds) as LineKind[]).filter((k) => k !== "per_diem" && k !== "medicine"),
  "leaflet_write",
  "leaflet_print",
]);
const prices = { ...thanhHoaPrices, conference: { ...thanhHoaPrices.conference, staffPerConference: 3 } };

describe("the wording estimateFromPlan writes reads back as the same kind, whatever the quota groups are called", () => {
  it("writes every kind there is", () => {
    const { estimate } = estimateFromPlan(planWith(["Hòa giải viên", "Tổ trưởng"]), prices, { date: "2024-06-01" });
    const written = new Set(allLines(estimate).map((e) => e.line.kind));
    const all = [...Object.keys(conferenceKinds), "leaflet_write", "leaflet_print", "leaflet_distribution", "banner"];
    expect(all.filter((k) => k !== "medicine" && !written.has(k as LineKind))).toEqual([]);
  });

  it("reads each line's text back as its kind, as sure as the plan checks need", () => {
    fc.assert(
      fc.property(fc.array(groupName, { minLength: 1, maxLength: 3 }), (names) => {
        const { estimate } = estimateFromPlan(planWith(names), prices, { date: "2024-06-01" });
        for (const { line } of allLines(estimate)) {
          const asRead: LineFields = {
            content: line.content,
            ...(line.unit ? { unit: line.unit } : {}),
            factors: line.factors,
            rate: line.rate,
          };
          const found = lineClass(asRead);
          const material = line.planRef?.material;
          if (material === "m-other") {
            // "In tài liệu" may be a conference's documents as well: read back, but never compared with the plan.
            expect(found.confidence).not.toBe("certain");
            continue;
          }
          // Handbooks and posters are read back, but their copies are not the plan's leaflets.
          const compared = material === undefined || material === "m-leaflet";
          expect({ content: line.content, kind: found.kind }).toEqual({ content: line.content, kind: line.kind });
          if (!compared) expect(found.confidence).toBe("likely");
          else if (line.kind && checkedKinds.has(line.kind)) expect(found.confidence).toBe("certain");
        }
      }),
    );
  });

  it("reads the rendered sheet back with the same kinds, and finds it agrees with the plan", () => {
    fc.assert(
      fc.property(fc.array(groupName, { minLength: 1, maxLength: 3 }), (names) => {
        const plan = planWith(names);
        const { estimate } = estimateFromPlan(plan, prices, { date: "2024-06-01" });
        const { grid } = renderEstimate(estimate, plan);
        const checked = checkSheet(grid, { plan, date: "2024-06-01" });
        expect(checked.findings.filter((f) => f.code.startsWith("plan.") || f.code.startsWith("quota."))).toEqual([]);
        const read = valueOf(checked).estimate;
        const classify = entryClassifier();
        const kinds = (e: Estimate, of: (entry: LineEntry) => LineKind | undefined) =>
          allLines(e)
            .filter((entry) => entry.line.planRef?.material !== "m-other" && !/tài liệu$/u.test(entry.line.content))
            .map(of);
        expect(kinds(read, (entry) => classify(entry).kind)).toEqual(kinds(estimate, (entry) => entry.line.kind));
      }),
      { numRuns: 25 },
    );
  });
});
