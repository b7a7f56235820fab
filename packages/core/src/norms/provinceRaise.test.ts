import { describe, expect, it } from "vitest";
import { defaultNorms } from "./defaultNorms.js";
import type { NormRow } from "./normRow.js";
import { provinceRaiseFindings, raisedNationalCap } from "./provinceRaise.js";

const national = (key: string) => defaultNorms.find((r) => r.key === key) as NormRow;
const province = (key: string, maxVnd: number, from = "2024-01-01"): NormRow => ({
  ...national(key),
  key: `thanh-hoa.${key}`,
  id: national(key).id,
  maxVnd,
  effectiveFrom: from,
  jurisdiction: "thanh-hoa",
});

describe("province rows against the TT 56/2023 maxima", () => {
  it("finds a raise of a TT 56/2023 maximum, not a lower figure, nor a raise of a TT 40/2017 rate", () => {
    expect(raisedNationalCap(province("hgcs.fee.case", 350000), defaultNorms)?.key).toBe("hgcs.fee.case");
    expect(raisedNationalCap(province("hgcs.fee.case", 250000), defaultNorms)).toBeUndefined();
    expect(raisedNationalCap(province("meeting.meal.nonsalaried.commune", 120000), defaultNorms)).toBeUndefined();
  });

  it("compares only periods that overlap: the 2014 regime's 200.000 does not bind a 2024 row", () => {
    const rows = [province("hgcs.fee.case", 300000), province("pbgdpl.leaflet.write", 1600000)];
    expect(provinceRaiseFindings(rows, defaultNorms).map((f) => [f.code, f.at?.path])).toEqual([
      ["norms.raises_cap", "1.maxVnd"],
    ]);
  });
});
