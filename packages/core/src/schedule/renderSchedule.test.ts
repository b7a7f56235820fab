import { describe, expect, it } from "vitest";
import { valueOf } from "../testing/resultValue.js";
import { cellAt } from "../grid/grid.js";
import { planSchema, type ConferenceSeries } from "../plan/planSchema.js";
import { detectSheetKind } from "../sheetKind/sheetKind.js";
import { samplePlanInput } from "../testing/samplePlan.js";
import { checkScheduleSheet } from "./checkScheduleSheet.js";
import { proposeSchedule } from "./proposeSchedule.js";
import { renderSchedule } from "./renderSchedule.js";

const plan = planSchema.parse(samplePlanInput());
const series = plan.conferences[0] as ConferenceSeries;
const proposal = { series, conferences: proposeSchedule(series).conferences };

describe("renderSchedule", () => {
  const { grid, layout } = renderSchedule(plan, proposal);
  const header = grid.rows.findIndex((row) => row?.[0]?.value === "STT");

  it("draws STT | Hội nghị | Ngày tổ chức | Ghi chú with real date cells and no total row", () => {
    expect([0, 1, 2, 3].map((c) => cellAt(grid, header, c)?.value)).toEqual([
      "STT",
      "Hội nghị",
      "Ngày tổ chức",
      "Ghi chú",
    ]);
    expect(cellAt(grid, header + 1, 2)).toMatchObject({ value: 45398, numberFormat: "dd/mm/yyyy" });
    expect(cellAt(grid, header + 1, 3)?.value).toBe("Thứ Ba");
    expect(cellAt(grid, header + 6, 1)?.value).toBe("Hội nghị 6");
    expect(grid.rows.flat().some((c) => c?.value === "Tổng cộng")).toBe(false);
    expect(layout.table.total).toBe("");
  });

  it("reads back as a schedule that checks clean", () => {
    expect(detectSheetKind(grid).kind).toBe("schedule");
    const checked = checkScheduleSheet(grid, series);
    expect(checked.findings).toEqual([]);
    expect(valueOf(checked).dates).toEqual(proposal.conferences.map((c) => c.days[0]));
  });

  it("says which plan it goes with by the plan's number and date, and signs on behalf as the plan does", () => {
    const texts = grid.rows.flat().map((c) => c?.value);
    expect(texts).toContain("(Kèm theo Kế hoạch số …/KH-STP ngày … tháng 02 năm 2024 của Sở Tư pháp)");
    const deputy = planSchema.parse({
      ...samplePlanInput(),
      signer: { title: "Phó Giám đốc", onBehalf: "Giám đốc", name: "Nguyễn Văn A" },
    });
    const signed = renderSchedule(deputy, proposal)
      .grid.rows.flat()
      .map((c) => c?.value);
    expect(signed).toContain("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC");
    expect(signed).not.toContain("PHÓ GIÁM ĐỐC");
  });

  it("notes a multi-day conference's last day", () => {
    const two = { ...series, daysEach: 2 };
    const drawn = renderSchedule(plan, { series: two, conferences: proposeSchedule(two).conferences });
    expect(String(cellAt(drawn.grid, header + 1, 3)?.value)).toMatch(/^Thứ \S+; 2 ngày, đến \d\d\/\d\d\/2024$/);
    expect(checkScheduleSheet(drawn.grid, two).findings).toEqual([]);
  });

  it("keeps the plan's dates and names each conference's host in a place column, and reads back clean", () => {
    const hosts = ["UBND xã An Thạnh 1", "UBND xã An Thạnh 2", "UBND xã Đại Ân 1"];
    const dates = ["2024-05-14", "2024-05-21", "2024-06-04"];
    const listed: ConferenceSeries = {
      ...series,
      count: 3,
      daysEach: 0.5,
      instances: hosts.map((host, i) => ({ host, date: dates[i] as string })),
    };
    const proposed = proposeSchedule(listed);
    expect(proposed.conferences.map((c) => c.days)).toEqual(dates.map((d) => [d]));
    const sheet = renderSchedule(plan, { series: listed, conferences: proposed.conferences }).grid;
    const top = sheet.rows.findIndex((row) => row?.[0]?.value === "STT");
    expect(cellAt(sheet, top, 2)?.value).toBe("Địa điểm");
    expect([1, 2, 3].map((r) => cellAt(sheet, top + r, 2)?.value)).toEqual(hosts);
    const checked = checkScheduleSheet(sheet, listed);
    expect(checked.findings).toEqual([]);
    expect(valueOf(checked).dates).toEqual(dates);
  });

  it("proposes one day for a half-day conference", () => {
    const half = proposeSchedule({ ...series, daysEach: 0.5 });
    expect(half.conferences.every((c) => c.days.length === 1)).toBe(true);
  });
});
