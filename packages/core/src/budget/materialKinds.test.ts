import { describe, expect, it } from "vitest";
import { spendingByCategory } from "./spendingCategory.js";
import { valueOf } from "../testing/resultValue.js";
import { planSchema } from "../plan/planSchema.js";
import { checkSheet } from "../sheet/check.js";
import { renderEstimate } from "../sheet/render/renderEstimate.js";
import { estimateFromPlan } from "./estimateFromPlan.js";
import { thanhHoaPlanInput, thanhHoaPrices } from "./testing/thanhHoa.js";

const options = { date: "2024-06-01" };

describe("materials of other kinds", () => {
  const withMaterial = (kind: "handbook" | "pano" | "banner") => {
    const input = structuredClone(thanhHoaPlanInput);
    const material = input.materials?.[0];
    if (!material) throw new Error("no material");
    input.materials = [{ ...material, id: "them", kind, title: "Tài liệu thêm", copies: 10 }];
    input.activities = input.activities.map((a) => (a.material ? { ...a, material: "them" } : a));
    return planSchema.parse(input);
  };

  it.each(["handbook", "pano", "banner"] as const)("a %s is costed and its sheet checks with no error", (kind) => {
    const plan = withMaterial(kind);
    const { estimate } = estimateFromPlan(plan, thanhHoaPrices, options);
    const lines = estimate.sections[1]?.lines.map((l) => [l.content, l.unit]);
    expect(lines?.[1]).toEqual(
      { handbook: ["In sổ tay", "bản"], pano: ["Làm pa-nô", "cái"], banner: ["Làm băng rôn", "cái"] }[kind],
    );
    const { grid } = renderEstimate(estimate, plan);
    const errors = checkSheet(grid, { plan, ...options }).findings.filter((f) => f.severity === "error");
    expect(errors).toEqual([]);
  });

  it("reads a banner material's lines back from the sheet as banners, counted with documents and printing", () => {
    const plan = withMaterial("banner");
    const { estimate } = estimateFromPlan(plan, thanhHoaPrices, options);
    const section = estimate.sections[1];
    expect(section?.title).toBe("Thiết kế, làm tài liệu thêm");
    expect(section?.lines.map((l) => [l.content, l.kind])).toEqual([
      ["Thiết kế băng rôn", "banner"],
      ["Làm băng rôn", "banner"],
      ["Vận chuyển, treo băng rôn", "banner"],
    ]);
    const sheetEstimate = valueOf(checkSheet(renderEstimate(estimate, plan).grid, { plan, ...options })).estimate;
    const bySheet = spendingByCategory(sheetEstimate);
    expect(bySheet).toEqual(spendingByCategory(estimate));
  });
});
