import { describe, expect, it } from "vitest";
import { defaultNorms } from "./defaultNorms.js";
import { advisoryFigure, legalMaximum, normStatusNames } from "./legalMaximum.js";
import type { NormRow } from "./normRow.js";

const someRow = (status: NormRow["status"]) => defaultNorms.find((r) => r.status === status);

describe("legalMaximum and advisoryFigure", () => {
  it("holds rates only to a verified figure; every other row is advice", () => {
    for (const row of defaultNorms) {
      const max = legalMaximum(row);
      if (row.status === "verified" && row.maxVnd !== null) expect(max).toBe(row.maxVnd);
      else expect(max).toBeUndefined();
      expect(advisoryFigure(row)).toBe(row.maxVnd ?? row.advisory?.vnd);
    }
    const verified = someRow("verified");
    expect(verified && legalMaximum({ ...verified, maxVnd: null })).toBeUndefined();
    expect(verified && advisoryFigure({ ...verified, maxVnd: null })).toBeUndefined();
  });

  it("names every status in both languages", () => {
    for (const status of ["verified", "secondary", "unverified"] as const) {
      expect(normStatusNames[status].vi).not.toBe("");
      expect(normStatusNames[status].en).not.toBe("");
    }
    expect(someRow("unverified")).toBeDefined();
  });
});
