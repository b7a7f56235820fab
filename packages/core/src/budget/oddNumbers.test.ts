import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findingId, type Finding } from "../findings/finding.js";
import { renderEstimate } from "../sheet/render/renderEstimate.js";
import { checkEstimate } from "./checkEstimate.js";
import { computeAmounts } from "./computeAmounts.js";
import type { Estimate, EstimateDraft, FactorKind, LineDraft } from "./estimate.js";
import { sheetLocator, thanhHoaPlan } from "./testing/thanhHoa.js";

const date = "2024-06-01";
const money = fc.oneof(
  fc.double(),
  fc.constantFrom(
    Number.NaN,
    Infinity,
    -Infinity,
    -1,
    0.5,
    1e300,
    -1e300,
    Number.MAX_VALUE,
    Number.MIN_VALUE,
    2 ** 53 + 1,
  ),
  fc.integer({ min: 0, max: 1e9 }),
);
const blankable = fc.option(money, { nil: null });
const contents = [
  "Hỗ trợ tiền ăn cho đại biểu không hưởng lương từ NSNN",
  "Nước uống",
  "Thù lao báo cáo viên",
  "In tờ gấp",
  "Văn phòng phẩm",
  "",
];
const factor = fc.record({
  kind: fc.constantFrom<FactorKind>("quantity", "persons", "days", "sessions", "events"),
  value: money,
});
const leaf = fc.record({
  content: fc.constantFrom(...contents),
  factors: fc.array(factor, { maxLength: 3 }),
  rate: blankable,
  amount: blankable,
});
const line: fc.Arbitrary<LineDraft> = fc.record({
  content: fc.constantFrom(...contents),
  factors: fc.array(factor, { maxLength: 3 }),
  rate: blankable,
  amount: blankable,
  children: fc.array(leaf, { maxLength: 2 }),
});
const section = fc.record({
  number: fc.constantFrom("I", "II", ""),
  title: fc.constantFrom("Hội nghị", ""),
  lines: fc.array(line, { maxLength: 4 }),
  amount: blankable,
});
const scale = fc.constantFrom(1 as const, 1000 as const, 1000000 as const);
const estimate: fc.Arbitrary<Estimate> = fc
  .record({
    sections: fc.array(section, { maxLength: 3 }),
    amount: blankable,
  })
  .map(computeAmounts);

const nonFiniteParams = (findings: readonly Finding[]) =>
  findings
    .filter((f) => Object.values(f.params).some((v) => typeof v === "number" && !Number.isFinite(v)))
    .map(findingId);

const oneLine = (patch: Partial<LineDraft>, more: Partial<EstimateDraft> = {}): Estimate =>
  computeAmounts({
    sections: [
      {
        number: "I",
        title: "Hội nghị",
        lines: [
          { content: "Nước uống", factors: [{ kind: "persons", value: 10 }], rate: 20_000, amount: 200_000, ...patch },
        ],
        amount: 200_000,
      },
    ],
    amount: 200_000,
    ...more,
  });

describe("estimates with odd numbers", () => {
  it("reports each NaN or infinite value as value.not_a_number at its path, and compares nothing with it", () => {
    const findings = checkEstimate(
      oneLine(
        { factors: [{ kind: "persons", value: Number.NaN }], rate: Infinity, amount: -Infinity },
        { amount: Number.NaN },
      ),
      undefined,
      { date },
    ).findings;
    expect(findings.filter((f) => f.code === "value.not_a_number").map(findingId)).toEqual([
      "value.not_a_number@sections.0.lines.0.factors.0.value",
      "value.not_a_number@sections.0.lines.0.rate",
      "value.not_a_number@sections.0.lines.0.amount",
      "value.not_a_number@amount",
    ]);
    // The unreadable line counts as nothing in its section, as a blank one would.
    expect(findings.filter((f) => f.code !== "value.not_a_number").map(findingId)).toEqual([
      "subtotal.mismatch@sections.0.amount",
    ]);
    expect(nonFiniteParams(findings)).toEqual([]);
    expect(findings[1]?.params).toEqual({ text: "Infinity", column: { vi: "Mức chi", en: "rate" } });
  });

  it("puts the finding at the line's cell when the estimate came from a sheet", () => {
    const findings = checkEstimate(oneLine({ rate: Number.NaN }), thanhHoaPlan, {
      date,
      locator: sheetLocator({ lines: [[9]] }),
    }).findings;
    expect(findings.map(findingId)).toEqual(["value.not_a_number@Dự toán!F9"]);
  });

  it("draws what it can: NaN or infinite figures become blank cells", () => {
    const { grid, estimate, placement } = renderEstimate(
      oneLine({ factors: [{ kind: "persons", value: Infinity }], rate: 20_000, amount: Number.NaN }),
      thanhHoaPlan,
    );
    const row = placement.sections[0]?.lines[0]?.row ?? -1;
    const { columns } = placement;
    const cell = (col: number | undefined) => (col === undefined ? undefined : grid.rows[row]?.[col]);
    expect(cell(columns.factors.find((f) => f.kind === "persons")?.col)?.value ?? null).toBeNull();
    expect(cell(columns.rate)?.value).toBe(20_000);
    expect(cell(columns.amount)?.value ?? null).toBeNull();
    expect(cell(columns.content)?.value).toBe("Nước uống");
    expect(estimate.sections[0]?.lines[0]?.amount.declared).toBeNull();
  });

  it("neither checkEstimate nor renderEstimate throws on any amounts, rates or factors", () => {
    fc.assert(
      fc.property(estimate, money, scale, (e, allocation, unit) => {
        const locator = sheetLocator({ lines: [], scale: unit });
        expect(nonFiniteParams(checkEstimate(e, thanhHoaPlan, { date, allocation, locator }).findings)).toEqual([]);
        expect(nonFiniteParams(checkEstimate(e, undefined, { date }).findings)).toEqual([]);
        const { grid } = renderEstimate(e, thanhHoaPlan, { scale: unit });
        expect(grid.rows.flat().filter((c) => typeof c?.value === "number" && !Number.isFinite(c.value))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
