import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatDateLine, formatShortDate, parseDateLine, parseVietnameseDate } from "./dateLine.js";
import { makeIsoDate } from "./isoDate.js";

const feb6 = { year: 2024, month: 2, day: 6, date: "2024-02-06" };

describe("Vietnamese date lines", () => {
  it("reads the place and date of a signature line", () => {
    expect(parseDateLine("Thanh Hóa, ngày 06 tháng 02 năm 2024")).toEqual({ place: "Thanh Hóa", ...feb6 });
    expect(parseDateLine("TP. Hồ Chí Minh, ngày 6 tháng 2 năm 2024.")).toEqual({ place: "TP. Hồ Chí Minh", ...feb6 });
  });

  it.each([
    "ngày 06/02/2024",
    "06/02/2024",
    "6/2/2024",
    "06-02-2024",
    "06.02.2024",
    "Ngày 06 tháng 02 năm 2024",
    "NGÀY 06 THÁNG 02 NĂM 2024",
    "ngay 06 thang 02 nam 2024",
    "ngày  06  tháng 02 năm 2024",
  ])("reads %s", (text) => {
    expect(parseDateLine(text)).toEqual(feb6);
    expect(parseVietnameseDate(text)).toBe("2024-02-06");
  });

  it("reads NFD text", () => {
    expect(parseDateLine("Thanh Hóa, ngày 06 tháng 02 năm 2024".normalize("NFD"))).toEqual({
      place: "Thanh Hóa",
      ...feb6,
    });
  });

  it.each([
    "ngày … tháng 02 năm 2024",
    "ngày ... tháng 02 năm 2024",
    "ngày      tháng 02 năm 2024",
    "ngày ___ tháng 02 năm 2024",
    "ngày tháng 02 năm 2024",
  ])("reads a draft line with the day left blank: %s", (text) => {
    expect(parseDateLine(text)).toEqual({ year: 2024, month: 2 });
    expect(parseVietnameseDate(text)).toBeUndefined();
  });

  it("reads the seed plan's blank signature line with its place", () => {
    expect(parseDateLine("Thanh Hóa, ngày tháng 02 năm 2024")).toEqual({ place: "Thanh Hóa", year: 2024, month: 2 });
    expect(parseDateLine("ngày … tháng … năm 2024")).toEqual({ year: 2024 });
  });

  it.each([
    "30/02/2024",
    "ngày 31 tháng 04 năm 2024",
    "ngày 06 tháng 13 năm 2024",
    "06/02",
    "Số: /KH-STP",
    "",
    "06/02-2024",
    "ngày 06 tháng 02",
  ])("rejects %s", (text) => {
    expect(parseDateLine(text)).toBeUndefined();
  });

  it("writes date lines with the decree's leading zeros", () => {
    expect(formatDateLine("2024-02-06", { place: "Thanh Hóa" })).toBe("Thanh Hóa, ngày 06 tháng 02 năm 2024");
    expect(formatDateLine("2024-03-15")).toBe("ngày 15 tháng 3 năm 2024");
    expect(formatDateLine("2024-03-05", { monthPadding: "always" })).toBe("ngày 05 tháng 03 năm 2024");
    expect(formatDateLine("2024-12-19")).toBe("ngày 19 tháng 12 năm 2024");
    expect(formatDateLine("not a date")).toBe("");
  });

  it("leaves blanks for what is not known yet", () => {
    expect(formatDateLine({ year: 2024, month: 2 })).toBe("ngày … tháng 02 năm 2024");
    expect(formatDateLine({ year: 2024, month: 2 }, { place: "Thanh Hóa", blank: "    " })).toBe(
      "Thanh Hóa, ngày      tháng 02 năm 2024",
    );
    expect(formatDateLine({ year: 2024 })).toBe("ngày … tháng … năm 2024");
  });

  it("writes the short form used inside sentences", () => {
    expect(formatShortDate("2023-12-19")).toBe("19/12/2023");
    expect(formatShortDate("2024-02-06")).toBe("06/02/2024");
    expect(formatShortDate("2024-02-30")).toBe("");
  });

  it("reads back every date it writes, in both forms", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        fc.boolean(),
        (y, m, d, always) => {
          const iso = makeIsoDate(y, m, d);
          if (!iso) return;
          expect(
            parseVietnameseDate(
              formatDateLine(iso, { place: "Thanh Hóa", monthPadding: always ? "always" : "decree" }),
            ),
          ).toBe(iso);
          expect(parseVietnameseDate(formatShortDate(iso))).toBe(iso);
        },
      ),
    );
  });
});
