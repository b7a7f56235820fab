import { describe, expect, it } from "vitest";
import { valueOf } from "../testing/resultValue.js";
import { formatFinding } from "../findings/formatFinding.js";
import { parsePrices } from "./parsePrices.js";

describe("parsePrices", () => {
  it("gives the prices with their defaults", () => {
    const parsed = parsePrices({ conference: { mealPerPersonDay: 150000 } });
    expect(parsed.findings).toEqual([]);
    const prices = valueOf(parsed);
    expect(prices.conference.mealPerPersonDay).toBe(150000);
    expect(prices.currency).toBe("VND");
  });

  it("reports bad values at their JSON path in both languages, and never throws", () => {
    const { ok, findings } = parsePrices({ conference: { mealPerPersonDay: "150.000", hallPerDay: -1 } });
    expect(ok).toBe(false);
    expect(findings.every((f) => f.code === "prices.invalid" && f.severity === "error")).toBe(true);
    expect(findings.map((f) => f.at?.path).sort()).toEqual(["conference.hallPerDay", "conference.mealPerPersonDay"]);
    const meal = findings.find((f) => f.at?.path === "conference.mealPerPersonDay");
    expect(meal && formatFinding(meal)).toBe("Bảng đơn giá không hợp lệ: cần số, nhận được văn bản");
    expect(meal && formatFinding(meal, "en")).toBe("Invalid price list: expected a number, got text");
    for (const bad of [null, "x", 1, [], { conference: [] }])
      expect(parsePrices(bad).findings.length).toBeGreaterThan(0);
    expect(parsePrices(null).findings[0]?.at).toBeUndefined();
  });
});
