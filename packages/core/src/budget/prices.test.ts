import { describe, expect, it } from "vitest";
import { pricesSchema } from "./prices.js";

describe("pricesSchema", () => {
  it("fills defaults so that an empty file means every price is missing", () => {
    expect(pricesSchema.parse({})).toEqual({
      illustrative: false,
      currency: "VND",
      conference: {},
      material: {},
      conferenceSeries: {},
      materials: {},
    });
  });

  it("takes whole đồng only", () => {
    expect(pricesSchema.safeParse({ conference: { mealPerPersonDay: 150000.5 } }).success).toBe(false);
    expect(pricesSchema.safeParse({ conference: { mealPerPersonDay: -1 } }).success).toBe(false);
    expect(pricesSchema.safeParse({ materials: { "to-gap": { printingPerCopy: 1200 } } }).success).toBe(true);
  });
});
