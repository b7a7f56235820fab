import { describe, expect, it } from "vitest";
import { defaultNorms } from "./defaultNorms.js";
import { findCap } from "./findCap.js";
import type { NormRow } from "./normRow.js";

const vn2024 = { date: "2024-06-01", jurisdiction: "VN" } as const;

describe("findCap", () => {
  it("picks the meal tier from the venue tier", () => {
    expect(findCap("meeting.meal.nonsalaried", { ...vn2024, venueTier: "province" })?.maxVnd).toBe(150000);
    expect(findCap("meeting.meal.nonsalaried", { ...vn2024, venueTier: "central_city" })?.maxVnd).toBe(200000);
    expect(findCap("meeting.meal.nonsalaried", { ...vn2024, venueTier: "commune" })?.maxVnd).toBe(100000);
  });

  it("answers with the loosest tier when no tier is given", () => {
    expect(findCap("meeting.meal.nonsalaried", vn2024)?.maxVnd).toBe(200000);
  });

  it("gives the meal venue tiers as advice from 01/07/2025 and the TT 12/2025 per diem from 04/05/2025", () => {
    const day = (date: string) => ({ date, jurisdiction: "VN" });
    expect(findCap("meeting.meal.nonsalaried", { ...day("2025-06-30"), venueTier: "province" })?.status).toBe(
      "verified",
    );
    expect(findCap("meeting.meal.nonsalaried", { ...day("2025-07-01"), venueTier: "province" })?.status).toBe(
      "secondary",
    );
    expect(findCap("meeting.meal.nonsalaried", { ...day("2025-07-01"), venueTier: "commune" })?.status).toBe(
      "verified",
    );
    expect(findCap("travel.per_diem", day("2025-05-03"))?.maxVnd).toBe(200000);
    expect(findCap("travel.per_diem", day("2025-05-04"))?.maxVnd).toBe(300000);
    expect(findCap("travel.lodging.invoice", day("2025-05-04"))).toBeUndefined();
  });

  it("finds a row by its key too", () => {
    expect(findCap("meeting.meal.nonsalaried.commune", vn2024)?.maxVnd).toBe(100000);
  });

  it("uses the old regime for old dates and the new one from 06/10/2023", () => {
    expect(findCap("hgcs.fee.case", { date: "2020-03-01", jurisdiction: "VN" })?.maxVnd).toBe(200000);
    expect(findCap("hgcs.fee.case", { date: "2023-10-05", jurisdiction: "VN" })?.maxVnd).toBe(200000);
    expect(findCap("hgcs.fee.case", { date: "2023-10-06", jurisdiction: "VN" })?.maxVnd).toBe(300000);
    expect(findCap("hgcs.team_support.month", { date: "2016-01-01", jurisdiction: "VN" })?.status).toBe("secondary");
  });

  it("has nothing before a norm came into force or for an unknown id", () => {
    expect(findCap("pbgdpl.leaflet.write", { date: "2023-01-01", jurisdiction: "VN" })).toBeUndefined();
    expect(findCap("no.such.norm", vn2024)).toBeUndefined();
  });

  it("falls back to the national row for a province without its own", () => {
    expect(
      findCap("meeting.meal.nonsalaried", { date: "2024-06-01", jurisdiction: "thanh-hoa", venueTier: "province" })
        ?.key,
    ).toBe("meeting.meal.nonsalaried.province");
  });

  it("lets a province's row override the national one", () => {
    const national = defaultNorms.find((r) => r.key === "meeting.meal.nonsalaried.province") as NormRow;
    const local: NormRow = { ...national, key: "thanh-hoa.meal.province", jurisdiction: "thanh-hoa", maxVnd: 120000 };
    const norms = [...defaultNorms, local];
    const query = { date: "2024-06-01", jurisdiction: "thanh-hoa", venueTier: "province" } as const;
    expect(findCap("meeting.meal.nonsalaried", query, norms)?.maxVnd).toBe(120000);
    expect(findCap("meeting.meal.nonsalaried", { ...query, jurisdiction: "VN" }, norms)?.maxVnd).toBe(150000);
    expect(findCap("meeting.meal.nonsalaried", { ...query, jurisdiction: "nghe-an" }, norms)?.maxVnd).toBe(150000);
  });
});
