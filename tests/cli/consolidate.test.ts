// `hgcs consolidate` as the province's desk runs it, on a folder of unit workbooks drawn from the example plans.
import { copyFile, mkdtemp, readFile, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { repoRoot } from "../testing/fixtures.js";
import { ensureCliBuilt, runCli } from "../testing/runCli.js";
import { writeDeskWorkbook, writeUnitFolder, type UnitWorkbook } from "../testing/unitWorkbooks.js";

const vnd = (n: number) => n.toLocaleString("de-DE");

let dir = "";
let units: UnitWorkbook[] = [];
const sum = () => units.reduce((s, u) => s + u.submitted, 0);

beforeAll(async () => {
  ensureCliBuilt();
  dir = await mkdtemp(join(tmpdir(), "hgcs-consolidate-"));
  units = await writeUnitFolder(join(dir, "don-vi"));
}, 300_000);

/** The consolidated sheet's rows as text and the grand total cell, read back with ExcelJS. */
async function readBack(file: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.worksheets[0];
  if (!ws) throw new Error("no sheet");
  let header = 0;
  let totalRow = 0;
  ws.eachRow((row, r) => {
    row.eachCell((cell) => {
      if (cell.value === "Đơn vị") header = r;
      if (cell.value === "TỔNG CỘNG") totalRow = r;
    });
  });
  let totalCol = 0;
  ws.getRow(header).eachCell((cell, c) => {
    if (cell.value === "Tổng cộng") totalCol = c;
  });
  const texts: string[] = [];
  ws.eachRow((row) => row.eachCell((cell) => void (typeof cell.value === "string" && texts.push(cell.value))));
  return { wb, ws, header, totalRow, totalCol, texts };
}

describe("hgcs consolidate", () => {
  it("adds up every readable unit workbook, says which file it left out, and marks the workbook as hgcs's", async () => {
    const out = join(dir, "tong-hop.xlsx");
    const r = await runCli(["consolidate", join(dir, "don-vi"), "-o", out]);
    expect(r.code).toBe(1); // written, but a file was left out
    expect(r.stderr).toContain("hong.xlsx");
    expect(r.stdout).toContain(`của 3 đơn vị vào ${out}: tổng cộng ${vnd(sum())} đồng.`);
    for (const u of units) expect(r.stdout).toContain(`  ${u.unit} (${u.file}`);
    expect(r.stdout).toMatch(/SỞ TƯ PHÁP TỈNH THỪA THIÊN HUẾ .*bảng có \d+ lỗi, số liệu như đơn vị gửi/);
    expect(r.stdout).toMatch(/cảnh báo +Bảng dự toán của SỞ TƯ PHÁP TỈNH THỪA THIÊN HUẾ có \d+ lỗi/);

    const { wb, ws, header, totalRow, totalCol, texts } = await readBack(out);
    expect(wb.keywords).toBe("hgcs:consolidation");
    const total = ws.getCell(totalRow, totalCol);
    expect(total.formula).toMatch(/^SUM\(/);
    expect((total.value as ExcelJS.CellFormulaValue).result).toBe(sum());
    // One row per unit, each at the total it submitted (the nghìn đồng workbook in đồng).
    const rows = new Map<unknown, unknown>();
    for (let row = header + 1; row < totalRow; row++) {
      rows.set(ws.getCell(row, 2).value, (ws.getCell(row, totalCol).value as ExcelJS.CellFormulaValue).result);
    }
    expect(rows).toEqual(new Map(units.map((u) => [u.unit, u.submitted])));
    expect(texts.some((t) => t.includes("hong.xlsx"))).toBe(true);
    expect(texts.some((t) => t.startsWith("Bằng chữ: "))).toBe(true);
  });

  it("never overwrites without --force, leaves its own output and other hgcs workbooks out of the sum", async () => {
    const out = join(dir, "don-vi", "tong-hop.xlsx");
    expect((await runCli(["consolidate", join(dir, "don-vi"), "-o", out])).code).toBe(1);
    const before = await stat(out);
    const refused = await runCli(["consolidate", join(dir, "don-vi"), "-o", out]);
    expect(refused.code).toBe(2);
    expect((await stat(out)).mtimeMs).toBe(before.mtimeMs);
    await copyFile(out, join(dir, "don-vi", "tong-hop-cu.xlsx"));
    const again = await runCli(["consolidate", join(dir, "don-vi"), "-o", out, "--force"]);
    expect(again.stderr).toContain("tong-hop-cu.xlsx: sổ do hgcs lập");
    expect(again.stdout).toContain(`của 3 đơn vị vào ${out}: tổng cộng ${vnd(sum())} đồng.`);
    // A unit's own workbook is never the output, even with --force.
    const unit = units[0]?.file ?? "";
    const before2 = await readFile(unit);
    const onUnit = await runCli(["consolidate", join(dir, "don-vi"), "-o", unit, "--force"]);
    expect(onUnit.code).toBe(2);
    expect(Buffer.compare(await readFile(unit), before2)).toBe(0);
  });

  it("compares each unit with its allotment in a plan, at the consolidated sheet's cells, in English on request", async () => {
    const plan = JSON.parse(
      await readFile(join(repoRoot, "examples", "thanh-hoa-2024", "plan.json"), "utf8"),
    ) as object;
    const langSon = units[0];
    if (!langSon) throw new Error("no unit");
    const planFile = join(dir, "ke-hoach.json");
    const allotments = [
      { unit: "Phòng Tư pháp TP. Lạng Sơn", amountVnd: langSon.submitted - 1 },
      { unit: "xã Tân An", amountVnd: 1_000_000_000 },
      { unit: "Phòng Tư pháp huyện Như Thanh", amountVnd: 1_000_000 },
    ];
    await writeFile(planFile, JSON.stringify({ ...plan, allotments }));
    const files = units.map((u) => u.file);
    const r = await runCli([
      "consolidate",
      ...files,
      "-o",
      join(dir, "theo-ke-hoach.xlsx"),
      "--plan",
      planFile,
      "--lang",
      "en",
    ]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("Wrote the consolidated estimate of 3 units");
    expect(r.stdout).toMatch(/ {2}J9 +error +The estimate of PHÒNG TƯ PHÁP THÀNH PHỐ LẠNG SƠN is [\d,]+ VND, above/);
    expect(r.stdout).toContain("The plan allots no figures to SỞ TƯ PHÁP TỈNH THỪA THIÊN HUẾ.");
    expect(r.stdout).toContain("The plan allots figures to Phòng Tư pháp huyện Như Thanh, but no estimate");

    // The findings are in the workbook too, at the unit's row: its note, and what the plan allots it.
    const { ws, header, texts } = await readBack(join(dir, "theo-ke-hoach.xlsx"));
    const headers: string[] = [];
    ws.getRow(header).eachCell((cell) => void headers.push(String(cell.value)));
    expect(headers).toContain("Kế hoạch giao (4)");
    const allotted = ws.getCell(header + 1, headers.indexOf("Kế hoạch giao (4)") + 1).value;
    expect(allotted).toBe(langSon.submitted - 1);
    const note = ws.getCell(header + 1, headers.indexOf("Ghi chú") + 1);
    expect(String(note.value)).toMatch(
      /^Dự toán của PHÒNG TƯ PHÁP THÀNH PHỐ LẠNG SƠN là [\d.]+ đ, vượt số kế hoạch giao/,
    );
    expect(note.fill).toMatchObject({ type: "pattern", fgColor: { argb: "FFFFF2CC" } });
    // A consolidation is made now: the plan's date is not its date.
    expect(texts).toContain("Thanh Hóa, ngày …… tháng …… năm ……");
    const dated = await runCli([
      "consolidate",
      ...files,
      "-o",
      join(dir, "ngay.xlsx"),
      "--plan",
      planFile,
      "--date",
      "2025-07-15",
    ]);
    expect(dated.code).toBe(1);
    expect((await readBack(join(dir, "ngay.xlsx"))).texts).toContain("Thanh Hóa, ngày 15 tháng 7 năm 2025");
  });

  it("reads each workbook as hgcs check does: .xlsm refused, the unit's own plan applied, hidden sheets left out", async () => {
    const desk = join(dir, "ban");
    const total = await writeDeskWorkbook(join(desk, "xa-a", "du-toan.xlsx"), { unnamed: true });
    await writeDeskWorkbook(join(desk, "xa-b", "du-toan.xlsx"), { unnamed: true, hiddenCopy: "Năm trước" });
    await writeDeskWorkbook(join(desk, "lang-son.xlsx"));
    // Lạng Sơn's own plan beside its workbook: another plan's conference days make one error, as check says.
    await copyFile(join(repoRoot, "examples", "plans", "tan-an-2025", "plan.json"), join(desk, "lang-son.plan.json"));
    await copyFile(join(desk, "lang-son.xlsx"), join(desk, "macro.xlsm"));
    const check = await runCli(["check", desk]);
    expect(check.stdout).toMatch(/lang-son\.xlsx — PHÒNG TƯ PHÁP THÀNH PHỐ LẠNG SƠN — .* — 1 lỗi,/);

    const out = join(dir, "ban.xlsx");
    const r = await runCli(["consolidate", desk, "-o", out]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`của 3 đơn vị vào ${out}: tổng cộng ${vnd(3 * total)} đồng.`);
    expect(r.stdout).toMatch(/PHÒNG TƯ PHÁP THÀNH PHỐ LẠNG SƠN \(.*\): [\d.]+ đồng — bảng có 1 lỗi/);
    // Named by their paths in the folder: two communes' du-toan.xlsx are two units, not one sent twice.
    expect(r.stdout).toContain(`  xa-a/du-toan (${join(desk, "xa-a", "du-toan.xlsx")}`);
    expect(r.stdout).toContain(`  xa-b/du-toan (${join(desk, "xa-b", "du-toan.xlsx")}`);
    expect(r.stdout).not.toContain("có thêm bảng dự toán");
    expect(r.stderr).toContain(`Không tổng hợp: ${join(desk, "macro.xlsm")} là sổ làm việc .xlsm`);
    expect(r.stderr).toContain(`Không tổng hợp trang ẩn “Năm trước” của ${join(desk, "xa-b", "du-toan.xlsx")}`);
    const { texts } = await readBack(out);
    expect(texts).toContain(`- ${join(desk, "xa-b", "du-toan.xlsx")}, trang “Năm trước”`);
    expect(texts.some((t) => t.includes("macro.xlsm"))).toBe(true);

    const en = await runCli(["consolidate", desk, "-o", join(dir, "ban-en.xlsx"), "--lang", "en"]);
    expect(en.stdout).toContain("— the sheet has 1 error, figures as submitted");
  });

  it("stops with code 2 when nothing can be consolidated or the arguments are wrong", async () => {
    const none = await runCli(["consolidate", join(dir, "don-vi", "hong.xlsx"), "-o", join(dir, "rong.xlsx")]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("Không có bảng dự toán nào để tổng hợp.");
    await expect(stat(join(dir, "rong.xlsx"))).rejects.toThrow();
    expect((await runCli(["consolidate", join(dir, "don-vi")])).code).toBe(2);
    expect((await runCli(["consolidate", "-o", join(dir, "x.xlsx")])).code).toBe(2);
  });
});
