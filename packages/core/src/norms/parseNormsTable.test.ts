import { describe, expect, it } from "vitest";
import { valueOf } from "../testing/resultValue.js";
import { defaultNorms } from "./defaultNorms.js";
import { findCap } from "./findCap.js";
import type { NormRow } from "./normRow.js";
import { mergeNorms, parseNormsTable } from "./parseNormsTable.js";

const provinceRow = {
  id: "meeting.meal.nonsalaried",
  key: "thanh-hoa.meal.province.2024",
  description: { vi: "Hỗ trợ tiền ăn (mức của tỉnh)", en: "Meal support (provincial rate)" },
  unit: { vi: "người/ngày", en: "person/day" },
  maxVnd: 130000,
  appliesTo: { vi: "Khách mời không hưởng lương", en: "Non-salaried guests" },
  venueTier: "province",
  basis: { document: { kind: "resolution", number: "1/2024/NQ-HĐND" }, article: 1 },
  effectiveFrom: "2024-01-01",
  jurisdiction: "thanh-hoa",
  status: "verified",
};

describe("parseNormsTable", () => {
  it("accepts a province's table in JSON", () => {
    const parsed = parseNormsTable(JSON.parse(JSON.stringify([provinceRow])));
    expect(parsed.findings).toEqual([]);
    expect(valueOf(parsed)[0]?.maxVnd).toBe(130000);
  });

  it("reports a province row that raises a TT 56/2023 maximum, and findCap keeps the national one", () => {
    const raising = {
      ...provinceRow,
      id: "hgcs.fee.case",
      key: "thanh-hoa.fee.case",
      venueTier: undefined,
      maxVnd: 350000,
      effectiveFrom: "2024-01-01",
    };
    const lowering = { ...raising, id: "hgcs.team_support.month", key: "thanh-hoa.team", maxVnd: 120000 };
    const parsed = parseNormsTable(JSON.parse(JSON.stringify([raising, lowering])));
    expect(parsed.findings.map((f) => [f.code, f.at?.path, f.params])).toEqual([
      [
        "norms.raises_cap",
        "0.maxVnd",
        {
          key: "thanh-hoa.fee.case",
          cap: 350000,
          national: 300000,
          basis: {
            vi: "Thông tư 56/2023/TT-BTC, Điều 3 khoản 17 điểm a",
            en: "Circular 56/2023/TT-BTC, Article 3(17)(a)",
          },
        },
      ],
    ]);
    const table = mergeNorms(defaultNorms, valueOf(parsed));
    const query = { date: "2024-06-01", jurisdiction: "thanh-hoa" };
    expect(findCap("hgcs.fee.case", query, table)?.maxVnd).toBe(300000);
    expect(findCap("hgcs.team_support.month", query, table)?.maxVnd).toBe(120000);
  });

  it("accepts the built-in table written out as JSON", () => {
    expect(parseNormsTable(JSON.parse(JSON.stringify(defaultNorms))).findings).toEqual([]);
  });

  it("reports bad rows with their JSON path and never throws", () => {
    const { ok, findings } = parseNormsTable([{ ...provinceRow, maxVnd: "130.000", basis: {} }]);
    expect(ok).toBe(false);
    const paths = findings.map((f) => f.at?.path);
    expect(paths).toContain("0.maxVnd");
    expect(paths).toContain("0.basis.document");
    expect(findings.every((f) => f.code === "norms.invalid" && f.severity === "error")).toBe(true);
    expect(parseNormsTable("not a table").findings[0]?.code).toBe("norms.invalid");
    expect(parseNormsTable(null).findings.length).toBe(1);
  });

  it("rejects an end date before the start date", () => {
    const { findings } = parseNormsTable([{ ...provinceRow, effectiveTo: "2023-12-31" }]);
    expect(findings.map((f) => f.at?.path)).toEqual(["0.effectiveTo"]);
  });
});

describe("mergeNorms", () => {
  it("adds a province's rows so that they override national maxima there", () => {
    const norms = valueOf(parseNormsTable([provinceRow]));
    const merged = mergeNorms(defaultNorms, norms);
    expect(merged.length).toBe(defaultNorms.length + 1);
    const query = { date: "2024-06-01", jurisdiction: "thanh-hoa", venueTier: "province" } as const;
    expect(findCap("meeting.meal.nonsalaried", query, merged)?.maxVnd).toBe(130000);
    expect(findCap("meeting.meal.nonsalaried", { ...query, date: "2023-06-01" }, merged)?.maxVnd).toBe(150000);
  });

  it("replaces a row of the same key or the same slot and period", () => {
    const water = defaultNorms.find((r) => r.key === "meeting.water") as NormRow;
    const checked: NormRow = { ...water, key: "meeting.water.checked", maxVnd: 30000, status: "verified" };
    const merged = mergeNorms(defaultNorms, [checked]);
    expect(merged.length).toBe(defaultNorms.length);
    expect(findCap("meeting.water", { date: "2024-06-01", jurisdiction: "VN" }, merged)).toMatchObject({
      maxVnd: 30000,
      status: "verified",
    });
  });
});
