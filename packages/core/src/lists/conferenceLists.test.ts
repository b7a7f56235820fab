import { describe, expect, it } from "vitest";
import { planSchema, type ConferenceSeries } from "../plan/planSchema.js";
import type { Grid } from "../grid/grid.js";
import { samplePlanInput } from "../testing/samplePlan.js";
import { checkConferenceList } from "./checkConferenceList.js";
import { blankSupportList, conferenceLists } from "./conferenceLists.js";

const plan = planSchema.parse(samplePlanInput());
const series = plan.conferences[0] as ConferenceSeries;
const strings = (rows: Grid["rows"]) =>
  rows.flatMap((row) => (row ?? []).map((c) => c?.value)).filter((v): v is string => typeof v === "string");

describe("conferenceLists", () => {
  const lists = conferenceLists(plan);

  it("draws a delegate list and a support list for each of the plan's conferences", () => {
    expect(lists).toHaveLength(6);
    expect(lists.map((l) => l.support.layout.sheet)).toEqual([
      "Hỗ trợ HN1",
      "Hỗ trợ HN2",
      "Hỗ trợ HN3",
      "Hỗ trợ HN4",
      "Hỗ trợ HN5",
      "Hỗ trợ HN6",
    ]);
    expect(lists[0]?.delegates.layout.sheet).toBe("DS đại biểu HN1");
  });

  it("has one row per delegate (320) and one support row per non-salaried delegate (270), groups pre-filled", () => {
    const delegates = strings(lists[0]?.delegates.grid.rows ?? []);
    expect(delegates.filter((v) => v === "Hòa giải viên")).toHaveLength(270);
    expect(delegates.filter((v) => v === "Cán bộ quản lý")).toHaveLength(50);
    const support = strings(lists[0]?.support.grid.rows ?? []);
    expect(support.filter((v) => v === "Hòa giải viên")).toHaveLength(270);
    expect(support).not.toContain("Cán bộ quản lý");
    expect(support).toEqual(
      expect.arrayContaining([
        "STT",
        "Họ và tên",
        "Chức vụ, đơn vị",
        "Đối tượng",
        "Số ngày",
        "Số tiền",
        "Ký nhận",
        "Bằng chữ:",
      ]),
    );
  });

  it("states the cap in force under the title", () => {
    const support = strings(blankSupportList(plan, series, 1).grid.rows);
    expect(support.some((t) => t.startsWith("Mức hỗ trợ tối đa: 150.000 đ/người/ngày (Thông tư 40/2017/TT-BTC"))).toBe(
      true,
    );
  });

  it("totals the amounts with a live SUM over the body", () => {
    const { grid, layout } = lists[0]?.support ?? blankSupportList(plan, series, 1);
    const sums = grid.rows.flat().filter((c) => c?.formula?.startsWith("SUM("));
    expect(sums.map((c) => c?.formula)).toEqual(["SUM(E10:E279)", "SUM(F10:F279)"]);
    expect(layout.table.totalCell).toBe("F280");
  });

  it('reads back as blank lists with nothing to report (the empty "Bằng chữ:" waits for a total)', () => {
    const first = lists[0];
    if (!first) throw new Error("no lists");
    expect(checkConferenceList(first.delegates.grid, plan, series).findings).toEqual([]);
    expect(checkConferenceList(first.support.grid, plan, series).findings).toEqual([]);
  });

  it("heads each list with its conference's host, date and place and fills its own attendance", () => {
    const input = samplePlanInput();
    const first = input.conferences?.[0];
    if (!first) throw new Error("sample plan without conferences");
    const listed = planSchema.parse({
      ...input,
      issuer: { ...input.issuer, accountant: "none" },
      conferences: [
        {
          ...first,
          count: 2,
          instances: [
            {
              host: "UBND xã An Thạnh 1",
              date: "2024-06-14",
              venue: "Hội trường UBND xã An Thạnh 1",
              attendance: { "hoa-giai-vien": 80, "can-bo-quan-ly": 20 },
            },
            { host: "UBND xã Đại Ân 1" },
          ],
        },
      ],
    });
    const [one, two] = conferenceLists(listed);
    const delegates = strings(one?.delegates.grid.rows ?? []);
    expect(delegates).toContain("DANH SÁCH ĐẠI BIỂU THAM DỰ HỘI NGHỊ TẬP HUẤN (HỘI NGHỊ SỐ 1, TẠI UBND XÃ AN THẠNH 1)");
    expect(delegates).toContain("Thời gian: 14/06/2024 Địa điểm: Hội trường UBND xã An Thạnh 1");
    expect(delegates.filter((v) => v === "Hòa giải viên")).toHaveLength(80);
    const support = strings(one?.support.grid.rows ?? []);
    expect(support.filter((v) => v === "Hòa giải viên")).toHaveLength(80);
    expect(support).not.toContain("KẾ TOÁN");
    expect(strings(two?.delegates.grid.rows ?? [])).toContain("Thời gian: ……………………… Địa điểm: UBND xã Đại Ân 1");
  });
});
