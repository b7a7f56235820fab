import { describe, expect, it } from "vitest";
import { valueOf } from "../testing/resultValue.js";
import { cellAt } from "../grid/grid.js";
import { planSchema } from "../plan/planSchema.js";
import { samplePlanInput } from "../testing/samplePlan.js";
import { checkDistributionSheet } from "./checkDistribution.js";
import { distributeMaterial } from "./planDistribution.js";
import { renderDistribution } from "./renderDistribution.js";

const input = samplePlanInput();
const plan = planSchema.parse({ ...input, materials: input.materials?.map((m) => ({ ...m, keptByIssuer: 500 })) });
const weights = [
  { unit: "Phòng Tư pháp huyện A", weight: 27, line: 1 },
  { unit: "Phòng Tư pháp huyện B", weight: 20, line: 2 },
];

describe("renderDistribution", () => {
  const { share, allocations } = valueOf(distributeMaterial(plan, weights));
  const { grid, layout } = renderDistribution(plan, share, allocations);
  const texts = grid.rows.flatMap((row) => (row ?? []).map((c) => c?.value)).filter((v) => typeof v === "string");

  it("draws the title block, the header, one row per unit and a live SUM total", () => {
    expect(texts).toEqual(
      expect.arrayContaining([
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "STT",
        "Đơn vị nhận",
        "Số lượng",
        "Ký nhận",
        "Tổng cộng",
        "(Kèm theo Kế hoạch số …/KH-STP ngày … tháng 02 năm 2024 của Sở Tư pháp)",
      ]),
    );
    expect(texts.some((t) => String(t).startsWith("DANH SÁCH PHÂN PHỐI TỜ GẤP"))).toBe(true);
    const totalCell = layout.table.totalCell;
    const total = grid.rows.flat().find((c) => c?.formula?.startsWith("SUM("));
    expect(total).toMatchObject({ value: 24500, numberFormat: "#,##0" });
    expect(total?.formula).toMatch(/^SUM\(C\d+:C\d+\)$/);
    expect(totalCell).toMatch(/^C\d+$/);
    expect(layout.borders).toEqual([layout.table.table]);
  });

  it("notes the printed and kept copies", () => {
    expect(texts).toContain("Ghi chú: Tổng số in 25.000 bản; lưu tại Sở Tư pháp 500 bản; phân phối 24.500 bản.");
  });

  it("checks clean against the plan and the weights it came from", () => {
    const check = checkDistributionSheet(grid, { expected: share.toShare, weights });
    expect(check.findings).toEqual([]);
    expect(valueOf(check).rows.map((r) => r.count)).toEqual([14074, 10426]);
  });

  it("numbers the rows 1, 2, …", () => {
    const header = grid.rows.findIndex((row) => row?.[0]?.value === "STT");
    expect(cellAt(grid, header + 1, 0)?.value).toBe(1);
    expect(cellAt(grid, header + 2, 0)?.value).toBe(2);
  });
});
