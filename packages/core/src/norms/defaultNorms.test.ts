import { describe, expect, it } from "vitest";
import { citeBasis } from "./citation.js";
import { defaultNorms } from "./defaultNorms.js";
import { normsTableSchema } from "./normRow.js";

describe("defaultNorms", () => {
  it("passes the norms table schema", () => {
    const result = normsTableSchema.safeParse(defaultNorms);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it("cites a document for every row", () => {
    for (const row of defaultNorms) {
      expect(row.basis.document.number, row.key).toMatch(/\d+\/\d{4}\//);
      expect(citeBasis(row.basis).vi.length, row.key).toBeGreaterThan(10);
    }
  });

  it("presents no figure as the water maximum and the lecturer ceiling only as advice", () => {
    const water = defaultNorms.find((r) => r.id === "meeting.water");
    expect(water).toMatchObject({ maxVnd: null, status: "unverified", advisory: { vnd: 40000 } });
    expect(water?.advisory?.note.vi).toMatch(/ngày hay theo buổi/);
    const lecturer = defaultNorms.find((r) => r.id === "training.lecturer_fee");
    expect(lecturer).toMatchObject({ maxVnd: null, status: "unverified", advisory: { vnd: 2000000 } });
  });

  it("ends the 2017 travel rates on 03/05/2025 and starts TT 12/2025's on 04/05/2025", () => {
    const perDiem = defaultNorms.filter((r) => r.id === "travel.per_diem");
    expect(perDiem.map((r) => [r.maxVnd, r.effectiveFrom, r.effectiveTo])).toEqual([
      [200000, "2017-07-01", "2025-05-03"],
      [300000, "2025-05-04", undefined],
    ]);
    for (const r of defaultNorms.filter((r) => r.id === "travel.lodging.invoice"))
      expect(r.effectiveTo).toBe("2025-05-03");
  });

  it("has the three verified meal tiers of TT 40/2017 Điều 12 khoản 4, the venue tiers as advice from 01/07/2025", () => {
    const meal = defaultNorms.filter((r) => r.id === "meeting.meal.nonsalaried");
    expect(meal.map((r) => [r.venueTier, r.maxVnd, r.status, r.basis.point, r.effectiveFrom, r.effectiveTo])).toEqual([
      ["central_city", 200000, "verified", "a", "2017-07-01", "2025-06-30"],
      ["central_city", 200000, "secondary", "a", "2025-07-01", undefined],
      ["province", 150000, "verified", "b", "2017-07-01", "2025-06-30"],
      ["province", 150000, "secondary", "b", "2025-07-01", undefined],
      ["commune", 100000, "verified", "c", "2017-07-01", undefined],
    ]);
  });

  it("labels the rows read only in secondary sources as secondary", () => {
    const secondary = defaultNorms.filter((r) => r.status === "secondary").map((r) => r.key);
    expect(secondary.sort()).toEqual(
      [
        "hgcs.team_support.month.2014",
        "meeting.meal.nonsalaried.central_city.2025",
        "meeting.meal.nonsalaried.province.2025",
        "travel.lodging.invoice.other",
        "travel.lodging.invoice.region1",
        "travel.per_diem",
        "travel.per_diem.2025",
      ].sort(),
    );
  });

  it("ends the TTLT 100/2014 rows the day before TT 56/2023 came into force", () => {
    const old = defaultNorms.filter((r) => r.basis.document.number.startsWith("100/2014"));
    expect(old.length).toBe(2);
    for (const row of old) expect(row.effectiveTo).toBe("2023-10-05");
  });

  it("rejects a table with overlapping periods or a row without a citation", () => {
    const [first] = defaultNorms;
    if (!first) throw new Error("empty table");
    expect(normsTableSchema.safeParse([first, { ...first, key: "copy" }]).success).toBe(false);
    expect(
      normsTableSchema.safeParse([{ ...first, basis: { document: { kind: "circular", number: "" } } }]).success,
    ).toBe(false);
  });
});
