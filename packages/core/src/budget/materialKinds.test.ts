import { describe, expect, it } from "vitest";
import { planSchema } from "../plan/planSchema.js";
import { checkSheet } from "../sheet/check.js";
import { renderEstimate } from "../sheet/render/renderEstimate.js";
import { estimateFromPlan } from "./estimateFromPlan.js";
import { thanhHoaPlanInput, thanhHoaPrices } from "./testing/thanhHoa.js";

const options = { date: "2024-06-01" };

describe("materials of other kinds", () => {
  // A banner is not among them: a sheet's "Làm băng rôn" reads as decoration, counted with the conferences'.
  it.each(["handbook", "pano"] as const)("a %s is costed and its sheet checks with no error", (kind) => {
    const input = structuredClone(thanhHoaPlanInput);
    const material = input.materials?.[0];
    if (!material) throw new Error("no material");
    input.materials = [{ ...material, id: "them", kind, title: "Tài liệu thêm", copies: 10 }];
    input.activities = input.activities.map((a) => (a.material ? { ...a, material: "them" } : a));
    const plan = planSchema.parse(input);
    const { estimate } = estimateFromPlan(plan, thanhHoaPrices, options);
    const lines = estimate.sections[1]?.lines.map((l) => [l.content, l.unit]);
    expect(lines?.[1]).toEqual(kind === "handbook" ? ["In sổ tay", "bản"] : ["Làm pa-nô", "cái"]);
    const { grid } = renderEstimate(estimate, plan);
    const errors = checkSheet(grid, { plan, ...options }).findings.filter((f) => f.severity === "error");
    expect(errors).toEqual([]);
  });
});
