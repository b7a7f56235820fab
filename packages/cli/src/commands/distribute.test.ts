import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { fileURLToPath } from "node:url";
import { examplePlan, readValues, runHgcs, tempDir, writeWorkbook } from "./testing/sheets.js";

let dir = "";
let weights = "";
beforeAll(async () => {
  dir = await tempDir();
  weights = join(dir, "weights.csv");
  await writeFile(weights, "Đơn vị;Số xã\nThành phố Thanh Hóa;34\nHuyện Nga Sơn;24\nHuyện Quảng Xương;29\n", "utf8");
});

describe("hgcs distribute", () => {
  it("allocates the plan's leaflets by largest remainder and writes a sheet that checks clean", async () => {
    const out = join(dir, "phan-phoi.xlsx");
    const r = await runHgcs(["distribute", "--plan", examplePlan, "--weights", weights, "-o", out]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toContain("Đã ghi bảng phân phối 25.000 bản cho 3 đơn vị");
    // The plan keeps copies without a number: said as a note.
    expect(r.out).toContain("không ghi số lượng");
    const values = await readValues(out, "Phân phối");
    const counts = values.filter((row) => typeof row?.[0] === "number").map((row) => [row[1], row[2]]);
    expect(counts).toEqual([
      ["Thành phố Thanh Hóa", 9770],
      ["Huyện Nga Sơn", 6897],
      ["Huyện Quảng Xương", 8333],
    ]);
    const check = await runHgcs(["distribute", "check", out, "--plan", examplePlan, "--weights", weights]);
    expect(check.code).toBe(0);
    expect(check.out).toContain("không có vấn đề nào");
  });

  it("checks an office's own sheet: bad counts, unknown units, wrong total and sum, at their cells", async () => {
    const file = join(dir, "office.xlsx");
    await writeWorkbook(file, "Cấp phát", [
      ["SỞ TƯ PHÁP TỈNH THANH HÓA"],
      ["DANH SÁCH CẤP PHÁT TỜ GẤP"],
      [],
      ["TT", "Tên đơn vị", "Số tờ", "Ký nhận"],
      [1, "Thành phố Thanh Hóa", "10.000"],
      [2, "Huyện Nga Sơn", -5],
      [3, "Huyện Hoằng Hóa", 7000.5],
      [null, "Tổng cộng", { formula: "SUM(C5:C7)", result: 20000 }],
    ]);
    const r = await runHgcs(["distribute", "check", file, "--plan", examplePlan, "--weights", weights, "--lang", "en"]);
    expect(r.code).toBe(1);
    for (const text of [
      'C6    error    The count "-5" must be a whole number',
      'C7    error    The count "7000.5"',
      'B7    error    The unit "Huyện Hoằng Hóa" is not in the weights list.',
      "C8    error    The total row says 20,000, but the rows add up to 16,995.5.",
      "The receiving units add up to 16,995.5 copies, not the 25,000 to distribute.",
      'The unit "Huyện Quảng Xương" of the weights list is missing',
    ]) {
      expect(r.out).toContain(text);
    }
  });

  it("stops on a bad weights file, naming its lines, and on a workbook without a distribution table", async () => {
    const bad = join(dir, "bad.csv");
    await writeFile(bad, "Huyện A,12\nHuyện B,nhiều\n", "utf8");
    const r = await runHgcs(["distribute", "--plan", examplePlan, "--weights", bad, "-o", join(dir, "x.xlsx")]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('Dòng 2: trọng số "nhiều" của Huyện B phải là số nguyên không âm.');
    const other = join(dir, "other.xlsx");
    await writeWorkbook(other, "Dự toán", [["Nội dung", "Thành tiền"]]);
    const none = await runHgcs(["distribute", "check", other]);
    expect(none.code).toBe(2);
    expect(none.err).toContain("Không tìm thấy bảng phân phối");
  });

  it("says a plan without materials has nothing to distribute (exit 2), not that the material “” is unknown", async () => {
    const plan = fileURLToPath(new URL("../../../../examples/plans/tan-an-2025/plan.json", import.meta.url));
    const out = join(dir, "khong-tai-lieu.xlsx");
    const r = await runHgcs(["distribute", "--plan", plan, "--weights", weights, "-o", out]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`Kế hoạch ${plan} không có tài liệu nào để phân phối`);
    expect(r.err).not.toContain('""');
    const en = await runHgcs(["distribute", "--plan", plan, "--weights", weights, "-o", out, "--lang", "en"]);
    expect(en.err).toContain(`The plan ${plan} lists no material to distribute`);
    const json = await runHgcs(["distribute", "check", out, "--plan", plan, "--format", "json"]);
    expect(json.code).toBe(2);
    expect(JSON.parse(json.out)).toMatchObject({ error: { code: "plan.no_materials" } });
  });

  it("refuses to overwrite and asks for what is missing", async () => {
    const out = join(dir, "twice.xlsx");
    expect((await runHgcs(["distribute", "--plan", examplePlan, "--weights", weights, "-o", out])).code).toBe(0);
    const again = await runHgcs(["distribute", "--plan", examplePlan, "--weights", weights, "-o", out]);
    expect(again.code).toBe(2);
    expect(again.err).toContain("đã có");
    expect((await runHgcs(["distribute", "--plan", examplePlan, "-o", out])).err).toContain("Thiếu tệp trọng số");
    expect((await runHgcs(["distribute", "check"])).err).toContain("Thiếu tệp .xlsx cần đọc");
  });
});

describe("hgcs distribute --format json", () => {
  it("gives the allocation as data: copies, each unit's weight and copies, the file written, the notes", async () => {
    const out = join(dir, "phan-phoi-json.xlsx");
    const r = await runHgcs(["distribute", "--plan", examplePlan, "--weights", weights, "-o", out, "--format", "json"]);
    expect([r.code, r.err]).toEqual([0, ""]);
    const doc = JSON.parse(r.out) as Record<string, unknown>;
    expect(Object.keys(doc)).toEqual(["written", "copies", "allocations", "findings"]);
    expect(doc).toMatchObject({ written: out, copies: 25000 });
    expect(doc.allocations).toEqual([
      { unit: "Thành phố Thanh Hóa", weight: 34, copies: 9770 },
      { unit: "Huyện Nga Sơn", weight: 24, copies: 6897 },
      { unit: "Huyện Quảng Xương", weight: 29, copies: 8333 },
    ]);
    expect((doc.findings as { message: string }[]).map((f) => f.message).join(" ")).toContain("không ghi số lượng");
    const check = await runHgcs(["distribute", "check", out, "--plan", examplePlan, "--format", "json"]);
    expect(check.code).toBe(0);
    expect(JSON.parse(check.out)).toEqual({
      file: out,
      sheets: [{ name: "Phân phối" }],
      findings: [],
      expected: 25000,
    });
  });
});
