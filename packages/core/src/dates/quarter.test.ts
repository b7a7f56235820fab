import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addIsoDays } from "./isoDate.js";
import {
  formatQuarter,
  formatQuarters,
  parseQuarter,
  parseQuarters,
  quarterEnd,
  quarterOfDate,
  quarterStart,
  type Quarter,
  type QuarterStyle,
} from "./quarter.js";

const q2: Quarter = { year: 2024, quarter: 2 };

describe("quarters", () => {
  it("writes a quarter in three styles", () => {
    expect(formatQuarter(q2)).toBe("Quý II/2024");
    expect(formatQuarter(q2, "words")).toBe("quý 2 năm 2024");
    expect(formatQuarter(q2, "short")).toBe("Q2/2024");
    expect(formatQuarter({ year: 2024, quarter: 4 })).toBe("Quý IV/2024");
  });

  it.each([
    "Quý II/2024",
    "quý 2 năm 2024",
    "Q2/2024",
    "q2 2024",
    "QUÝ II / 2024",
    "Quý II năm 2024",
    "QII-2024",
    "2024-Q2",
    "quý 2/2024",
    "Quy\u0301 II/2024",
  ])("reads %s", (text) => {
    expect(parseQuarter(text)).toEqual(q2);
  });

  it.each(["Quý V/2024", "quý 5 năm 2024", "Q0/2024", "Quý II", "2024", "", "tháng 2/2024"])("rejects %s", (text) => {
    expect(parseQuarter(text)).toBeUndefined();
  });

  it("reads and writes every quarter in every style", () => {
    const styles: QuarterStyle[] = ["roman", "words", "short"];
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 9999 }),
        fc.constantFrom(1, 2, 3, 4 as const),
        fc.constantFrom(...styles),
        (year, quarter, style) => {
          const q = { year, quarter } as Quarter;
          expect(parseQuarter(formatQuarter(q, style))).toEqual(q);
        },
      ),
    );
  });

  it("reads phrases naming several quarters, as the seed plan writes them", () => {
    const q23 = [
      { year: 2024, quarter: 2 },
      { year: 2024, quarter: 3 },
    ];
    expect(parseQuarters("dự kiến tổ chức vào quý II và quý III/2024")).toEqual(q23);
    expect(parseQuarters("Quý II, III năm 2024")).toEqual(q23);
    expect(parseQuarters("quý II-III/2024")).toEqual(q23);
    expect(parseQuarters("Q2 và Q3/2024")).toEqual(q23);
    expect(parseQuarters("quý I - quý IV/2024").map((q) => q.quarter)).toEqual([1, 2, 3, 4]);
    expect(parseQuarters("Quý II/2024")).toEqual([q2]);
    expect(parseQuarters("Năm 2024")).toEqual([]);
    expect(parseQuarters("quý II")).toEqual([]);
  });

  it("writes several quarters of a year", () => {
    expect(formatQuarters(2024, [3, 2])).toBe("Quý II và quý III/2024");
    expect(formatQuarters(2024, [2])).toBe("Quý II/2024");
    expect(formatQuarters(2024, [1, 2, 4])).toBe("Quý I, quý II và quý IV/2024");
    expect(formatQuarters(2024, [])).toBe("");
    expect(parseQuarters(formatQuarters(2024, [1, 3, 4])).map((q) => q.quarter)).toEqual([1, 3, 4]);
  });

  it("gives first and last days", () => {
    expect(quarterStart(q2)).toBe("2024-04-01");
    expect(quarterEnd(q2)).toBe("2024-06-30");
    expect(quarterStart({ year: 2024, quarter: 1 })).toBe("2024-01-01");
    expect(quarterEnd({ year: 2024, quarter: 1 })).toBe("2024-03-31");
    expect(quarterEnd({ year: 2024, quarter: 4 })).toBe("2024-12-31");
    expect(quarterOfDate("2024-07-01")).toEqual({ year: 2024, quarter: 3 });
    expect(quarterOfDate("2024-06-30")).toEqual(q2);
    expect(quarterOfDate("2024-02-30")).toBeUndefined();
  });

  it("quarters tile the year: each ends the day before the next starts", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9999 }), fc.constantFrom(1, 2, 3 as const), (year, quarter) => {
        const q = { year, quarter } as Quarter;
        const next = { year, quarter: quarter + 1 } as Quarter;
        expect(addIsoDays(quarterEnd(q), 1)).toBe(quarterStart(next));
        expect(quarterOfDate(quarterStart(q))).toEqual(q);
        expect(quarterOfDate(quarterEnd(q))).toEqual(q);
      }),
    );
  });
});
