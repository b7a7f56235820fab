import { describe, expect, it } from "vitest";
import { parseScheduleDate } from "./scheduleDate.js";

describe("parseScheduleDate", () => {
  it("reads ISO, dd/mm/yyyy, Vietnamese date lines and Excel serials", () => {
    expect(parseScheduleDate("2024-04-10")).toBe("2024-04-10");
    expect(parseScheduleDate(" 10/04/2024 ")).toBe("2024-04-10");
    expect(parseScheduleDate("ngày 10 tháng 4 năm 2024")).toBe("2024-04-10");
    expect(parseScheduleDate(45392)).toBe("2024-04-10");
  });

  it("refuses what is no date", () => {
    for (const v of ["31/02/2024", "tháng 4", "", null, 1.5, true, {}]) expect(parseScheduleDate(v)).toBeUndefined();
  });
});
