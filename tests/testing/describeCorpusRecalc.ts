// For the corpus sheets with nothing computed yet: `hgcs fill` writes the workbook, LibreOffice recomputes it,
// and the total and words read back equal the hand-written expectation — a real spreadsheet engine, not core.
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseVietnameseWords } from "@hgcs/core";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { repoRoot } from "./fixtures.js";
import { recalculate } from "./recalc.js";
import { ensureCliBuilt, runCli } from "./runCli.js";
import type { SheetCorpus } from "./sheetCorpus.js";

/** The computed value of a formula cell as LibreOffice wrote it back. */
export function cellResult(ws: ExcelJS.Worksheet, address: string): unknown {
  const v = ws.getCell(address).value;
  return v && typeof v === "object" && "formula" in v ? v.result : v;
}

/** Registers one LibreOffice test per corpus entry that names its total after fill. */
export function describeCorpusRecalc(corpus: SheetCorpus): void {
  const toFill = corpus.entries.filter((e) => e.afterFill !== undefined);
  if (toFill.length === 0) throw new Error(`${corpus.name}: no sheet names its total after fill`);
  let dir = "";
  beforeAll(async () => {
    ensureCliBuilt();
    dir = await mkdtemp(join(tmpdir(), "hgcs-lo-corpus-"));
  }, 300_000);

  describe.each(toFill)(`${corpus.name}: LibreOffice recomputes hgcs fill of $file`, (entry) => {
    it("the total and the words equal the expectation", async () => {
      const afterFill = entry.afterFill;
      if (!afterFill || !entry.totalCell || !entry.wordsCell) throw new Error(`${entry.file}: no afterFill`);
      const out = join(dir, entry.file);
      const plan = entry.plan ? ["--plan", join(repoRoot, entry.plan)] : [];
      const r = await runCli(["fill", join(corpus.dir, entry.file), "-o", out, "--sheet", entry.sheet, ...plan]);
      expect(r.stderr).toBe("");
      expect(r.code).toBe(0);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(await recalculate(out));
      const ws = wb.getWorksheet(entry.sheet);
      if (!ws) throw new Error(`${entry.file}: no sheet ${entry.sheet} after recalculation`);
      expect(cellResult(ws, entry.totalCell)).toBe(afterFill.total);
      const words = String(ws.getCell(entry.wordsCell).value).normalize("NFC");
      expect(words.toLowerCase()).toContain(`${afterFill.words} đồng`);
      expect(parseVietnameseWords(words)).toEqual({ ok: true, value: BigInt(afterFill.total * (entry.scale ?? 1)) });
    }, 120_000);
  });
}
