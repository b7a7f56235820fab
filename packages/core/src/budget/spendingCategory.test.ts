import { describe, expect, it } from "vitest";
import { computeAmounts } from "./computeAmounts.js";
import {
  spendingByCategory,
  spendingCategories,
  spendingCategoryNames,
  spendingCategoryOf,
} from "./spendingCategory.js";
import { soTuPhapSheet } from "./testing/thanhHoa.js";

describe("spending categories", () => {
  it("put every line of the Thanh Hóa estimate in one category, adding up to its total", () => {
    const estimate = soTuPhapSheet();
    const byCategory = spendingByCategory(estimate);
    // 270 non-salaried delegates × 6 conferences × 1 day × 150.000 đ.
    expect(byCategory.meal_support).toBe(243_000_000n);
    expect(spendingCategories.reduce((sum, c) => sum + byCategory[c], 0n)).toBe(BigInt(estimate.amount.computed ?? 0));
    expect(Object.keys(byCategory).sort()).toEqual([...spendingCategories].sort());
  });

  it("counts sub-items by their own kind when the parent line says nothing of its kind", () => {
    const estimate = computeAmounts({
      amount: null,
      sections: [
        {
          number: "I",
          title: "Hội nghị",
          amount: null,
          lines: [
            {
              content: "Chi phí tổ chức",
              factors: [],
              rate: null,
              amount: null,
              children: [
                { content: "Thuê hội trường", unit: "hội nghị", factors: [], rate: null, amount: 2_000_000 },
                { content: "Bồi dưỡng báo cáo viên", unit: "buổi", factors: [], rate: null, amount: 1_000_000 },
              ],
            },
            { content: "Khoản khác không rõ", factors: [], rate: null, amount: 500_000 },
          ],
        },
      ],
    });
    expect(spendingByCategory(estimate)).toEqual({
      meal_support: 0n,
      hall: 2_000_000n,
      speakers: 1_000_000n,
      documents_printing: 0n,
      travel_lodging: 0n,
      other: 500_000n,
    });
  });

  it("names every category in Vietnamese and English, and files an unknown kind under other", () => {
    for (const c of spendingCategories) {
      expect(spendingCategoryNames[c].vi).not.toBe("");
      expect(spendingCategoryNames[c].en).not.toBe("");
    }
    expect(spendingCategoryOf(undefined)).toBe("other");
    expect(spendingCategoryOf("leaflet_print")).toBe("documents_printing");
  });
});
