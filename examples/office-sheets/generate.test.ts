import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectationProblems, readExpectations } from "../../tests/testing/corpusFormat.js";
import { readWorkbook, workbookDifferences as differences } from "../../tests/testing/workbookDiff.js";
import { officeWorkbooks, sheetsDir, writeOfficeSheets } from "./generate.js";

// The committed workbooks are generate.ts's output: regenerating must give the same cells, formats,
// fonts, merges, widths and rows (tests/testing/workbookDiff.ts), and the same set of files.

const xlsxIn = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith(".xlsx"))
    .sort();

describe("the example office workbooks", () => {
  let dir = "";
  let generated: string[] = [];
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "hgcs-office-sheets-"));
    generated = (await writeOfficeSheets(dir)).sort();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("are exactly the workbooks the generator writes: none without a generator, none left uncommitted", () => {
    expect(generated).toEqual(Object.keys(officeWorkbooks).sort());
    expect(xlsxIn(dir)).toEqual(generated);
    expect(xlsxIn(sheetsDir)).toEqual(generated);
  });

  it.each(Object.keys(officeWorkbooks))("%s is what generate.ts writes, cell by cell", async (file) => {
    const committed = await readWorkbook(join(sheetsDir, file));
    const regenerated = await readWorkbook(join(dir, file));
    expect(differences(file, committed, regenerated)).toEqual([]);
  });

  it("a changed cell, width or merge is reported by file, sheet and cell", async () => {
    const file = "du-toan-chuan.xlsx";
    const committed = await readWorkbook(join(sheetsDir, file));
    const changed = await readWorkbook(join(sheetsDir, file));
    const ws = changed.getWorksheet("Dự toán");
    if (!ws) throw new Error("no sheet Dự toán");
    ws.getCell("G13").value = { formula: "D13*F13", result: 33_000_000 };
    ws.getCell("B14").font = { name: "Arial" };
    ws.getColumn(2).width = 30;
    ws.unMergeCells("A28:H28");
    const found = differences(file, committed, changed);
    expect(found).toContainEqual(
      expect.stringMatching(/^du-toan-chuan\.xlsx › Dự toán › G13: committed =D13\*E13\*F13/),
    );
    expect(found).toContainEqual(expect.stringMatching(/› Dự toán › B14: .*Times New Roman.*Arial/));
    expect(found).toContainEqual(expect.stringMatching(/› Dự toán › column 2: width 46 committed, 30 regenerated/));
    expect(found).toContainEqual(expect.stringMatching(/› Dự toán: merges .*A28:H28.* committed/));
  });
});

describe("expected.json", () => {
  const json: unknown = JSON.parse(readFileSync(join(sheetsDir, "expected.json"), "utf8"));

  it("has every field each entry's kind needs, and no others", () => {
    expect(expectationProblems(json)).toEqual([]);
  });

  it("names exactly the generated workbooks, once each", () => {
    const files = readExpectations(sheetsDir).map((e) => e.file);
    expect([...files].sort()).toEqual(Object.keys(officeWorkbooks).sort());
    expect(new Set(files).size).toBe(files.length);
  });

  it("points at sheets the workbooks have, with the total and words cells inside the table", async () => {
    for (const e of readExpectations(sheetsDir)) {
      const wb = await readWorkbook(join(sheetsDir, e.file));
      expect(wb.getWorksheet(e.sheet), `${e.file}: sheet ${e.sheet}`).toBeDefined();
      if (e.kind !== "estimate") continue;
      const [, top, bottom] = /^[A-Z]+(\d+):[A-Z]+(\d+)$/.exec(e.table) ?? [];
      for (const cell of [e.totalCell, e.wordsCell]) {
        const row = Number(/\d+$/.exec(cell)?.[0]);
        expect(row >= Number(top) && row <= Number(bottom), `${e.file}: ${cell} in ${e.table}`).toBe(true);
      }
    }
  });

  describe("the schema check", () => {
    const entries = () => structuredClone(json) as Record<string, unknown>[];
    const problemsWithout = (file: string, field: string) => {
      const all = entries();
      const entry = all.find((e) => e.file === file);
      if (!entry) throw new Error(`no entry ${file}`);
      delete entry[field];
      return expectationProblems(all);
    };

    it.each([
      ["du-toan-chuan.xlsx", "table"],
      ["du-toan-chuan.xlsx", "scale"],
      ["du-toan-chuan.xlsx", "totalCell"],
      ["du-toan-chuan.xlsx", "wordsCell"],
      ["du-toan-chuan.xlsx", "expect"],
      ["du-toan-chuan.xlsx", "allow"],
      ["du-toan-chuan.xlsx", "unexpected"],
      ["du-toan-chuan.xlsx", "about"],
      ["danh-sach-dai-bieu.xlsx", "series"],
      ["danh-sach-ho-tro.xlsx", "plan"],
      ["phan-phoi-to-gap.xlsx", "expectedCopies"],
      ["lich-hoi-nghi.xlsx", "sheet"],
    ])("fails on %s without %s", (file, field) => {
      expect(problemsWithout(file, field)).toContainEqual(expect.stringContaining(`${file}: ${field}`));
    });

    it("fails on a field set to undefined, an unknown field, a wrong kind and a malformed finding", () => {
      const all = entries();
      const [chuan, coLoi, tcvn3] = all;
      if (!chuan || !coLoi || !tcvn3) throw new Error("too few entries");
      chuan.table = undefined;
      chuan.total = 1;
      coLoi.allow = [{ code: "subtotal.mismatch", cell: "G12" }];
      tcvn3.kind = "budget";
      const problems = expectationProblems(all);
      expect(problems).toContain('du-toan-chuan.xlsx: table is required for kind "estimate"');
      expect(problems).toContain('du-toan-chuan.xlsx: total is not a field of kind "estimate"');
      expect(problems).toContain("du-toan-co-loi.xlsx: allow[0].why must say why the finding is acceptable");
      expect(problems).toContainEqual(expect.stringContaining("phong-tu-phap-tcvn3.xlsx: kind must be one of"));
      expect(expectationProblems({})).toEqual(["expected.json: not an array"]);
    });

    it("keeps the words after fill without “đồng”", () => {
      const all = entries();
      const entry = all.find((e) => e.file === "chua-dien.xlsx") as { afterFill: { words: string } } | undefined;
      if (!entry) throw new Error("no chua-dien entry");
      entry.afterFill.words += " đồng";
      expect(expectationProblems(all)).toContain('chua-dien.xlsx: afterFill.words must leave out "đồng"');
    });
  });
});
