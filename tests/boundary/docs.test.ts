// The repository documents what its code relies on: every finding code and every built-in legal cap has its
// row in docs/, so the docs cannot fall behind the catalogue or the norms table unnoticed.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { defaultNorms } from "@hgcs/core";
import { findingCodes } from "@hgcs/core/findings";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../testing/fixtures.js";

const doc = (name: string) => readFileSync(join(repoRoot, "docs", name), "utf8");
const tableRows = (text: string) => text.split("\n").filter((line) => line.startsWith("| `"));
/** The table rows whose first cell is `key`. */
const rowsFor = (rows: readonly string[], key: string) => rows.filter((row) => row.startsWith(`| \`${key}\` |`));

describe("docs/", () => {
  it("findings.md has one table row for every finding code, and none for a code that does not exist", () => {
    const rows = tableRows(doc("findings.md"));
    for (const code of findingCodes) expect(rowsFor(rows, code), code).toHaveLength(1);
    const documented = rows.map((row) => /^\| `([a-z_]+\.[a-z_]+)` \|/.exec(row)?.[1]).filter((c) => c !== undefined);
    expect(documented.filter((c) => !(findingCodes as readonly string[]).includes(c))).toEqual([]);
  });

  it("legal-norms.md lists every built-in cap row with its status", () => {
    const rows = tableRows(doc("legal-norms.md"));
    for (const norm of defaultNorms) {
      const [row] = rowsFor(rows, norm.key);
      expect(row, norm.key).toBeDefined();
      expect(row?.trimEnd().endsWith(`| ${norm.status} |`), `${norm.key}: ${norm.status}`).toBe(true);
    }
  });
});
