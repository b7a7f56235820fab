import { spawn } from "node:child_process";
import { copyFile, mkdir, mkdtemp, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { run } from "@hgcs/cli";
import { officeSheetsDir } from "../testing/fixtures.js";
import { cliBin, ensureCliBuilt, runCli } from "../testing/runCli.js";
import { makeUnitFolder, thanhHoaPlan } from "../testing/unitFolder.js";

let dir = "";
let expected: Awaited<ReturnType<typeof makeUnitFolder>> = [];

beforeAll(async () => {
  ensureCliBuilt();
  dir = await mkdtemp(join(tmpdir(), "hgcs-batch-"));
  expected = await makeUnitFolder(dir);
}, 300_000);

/** The built CLI's summary lines: those before the closing counts. */
const summaryOf = (stdout: string) => stdout.split("\n\n")[0]?.split("\n") ?? [];

/** `hgcs check` run in this process, from the sources (the files are then checked in this thread). */
async function runHere(args: string[], options: { stderrColumns?: number } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(args, {
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    env: {},
    ...options,
  });
  return { code, stdout: out.join(""), stderr: err.join("") };
}

describe("hgcs check on a folder of unit workbooks", () => {
  it("prints one summary line per workbook in folder order, skipping lock files and hgcs's own reports; exit 1", async () => {
    const r = await runCli(["check", dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("");
    const lines = summaryOf(r.stdout);
    expect(lines.map((l) => l.split(" — ")[0])).toEqual(expected.map((e) => join(dir, e.file)));
    for (const [i, e] of expected.entries()) {
      const line = lines[i] ?? "";
      if (e.expect === "failed") expect(line).toContain("không kiểm tra được");
      else expect(line).toMatch(e.expect === "clean" ? / — 0 lỗi, / : / — [1-9]\d* lỗi, /);
    }
    expect(lines[0]).toBe(
      `${join(dir, "01-so-tu-phap.xlsx")} — SỞ TƯ PHÁP TỈNH THANH HÓA — trang “Dự toán” — 568.750.000 đồng — 0 lỗi, 0 cảnh báo, 0 dòng vượt mức — không đối chiếu kế hoạch`,
    );
    expect(lines[5]).toContain("lưu lại dưới dạng .xlsx");
    expect(lines[6]).toContain("lưu lại dưới dạng .xlsx");
    expect(lines[7]).toContain("mật khẩu");
    expect(lines[8]).toContain("PHÒNG TƯ PHÁP HUYỆN NGỌC LẶC");
    expect(lines[8]).toContain("1 dòng vượt mức");
    expect(lines[8]).toContain(`theo kế hoạch ${join(dir, "xa", "ngoc-lac.plan.json")}`);
    expect(r.stdout).toContain(
      "Đã xem 9 tệp: 2 không có lỗi, 3 có lỗi, 4 không kiểm tra được. Bỏ qua 1 tệp do hgcs ghi ra",
    );
    expect(r.stdout).not.toContain("bao-cao.xlsx");
    expect(r.stdout).not.toContain("~$");
    // Then the findings of each checked workbook, as a single check prints them.
    expect(r.stdout).toContain(
      `Chi tiết:\n${join(dir, "01-so-tu-phap.xlsx")}\n  Trang “Dự toán” — bảng dự toán A10:H28`,
    );
  }, 120_000);

  it("gives the same output whatever the number of worker threads, and from the sources in this process", async () => {
    const parallel = await runCli(["check", dir, "--lang", "en"]);
    const three = await runCli(["check", dir, "--lang", "en"], { env: { HGCS_WORKERS: "3" } });
    const one = await runCli(["check", dir, "--lang", "en"], { env: { HGCS_WORKERS: "1" } });
    const here = await runHere(["check", dir, "--lang", "en"]);
    expect(three.stdout).toBe(parallel.stdout);
    expect(one.stdout).toBe(parallel.stdout);
    expect(here.stdout).toBe(parallel.stdout);
    expect([parallel.code, three.code, one.code, here.code]).toEqual([1, 1, 1, 1]);
  }, 120_000);

  it("writes JSON Lines: one compact document per workbook, an error for a file it could not read", async () => {
    const r = await runCli(["check", dir, "--format", "json"]);
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(expected.length);
    const docs = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(docs.map((d) => d.file)).toEqual(expected.map((e) => join(dir, e.file)));
    for (const [i, e] of expected.entries()) {
      const doc = docs[i] ?? {};
      expect(Object.keys(doc).slice(0, 3)).toEqual(["file", "sheets", "findings"]);
      if (e.expect === "failed")
        expect(doc.error).toMatchObject({ code: expect.any(String), message: expect.any(String) });
      else expect(doc.error).toBeUndefined();
    }
    expect((docs[5]?.error as { code: string }).code).toBe("file.old_xls");
    expect((docs[7]?.error as { code: string }).code).toBe("file.encrypted");
    expect(docs[0]?.sheets).toMatchObject([
      { name: "Dự toán", unit: "SỞ TƯ PHÁP TỈNH THANH HÓA", totalDong: 568_750_000 },
    ]);
    // The unit's own plan beside its workbook applies there, and only there.
    expect(docs.map((d) => d.plan)).toEqual(
      expected.map((e) => (e.file === "xa/ngoc-lac.xlsx" ? join(dir, "xa", "ngoc-lac.plan.json") : null)),
    );
  }, 120_000);

  it("applies --plan to the workbooks of its issuer only, and says so", async () => {
    const r = await runCli(["check", dir, "--plan", thanhHoaPlan, "--format", "json"]);
    const plans = r.stdout
      .trimEnd()
      .split("\n")
      .map((l) => (JSON.parse(l) as { plan: string | null }).plan);
    const own = join(dir, "xa", "ngoc-lac.plan.json");
    expect(plans).toEqual([thanhHoaPlan, thanhHoaPlan, thanhHoaPlan, null, null, null, null, null, own]);
    const text = await runCli(["check", dir, "--plan", thanhHoaPlan]);
    expect(text.stdout).toContain(
      `Kế hoạch ${thanhHoaPlan} (của Sở Tư pháp, UBND tỉnh Thanh Hóa) áp dụng cho 3 tệp của đơn vị đó`,
    );
  }, 120_000);

  it("exits 0 when no file has an error, 2 when nothing could be read, and keeps one file's output as it was", async () => {
    const good = join(dir, "..", `${dir.split("/").at(-1)}-good`);
    await mkdir(join(good, "a"), { recursive: true });
    await copyFile(join(officeSheetsDir, "du-toan-chuan.xlsx"), join(good, "a", "x.xlsx"));
    await copyFile(join(officeSheetsDir, "chua-dien.xlsx"), join(good, "y.xlsx"));
    expect((await runHere(["check", good])).code).toBe(0);
    // Several files named one by one are a batch too, in the order given.
    const two = await runHere(["check", join(good, "y.xlsx"), join(good, "a", "x.xlsx"), "--format", "json"]);
    expect(
      two.stdout
        .trimEnd()
        .split("\n")
        .map((l) => (JSON.parse(l) as { file: string }).file),
    ).toEqual([join(good, "y.xlsx"), join(good, "a", "x.xlsx")]);
    const bad = join(dir, "..", `${dir.split("/").at(-1)}-bad`);
    await mkdir(bad, { recursive: true });
    await writeFile(join(bad, "rong.xlsx"), "");
    const none = await runHere(["check", bad, join(bad, "khong-co.xlsx")]);
    expect(none.code).toBe(2);
    expect(none.stdout).toContain("không kiểm tra được: Không tìm thấy tệp");
    const empty = join(dir, "..", `${dir.split("/").at(-1)}-empty`);
    await mkdir(empty, { recursive: true });
    const nothing = await runHere(["check", empty]);
    expect(nothing).toMatchObject({ code: 2, stdout: "" });
    expect(nothing.stderr).toContain("Không có sổ làm việc nào (.xlsx)");
    // A single workbook: today's output, byte for byte.
    const single = await runHere(["check", join(good, "y.xlsx")]);
    expect(single.stdout.startsWith(`${join(good, "y.xlsx")}\n  Trang “Dự toán” — bảng dự toán`)).toBe(true);
  }, 120_000);

  it("prints an input that cannot be listed where it was given, among the files' lines", async () => {
    const missing = join(dir, "khong-co.xlsx");
    const first = join(dir, "01-so-tu-phap.xlsx");
    const last = join(dir, "xa", "ngoc-lac.xlsx");
    const r = await runHere(["check", first, missing, last]);
    expect(summaryOf(r.stdout).map((l) => l.split(" — ")[0])).toEqual([first, missing, last]);
    const json = await runHere(["check", missing, first, "--format", "json"]);
    const files = json.stdout
      .trimEnd()
      .split("\n")
      .map((l) => (JSON.parse(l) as { file: string }).file);
    expect(files).toEqual([missing, first]);
  }, 120_000);

  it("writes the report even when stdout is closed early (`| head`), exiting as if all were read", async () => {
    const report = join(dir, "..", `${dir.split("/").at(-1)}-head.xlsx`);
    const child = spawn(process.execPath, [cliBin, "check", dir, "--report", report], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    // The reader goes away at once, as `head -3` does after its lines.
    child.stdout.destroy();
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((done) => child.on("close", done));
    expect(stderr).toBe("");
    expect(code).toBe(1);
    expect((await stat(report)).size).toBeGreaterThan(0);
  }, 120_000);

  it("draws a progress bar on a terminal's stderr only, never with --quiet", async () => {
    const tty = await runHere(["check", dir, "--format", "json"], { stderrColumns: 80 });
    expect(tty.stderr).toContain("\r[");
    // Ten files listed: the report hgcs wrote is known for one only once read.
    expect(tty.stderr).toContain(" 9/10 ");
    expect(tty.stderr.endsWith("\r\u001b[K")).toBe(true);
    expect(tty.stdout).not.toContain("\r");
    expect((await runHere(["check", dir, "--quiet"], { stderrColumns: 80 })).stderr).toBe("");
    expect((await runHere(["check", dir])).stderr).toBe("");
  }, 120_000);

  it("writes the findings report with --report, never over a file without --force, and skips it next time", async () => {
    const report = join(dir, "bao-cao-kiem-tra.xlsx");
    const r = await runHere(["check", dir, "--report", report, "--quiet"]);
    expect(r.code).toBe(1);
    expect(r.stdout.endsWith(`Đã ghi báo cáo ${report}.\n`)).toBe(true);
    const again = await runHere(["check", dir, "--report", report, "--format", "json"]);
    expect(again).toMatchObject({ code: 2, stdout: "" });
    expect(again.stderr).toContain("--force");
    // The report sits in the folder now: marked as hgcs's own, it is skipped like the other one.
    const forced = await runHere(["check", dir, "--report", report, "--force", "--format", "json"]);
    expect(forced.code).toBe(1);
    expect(forced.stdout.trimEnd().split("\n")).toHaveLength(expected.length);
    expect(forced.stderr).toBe(`Đã ghi báo cáo ${report}.\n`);
    const single = await runHere(["check", join(dir, "01-so-tu-phap.xlsx"), "--report", `${dir}-mot.xlsx`]);
    expect(single.code).toBe(0);
    expect(single.stdout).toContain("01-so-tu-phap.xlsx — SỞ TƯ PHÁP TỈNH THANH HÓA");
  }, 120_000);
});
