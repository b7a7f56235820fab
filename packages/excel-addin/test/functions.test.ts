import fc from "fast-check";
import { parseVietnameseWords } from "@hgcs/core";
import { isoToExcelSerial } from "@hgcs/core/dates";
import { beforeAll, describe, expect, it } from "vitest";
import { bangChu, docSo, mucToiDa } from "../src/functions/functions.js";
import { parseWordsStyle } from "../src/functions/wordsStyle.js";
import { pickLocale } from "../src/i18n/pickLocale.js";
import { installFakeHost } from "./testing/fake/fakeExcel.js";
import { FakeWorkbook } from "./testing/fake/fakeWorkbook.js";

beforeAll(() => {
  installFakeHost(FakeWorkbook.from({ sheets: [{ name: "S", cells: {} }] }));
});

/** The CustomFunctions.Error a call throws: its code and message. */
function excelError(call: () => unknown): { code: string; message: string } {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(CustomFunctions.Error);
    return error as { code: string; message: string };
  }
  throw new Error("expected a CustomFunctions.Error");
}

describe("=HGCS.BANGCHU", () => {
  it("writes the words line of an amount", () => {
    expect(bangChu(243_000_000)).toBe("Bằng chữ: Hai trăm bốn mươi ba triệu đồng./.");
    expect(bangChu(1.2 * 1000)).toBe("Bằng chữ: Một nghìn hai trăm đồng./.");
  });

  it("follows the style words", () => {
    expect(bangChu(105_000, "lẻ ngàn")).toBe("Bằng chữ: Một trăm lẻ năm ngàn đồng./.");
    expect(bangChu(2_000_000, "chẵn")).toMatch(/đồng chẵn\.\/\.$/);
  });

  it("answers #VALUE! with a message for a fraction of a đồng or an unknown style word", () => {
    expect(excelError(() => bangChu(1.5))).toMatchObject({ code: "#VALUE!", message: expect.stringMatching(/đồng/) });
    expect(excelError(() => bangChu(100, "miền nam"))).toMatchObject({
      code: "#VALUE!",
      message: expect.stringContaining("miền"),
    });
  });

  it("reads back to its amount for any amount and style (property)", () => {
    const style = fc.subarray(["lẻ", "ngàn", "bốn", "tỉ", "chẵn"]).map((words) => words.join(" "));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), style, (amount, s) => {
        const parsed = parseVietnameseWords(bangChu(amount, s).replace(/^Bằng chữ:/, ""));
        expect(parsed).toEqual({ ok: true, value: BigInt(amount) });
      }),
    );
  });
});

describe("=HGCS.DOCSO", () => {
  it("reads an integer in plain words", () => {
    expect(docSo(1_000_005)).toBe("một triệu không trăm linh năm");
    expect(docSo(0)).toBe("không");
  });
  it("answers #VALUE! for a non-integer", () => {
    expect(excelError(() => docSo(2.5)).code).toBe("#VALUE!");
  });
});

describe("=HGCS.MUCTOIDA", () => {
  it("gives the cap in force on the date, from a date cell or ISO text", () => {
    expect(mucToiDa("hgcs.fee.case", "2024-02-20")).toBe(300_000);
    expect(mucToiDa("hgcs.fee.case", isoToExcelSerial("2016-06-01") ?? 0)).toBe(200_000);
  });
  it("answers a number only for a verified cap: #N/A with the reason for an unverified figure", () => {
    expect(mucToiDa("meeting.meal.nonsalaried.province", "2024-06-01")).toBe(150_000);
    expect(excelError(() => mucToiDa("meeting.water", "2024-06-01"))).toMatchObject({
      code: "#N/A",
      message: expect.stringMatching(/chưa xác minh.*40\.000 đ/),
    });
    expect(excelError(() => mucToiDa("travel.per_diem", "2025-06-01"))).toMatchObject({
      code: "#N/A",
      message: expect.stringMatching(/nguồn thứ cấp.*300\.000/),
    });
    // After 01/07/2025 the venue tiers of the meal allowance are advice.
    expect(excelError(() => mucToiDa("meeting.meal.nonsalaried.province", "2025-08-01")).code).toBe("#N/A");
  });

  it("gives the status and the advisory figure through the optional last argument", () => {
    // The status as users read it, in the display language (Vietnamese here).
    expect(mucToiDa("meeting.water", "2024-06-01", "", "trạng thái")).toBe("chưa xác minh");
    expect(mucToiDa("hgcs.fee.case", "2024-06-01", undefined, "Status")).toBe("đã xác minh");
    expect(mucToiDa("meeting.water", "2024-06-01", "VN", "tham khao")).toBe(40_000);
    expect(mucToiDa("training.lecturer_fee", "2024-06-01", "VN", "advice")).toBe(2_000_000);
    expect(mucToiDa("travel.per_diem", "2025-05-03", "VN", "tham khảo")).toBe(200_000);
    expect(mucToiDa("hgcs.fee.case", "2024-06-01", "VN", "")).toBe(300_000);
    expect(excelError(() => mucToiDa("hgcs.fee.case", "2024-06-01", "VN", "tối đa")).code).toBe("#VALUE!");
    expect(excelError(() => mucToiDa("pbgdpl.leaflet.print", "2024-06-01", "VN", "tham khảo")).code).toBe("#N/A");
  });

  it("answers #N/A with a message for an unknown norm, #VALUE! for a bad date", () => {
    expect(excelError(() => mucToiDa("no.such.norm", "2024-02-20"))).toMatchObject({
      code: "#N/A",
      message: expect.stringContaining("no.such.norm"),
    });
    expect(excelError(() => mucToiDa("hgcs.fee.case", "20/02/2024")).code).toBe("#VALUE!");
  });
});

describe("style words and locale", () => {
  it("parses style words, any case and separators", () => {
    expect(parseWordsStyle("Lẻ, NGÀN; tư")).toEqual({
      options: { zeroTens: "lẻ", thousand: "ngàn", fourAfterTens: "tư" },
    });
    expect(parseWordsStyle(undefined)).toEqual({ options: {} });
    expect(parseWordsStyle("linh xyz").bad).toBe("xyz");
  });
  it("picks Vietnamese unless Office shows another language", () => {
    expect(pickLocale("vi-VN")).toBe("vi");
    expect(pickLocale("en-US")).toBe("en");
    expect(pickLocale("fr-FR")).toBe("en");
    expect(pickLocale(undefined)).toBe("vi");
  });
});
