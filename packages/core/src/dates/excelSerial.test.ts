import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { excelSerialToIso, isoToExcelSerial } from "./excelSerial.js";
import { makeIsoDate } from "./isoDate.js";

describe("Excel serial dates", () => {
  it.each([
    [1, "1900-01-01"],
    [59, "1900-02-28"],
    [61, "1900-03-01"],
    [366, "1900-12-31"],
    [45328, "2024-02-06"],
    [45279, "2023-12-19"],
    [2958465, "9999-12-31"],
  ])("serial %d is %s and back", (serial, iso) => {
    expect(excelSerialToIso(serial)).toBe(iso);
    expect(isoToExcelSerial(iso)).toBe(serial);
  });

  it("has no ISO date for serial 60, the fictitious 1900-02-29 of the leap-year bug", () => {
    expect(excelSerialToIso(60)).toBeUndefined();
    expect(excelSerialToIso(60.5)).toBeUndefined();
  });

  it("drops the time of day and rejects serials outside Excel's date range", () => {
    expect(excelSerialToIso(45328.75)).toBe("2024-02-06");
    for (const bad of [0, -1, 0.5, 2958466, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(excelSerialToIso(bad)).toBeUndefined();
    }
    expect(isoToExcelSerial("1899-12-31")).toBeUndefined();
    expect(isoToExcelSerial("2024-02-30")).toBeUndefined();
    expect(isoToExcelSerial("06/02/2024")).toBeUndefined();
  });

  it("reads the 1904 date system", () => {
    expect(excelSerialToIso(0, { date1904: true })).toBe("1904-01-01");
    expect(excelSerialToIso(43866, { date1904: true })).toBe("2024-02-06");
    expect(isoToExcelSerial("2024-02-06", { date1904: true })).toBe(43866);
    expect(isoToExcelSerial("1903-12-31", { date1904: true })).toBeUndefined();
  });

  it("round-trips every serial except 60, in whatever TZ the tests run", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2958465 }), (serial) => {
        const iso = excelSerialToIso(serial);
        if (serial === 60) return iso === undefined;
        return iso !== undefined && isoToExcelSerial(iso) === serial;
      }),
    );
  });

  it("round-trips every real date from 1900-01-01 on", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (y, m, d) => {
          const iso = makeIsoDate(y, m, d);
          if (iso === undefined) return true;
          const serial = isoToExcelSerial(iso);
          return serial !== undefined && excelSerialToIso(serial) === iso;
        },
      ),
    );
  });
});
