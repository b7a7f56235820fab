import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { examplePlan, readValues, runHgcs, tempDir, writeWorkbook } from "./testing/sheets.js";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("hgcs schedule", () => {
  it("proposes the plan's conferences on working days spread over the window", async () => {
    const r = await runHgcs(["schedule", "--plan", examplePlan]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("6 hội nghị, Quý II và quý III/2024, ngày khai mạc cách nhau ít nhất 7 ngày");
    expect(r.out).toContain("Hội nghị 1: thứ Ba 16/04/2024");
    expect(r.out).toContain("Hội nghị 6: thứ Hai 16/09/2024");
  });

  it("takes a minimum gap, in English too", async () => {
    const r = await runHgcs(["schedule", "--plan", examplePlan, "--min-gap", "60", "--lang", "en"]);
    expect(r.code).toBe(1);
    expect(r.out).toContain(
      "only 4 conferences fit on working days with their first days at least 60 days apart, not 6",
    );
  });

  it("checks typed dates: holidays, weekends, gaps and the count", async () => {
    const r = await runHgcs([
      "schedule",
      "--plan",
      examplePlan,
      "--check",
      "16/04/2024,18/04/2024",
      "--check",
      "2024-05-04",
    ]);
    expect(r.code).toBe(1);
    expect(r.out).toContain("Ngày 18/04/2024 là ngày nghỉ Giỗ Tổ Hùng Vương");
    expect(r.out).toContain("Ngày 04/05/2024 là thứ Bảy");
    expect(r.out).toContain("Số hội nghị là 3, khác kế hoạch (6).");
    const good = await runHgcs([
      "schedule",
      "--plan",
      examplePlan,
      "--check",
      "16/04/2024 16/05/2024 17/06/2024 16/07/2024 16/08/2024 16/09/2024",
    ]);
    expect(good.code).toBe(0);
    expect(good.out).toContain("không có vấn đề nào");
  });

  it("stops on a bad --min-gap or a missing plan", async () => {
    expect((await runHgcs(["schedule", "--plan", examplePlan, "--min-gap", "-3"])).code).toBe(2);
    expect((await runHgcs(["schedule"])).err).toContain("Thiếu tệp kế hoạch");
    // Checking writes nothing: an output file is refused rather than silently not written.
    const typed = await runHgcs(["schedule", "--plan", examplePlan, "--check", "16/04/2024", "-o", "lich.xlsx"]);
    expect([typed.code, typed.err]).toEqual([2, expect.stringContaining("Tham số thừa: “-o”")]);
    const sheet = await runHgcs(["schedule", "check", "lich.xlsx", "--plan", examplePlan, "-o", "x.xlsx"]);
    expect([sheet.code, sheet.err]).toEqual([2, expect.stringContaining("Tham số thừa: “-o”")]);
  });
});

describe("hgcs schedule -o: the proposal written as a sheet", () => {
  it("writes STT | Hội nghị | Ngày tổ chức | Ghi chú with date cells, which schedule check then reads clean", async () => {
    const dir = await tempDir();
    const out = join(dir, "lich.xlsx");
    const r = await runHgcs(["schedule", "--plan", examplePlan, "-o", out]);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`Đã ghi lịch 6 hội nghị vào ${out}.`);
    const rows = await readValues(out, "Lịch hội nghị");
    const header = rows.findIndex((row) => row?.[0] === "STT");
    expect(rows[header]?.slice(0, 4)).toEqual(["STT", "Hội nghị", "Ngày tổ chức", "Ghi chú"]);
    // ExcelJS gives a date-formatted serial back as a Date: the cell is a real date, not text.
    expect(rows[header + 1]?.slice(0, 4)).toEqual([1, "Hội nghị 1", day("2024-04-16"), "Thứ Ba"]);
    const checked = await runHgcs(["schedule", "check", out, "--plan", examplePlan]);
    expect(checked.code).toBe(0);
    expect(checked.out).toContain("Trang “Lịch hội nghị”:");
    expect(checked.out).toContain("không có vấn đề nào");
    // An existing file is kept unless --force.
    expect((await runHgcs(["schedule", "--plan", examplePlan, "-o", out])).code).toBe(2);
    expect((await runHgcs(["schedule", "--plan", examplePlan, "-o", out, "--force", "--lang", "en"])).out).toContain(
      "Wrote the schedule of 6 conferences",
    );
  });

  it("writes nothing when the conferences do not fit", async () => {
    const out = join(await tempDir(), "lich.xlsx");
    const r = await runHgcs(["schedule", "--plan", examplePlan, "--min-gap", "60", "-o", out]);
    expect(r.code).toBe(1);
    expect(r.out).not.toContain("Đã ghi");
    await expect(readValues(out, "Lịch hội nghị")).rejects.toThrow();
  });
});

