import { describe, expect, it } from "vitest";
import { valueOf } from "../testing/resultValue.js";
import { isoToExcelSerial } from "../dates/excelSerial.js";
import { planSchema, type ConferenceSeries } from "../plan/planSchema.js";
import { buildGrid } from "../table/testing/gridBuilder.js";
import { samplePlanInput } from "../testing/samplePlan.js";
import { checkScheduleSheet } from "./checkScheduleSheet.js";

const series = planSchema.parse(samplePlanInput()).conferences[0] as ConferenceSeries;
const serial = (iso: string) => isoToExcelSerial(iso) as number;
const sheet = (dates: (string | number | null)[]) =>
  buildGrid(
    [
      ["LỊCH TỔ CHỨC HỘI NGHỊ"],
      [],
      ["STT", "Hội nghị", "Ngày tổ chức", "Ghi chú"],
      ...dates.map((d, i) => [i + 1, `Hội nghị ${i + 1}`, d]),
    ],
    {
      sheet: "Lịch",
    },
  );
const summary = (r: ReturnType<typeof checkScheduleSheet>) => r.findings.map((x) => `${x.code}@${x.at?.cell ?? ""}`);

describe("checkScheduleSheet", () => {
  it("accepts the plan's schedule typed as date cells and as text", () => {
    const r = checkScheduleSheet(
      sheet([
        serial("2024-04-16"),
        "16/05/2024",
        "ngày 17/06/2024",
        serial("2024-07-16"),
        "16/08/2024",
        serial("2024-09-16"),
      ]),
      series,
    );
    expect(r.findings).toEqual([]);
    const { dates } = valueOf(r);
    expect(dates).toEqual(["2024-04-16", "2024-05-16", "2024-06-17", "2024-07-16", "2024-08-16", "2024-09-16"]);
  });

  it("puts a wrong date, a weekend, a holiday, a date outside the window, a small gap and the count at their cells", () => {
    const r = checkScheduleSheet(
      sheet([
        "31/02/2024",
        serial("2024-04-20"),
        "18/04/2024",
        serial("2024-03-15"),
        "16/05/2024",
        serial("2024-05-17"),
      ]),
      series,
    );
    expect(summary(r)).toEqual([
      "schedule.bad_date@C4",
      "schedule.weekend@C5",
      "schedule.holiday@C6",
      "schedule.outside_window@C7",
      "schedule.too_close@C5",
      "schedule.too_close@C9",
      // Six rows, but the plan's series only counts what is there: the count is right here.
    ]);
    expect(r.findings[0]?.params).toEqual({ text: "31/02/2024" });
  });

  it("reports the count at the first date's cell", () => {
    const r = checkScheduleSheet(sheet(["16/04/2024", "16/05/2024"]), series);
    expect(summary(r)).toEqual(["plan.count_mismatch@C4"]);
  });

  it("says list.not_found (and nothing else) for a sheet without a schedule", () => {
    const r = checkScheduleSheet(buildGrid([["Ghi chú"], ["không có lịch"]], { sheet: "Khác" }), series);
    expect(r.ok).toBe(false);
    expect(summary(r)).toEqual(["list.not_found@"]);
  });
});
