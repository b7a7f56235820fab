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

  it("keeps the water cap unverified and the lecturer fee without a figure", () => {
    const water = defaultNorms.find((r) => r.id === "meeting.water");
    expect(water).toMatchObject({ maxVnd: 40000, status: "unverified" });
    const lecturer = defaultNorms.find((r) => r.id === "training.lecturer_fee");
    expect(lecturer).toMatchObject({ maxVnd: null, status: "unverified" });
  });

  it("has the three verified meal tiers of TT 40/2017 Điều 12 khoản 4", () => {
    const meal = defaultNorms.filter((r) => r.id === "meeting.meal.nonsalaried");
    expect(meal.map((r) => [r.venueTier, r.maxVnd, r.status, r.basis.point])).toEqual([
      ["central_city", 200000, "verified", "a"],
      ["province", 150000, "verified", "b"],
      ["commune", 100000, "verified", "c"],
    ]);
  });

  it("labels the rows read only in secondary sources as secondary", () => {
    const secondary = defaultNorms.filter((r) => r.status === "secondary").map((r) => r.key);
    expect(secondary.sort()).toEqual(
      [
        "hgcs.team_support.month.2014",
        "travel.lodging.invoice.other",
        "travel.lodging.invoice.region1",
        "travel.per_diem",
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
