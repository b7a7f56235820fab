import { describe, expect, it } from "vitest";
import { valueOf } from "../testing/resultValue.js";
import { isoToExcelSerial } from "../dates/excelSerial.js";
import { buildGrid, f } from "../table/testing/gridBuilder.js";
import { SheetView } from "../table/view.js";
import { foldText } from "../text/normalize.js";
import { locateScheduleTable, readScheduleSheet } from "./scheduleSheet.js";
import { scheduleRole } from "./scheduleVocabulary.js";

const serial = (iso: string) => isoToExcelSerial(iso) as number;

// An office's schedule: agency and title above, "Thời gian" for the date column, a column-number row.
const office = buildGrid(
  [
    ["SỞ TƯ PHÁP TỈNH THANH HÓA"],
    ["LỊCH TỔ CHỨC HỘI NGHỊ TẬP HUẤN NĂM 2024"],
    [],
    ["STT", "Hội nghị", "Thời gian", "Địa điểm"],
    ["(1)", "(2)", "(3)", "(4)"],
    [1, "Hội nghị tại huyện Nga Sơn", serial("2024-04-16"), "Hội trường UBND huyện"],
    [2, "Hội nghị tại huyện Hậu Lộc", "ngày 16/05/2024", "Hội trường UBND huyện"],
    [3, "Hội nghị tại huyện Hoằng Hóa", serial("2024-06-17") + 0.375, null],
    [4, "Hội nghị tại huyện Quảng Xương", null, "Nhà văn hóa xã"],
    [5, null, f("DATE(2024,8,16)", { error: "#NAME?" }), null],
    [6],
    ["Thanh Hóa, ngày 10 tháng 4 năm 2024"],
    ["NGƯỜI LẬP BIỂU"],
  ],
  { sheet: "Lịch HN" },
);

describe("scheduleRole", () => {
  it("names the date column in the offices' wordings, not a date line", () => {
    const role = (text: string) => scheduleRole(foldText(text));
    expect(["Ngày tổ chức", "Thời gian", "Ngày", "Thời gian tổ chức (3)", "Ngày hội nghị"].map(role)).toEqual([
      "date",
      "date",
      "date",
      "date",
      "date",
    ]);
    expect(["STT", "Hội nghị", "Địa điểm", "Ghi chú", "Nội dung"].map(role)).toEqual([
      "number",
      "conference",
      "place",
      "note",
      "conference",
    ]);
    expect(role("ngày 16 tháng 4 năm 2024")).toBeUndefined();
    expect(role("Ngày 16/04/2024")).toBeUndefined();
  });
});