describe("hgcs schedule check <file.xlsx>", () => {
  // An office's schedule: "Thời gian" column, date cells and text dates, wrong ones in C6…C9.
  const office = [
    ["LỊCH TỔ CHỨC HỘI NGHỊ TẬP HUẤN NĂM 2024"],
    [],
    ["TT", "Hội nghị", "Thời gian", "Địa điểm"],
    [1, "Hội nghị tại huyện Nga Sơn", day("2024-04-16"), "Hội trường UBND huyện"],
    [2, "Hội nghị tại huyện Hà Trung", "ngày 16/05/2024", "Hội trường UBND huyện"],
    [3, "Hội nghị tại huyện Hậu Lộc", "31/06/2024", "Nhà văn hóa"],
    [4, "Hội nghị tại huyện Hoằng Hóa", day("2024-07-13"), "Hội trường UBND huyện"],
    [5, "Hội nghị tại huyện Quảng Xương", "02/09/2024", "Hội trường UBND huyện"],
    [6, "Hội nghị tại huyện Nông Cống", day("2024-09-05"), "Hội trường UBND huyện"],
  ];

  it("reports each wrong date at its cell, in vi and en", async () => {
    const file = join(await tempDir(), "lich-hn.xlsx");
    await writeWorkbook(file, "Lịch HN", office);
    const r = await runHgcs(["schedule", "check", file, "--plan", examplePlan]);
    expect(r.code).toBe(1);
    expect(r.out).toContain("Kiểm tra lịch");
    expect(r.out).toMatch(/C6\b.*"31\/06\/2024" không đọc được thành ngày/);
    expect(r.out).toMatch(/C7\b.*13\/07\/2024 là thứ Bảy/);
    expect(r.out).toMatch(/C8\b.*02\/09\/2024 là ngày nghỉ/);
    expect(r.out).toMatch(/C9\b.*05\/09\/2024/);
    const en = await runHgcs(["schedule", "check", file, "--plan", examplePlan, "--lang", "en"]);
    expect(en.code).toBe(1);
    expect(en.out).toMatch(/C7\b.*Saturday/);
  });

  it("takes --min-gap and --sheet, and stops when no sheet holds a schedule", async () => {
    const dir = await tempDir();
    const file = join(dir, "lich-hn.xlsx");
    await writeWorkbook(file, "Lịch HN", office);
    const wide = await runHgcs([
      "schedule",
      "check",
      file,
      "--plan",
      examplePlan,
      "--min-gap",
      "40",
      "--sheet",
      "Lịch HN",
    ]);
    expect(wide.out).toMatch(/C5\b.*16\/05\/2024/);
    const other = join(dir, "ghi-chu.xlsx");
    await writeWorkbook(other, "Ghi chú", [["Danh sách tổ hòa giải"]]);
    const none = await runHgcs(["schedule", "check", other, "--plan", examplePlan]);
    expect(none.code).toBe(2);
    expect(none.err).toContain("Không tìm thấy lịch hội nghị");
    expect((await runHgcs(["schedule", "check", "--plan", examplePlan])).code).toBe(2);
    expect((await runHgcs(["schedule", "check", file])).err).toContain("Thiếu tệp kế hoạch");
  });
});

describe("hgcs schedule --format json", () => {
  it("gives the proposal as data: the series, each conference's days and place, the file written, the notes", async () => {
    const out = join(await tempDir(), "lich.xlsx");
    const r = await runHgcs(["schedule", "--plan", examplePlan, "--format", "json", "-o", out, "--lang", "en"]);
    expect([r.code, r.err]).toEqual([0, ""]);
    const doc = JSON.parse(r.out) as Record<string, unknown>;
    expect(Object.keys(doc)).toEqual(["series", "conferences", "written", "findings"]);
    expect(doc.series).toMatchObject({ count: 6, minGap: 7, window: { from: "2024-04-01", to: "2024-09-30" } });
    const conferences = doc.conferences as { number: number; days: { date: string; weekday: string }[] }[];
    expect(conferences).toHaveLength(6);
    expect(conferences[0]).toMatchObject({ number: 1, days: [{ date: "2024-04-16", weekday: "Tuesday" }] });
    expect(doc.written).toBe(out);
    expect(await readValues(out, "Lịch hội nghị")).not.toHaveLength(0);
  });

  it("gives typed dates' findings with messages in the chosen language, and exits as the text does", async () => {
    const typed = ["--check", "16/04/2024,18/04/2024"];
    const r = await runHgcs(["schedule", "--plan", examplePlan, "--format", "json", ...typed]);
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.out) as { dates: string[]; findings: { severity: string; message: string }[] };
    expect(doc.dates).toEqual(["16/04/2024", "18/04/2024"]);
    expect(doc.findings.map((f) => f.message)).toEqual(
      expect.arrayContaining([expect.stringContaining("Ngày 18/04/2024 là ngày nghỉ Giỗ Tổ Hùng Vương")]),
    );
  });

  it("gives a checked schedule sheet as { file, series, sheets, findings }, and a stop as { error }", async () => {
    const dir = await tempDir();
    const file = join(dir, "lich.xlsx");
    await writeWorkbook(file, "Lịch HN", [
      ["TT", "Hội nghị", "Thời gian"],
      [1, "Hội nghị 1", day("2024-04-16")],
      [2, "Hội nghị 2", day("2024-07-13")],
    ]);
    const r = await runHgcs(["schedule", "check", file, "--plan", examplePlan, "--format", "json"]);
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.out) as { file: string; sheets: unknown[]; findings: { cell: string | null }[] };
    expect(Object.keys(doc)).toEqual(["file", "series", "sheets", "findings"]);
    expect([doc.file, doc.sheets]).toEqual([file, [{ name: "Lịch HN" }]]);
    expect(doc.findings.map((f) => f.cell)).toContain("C3");
    const missing = await runHgcs([
      "schedule",
      "check",
      join(dir, "khong-co.xlsx"),
      "--plan",
      examplePlan,
      "--format",
      "json",
    ]);
    expect([missing.code, missing.err]).toEqual([2, ""]);
    expect(JSON.parse(missing.out)).toEqual({
      error: { code: "file.missing", message: expect.stringContaining("khong-co.xlsx") },
    });
    const bad = await runHgcs(["schedule", "--plan", examplePlan, "--format", "xml"]);
    expect([bad.code, bad.out]).toEqual([2, ""]);
  });
});