describe("readScheduleSheet", () => {
  it("reads date serials (a date-time as its day), text dates and unreadable cells at their cells", () => {
    const r = readScheduleSheet(office);
    expect(r.findings).toEqual([]);
    // The date line above the signatures is body to the list finder; it has no date and no conference, so no entry.
    const { table, entries } = valueOf(r);
    expect(table).toMatchObject({ headerRow: 3, bodyTop: 5, bodyBottom: 11 });
    expect(entries).toEqual([
      { value: serial("2024-04-16"), at: { sheet: "Lịch HN", cell: "C6" } },
      { value: "ngày 16/05/2024", at: { sheet: "Lịch HN", cell: "C7" } },
      { value: serial("2024-06-17"), at: { sheet: "Lịch HN", cell: "C8" } },
      // A conference without a date is an entry, so the check points at its blank cell.
      { value: "", at: { sheet: "Lịch HN", cell: "C9" } },
      { value: "#NAME?", at: { sheet: "Lịch HN", cell: "C10" } },
    ]);
  });

  it("ends the table at the signing date line in whichever table column it sits", () => {
    const table = [
      ["STT", "Hội nghị", "Ngày tổ chức", "Địa điểm"],
      [1, "Hội nghị tại huyện Nga Sơn", "16/04/2024", "Hội trường"],
    ];
    for (const col of [0, 1, 2, 3]) {
      for (const line of ["Thanh Hóa, ngày 10 tháng 4 năm 2024", "ngày … tháng 4 năm 2024"]) {
        const signing: (string | null)[] = [null, null, null, null];
        signing[col] = line;
        const r = readScheduleSheet(
          buildGrid([...table, [], signing, [null, null, null, "GIÁM ĐỐC"]], { sheet: "Lịch" }),
        );
        expect(
          valueOf(r).entries.map((e) => e.at?.cell),
          `${line} in column ${col}`,
        ).toEqual(["C2"]);
      }
    }
  });

  it("says list.not_found when there is no date column", () => {
    const r = readScheduleSheet(
      buildGrid([["Danh sách tổ hòa giải"], ["Thanh Hóa, ngày 16 tháng 4 năm 2024"]], { sheet: "Ghi chú" }),
    );
    expect(r.ok).toBe(false);
    expect(r.findings.map((x) => `${x.code}@${x.at?.sheet ?? ""}`)).toEqual(["list.not_found@Ghi chú"]);
  });

  it("takes a bare date column only when a body cell reads as a date", () => {
    const locate = (rows: (string | number | null)[][]) => locateScheduleTable(new SheetView(buildGrid(rows)));
    expect(locate([["Thời gian"], ["cả năm"], ["theo quý"]])).toBeUndefined();
    expect(locate([["Thời gian"], ["16/04/2024"]])).toMatchObject({ headerRow: 0, bodyTop: 1 });
  });

  it("does not take a list's STT numbers under a “Thời gian: … Địa điểm: …” line for date serials", () => {
    const locate = (rows: Parameters<typeof buildGrid>[0]) => locateScheduleTable(new SheetView(buildGrid(rows)));
    // The line core's blank delegate lists carry above their table.
    const list = [
      ["Thời gian: ……………… Địa điểm: ………………"],
      [],
      ["STT", "Họ và tên", "Chức vụ, đơn vị"],
      [1, null, "Hòa giải viên"],
      [2, null, "Hòa giải viên"],
    ];
    expect(locate(list)).toBeUndefined();
    // A number shown as a date is a date cell.
    expect(locate([["Thời gian"], [{ value: serial("2024-04-16"), numberFormat: "dd/mm/yyyy" }]])).toMatchObject({
      headerRow: 0,
      bodyTop: 1,
    });
    expect(locate([["Thời gian"], [{ value: serial("2024-04-16"), numberFormat: "[$-42A]d/m/yyyy;@" }]])).toMatchObject(
      { headerRow: 0 },
    );
    expect(
      locate([["Thời gian"], [{ value: 45398, numberFormat: "#,##0" }], [{ value: 12, numberFormat: "General" }]]),
    ).toBeUndefined();
  });
});

describe("a list of people is no schedule", () => {
  it("refuses a table with a Họ và tên column beside its date column", () => {
    const people = buildGrid([
      ["STT", "Họ và tên", "Ngày sinh", "Địa chỉ"],
      [1, "Nguyễn Văn An", "12/03/1970", "Xã Nga Sơn"],
      [2, "Lê Thị Bình", "05/11/1982", "Xã Hậu Lộc"],
    ]);
    expect(locateScheduleTable(new SheetView(people))).toBeUndefined();
    expect(readScheduleSheet(people).findings.map((x) => x.code)).toEqual(["list.not_found"]);
  });
});

describe("a remark under the table", () => {
  it("ends the table instead of counting as a conference without a date", () => {
    const noted = buildGrid([
      ["STT", "Hội nghị", "Ngày tổ chức", "Địa điểm"],
      [1, "Hội nghị tại huyện Nga Sơn", "16/04/2024", "Hội trường UBND huyện"],
      [2, "Hội nghị tại huyện Hậu Lộc", "16/05/2024", "Hội trường UBND huyện"],
      [null, "Ghi chú: thời gian có thể thay đổi theo thực tế."],
    ]);
    expect(valueOf(readScheduleSheet(noted)).entries.map((e) => e.value)).toEqual(["16/04/2024", "16/05/2024"]);
  });
});
