// The API report of @hgcs/core: every name each public entry point (package.json "exports") exports, and whether
// it is a value or a type, read by the TypeScript compiler from the entry files.
//   node scripts/api-report.mjs           print the report
//   node scripts/api-report.mjs --write   rewrite api-report.md (pnpm --filter @hgcs/core api:update)
// tests/boundary/apiReport.test.ts fails when the exports differ from the committed api-report.md.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const coreDir = join(dirname(fileURLToPath(import.meta.url)), "..");
export const reportFile = join(coreDir, "api-report.md");

/** The entry points: specifier ("@hgcs/core", "@hgcs/core/words", …) and source file. */
function entryPoints() {
  const pkg = JSON.parse(readFileSync(join(coreDir, "package.json"), "utf8"));
  return Object.entries(pkg.exports)
    .filter(([, target]) => typeof target === "object")
    .map(([key, target]) => ({
      specifier: key === "." ? pkg.name : `${pkg.name}/${key.slice(2)}`,
      file: join(coreDir, target["@hgcs/source"]),
    }));
}

/** "value", "type" or "value, type" (a name that is both, such as a const and a type of one name). */
function kindOf(checker, symbol) {
  const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  const kinds = [];
  if (target.flags & ts.SymbolFlags.Value) kinds.push("value");
  if (target.flags & ts.SymbolFlags.Type) kinds.push("type");
  const external = (target.declarations ?? []).some((d) => d.getSourceFile().fileName.includes("/node_modules/"));
  return kinds.join(", ") + (external ? " (from a dependency)" : "");
}

export function apiReport() {
  const entries = entryPoints();
  const configFile = ts.findConfigFile(coreDir, ts.sys.fileExists, "tsconfig.json");
  const { config } = ts.readConfigFile(configFile, ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, coreDir);
  const program = ts.createProgram(
    entries.map((e) => e.file),
    options,
  );
  const checker = program.getTypeChecker();
  const lines = [
    "# @hgcs/core API report",
    "",
    "Every name each entry point exports, and whether it is a value or a type. Generated from the entry files by",
    "`scripts/api-report.mjs`; after changing an entry, run `pnpm --filter @hgcs/core api:update` and commit the",
    "difference (tests/boundary/apiReport.test.ts fails while this file and the exports differ).",
  ];
  for (const { specifier, file } of entries) {
    const source = program.getSourceFile(file);
    if (!source) throw new Error(`no source file ${file}`);
    const moduleSymbol = checker.getSymbolAtLocation(source);
    const exported = moduleSymbol ? checker.getExportsOfModule(moduleSymbol) : [];
    const rows = exported
      .map((symbol) => ({ name: symbol.getName(), kind: kindOf(checker, symbol) }))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const values = rows.filter((r) => r.kind.startsWith("value")).length;
    const types = rows.filter((r) => r.kind.includes("type")).length;
    lines.push("", `## \`${specifier}\` — ${values} values, ${types} types`, "", "| name | kind |", "|---|---|");
    for (const { name, kind } of rows) lines.push(`| \`${name}\` | ${kind} |`);
  }
  return `${lines.join("\n")}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const report = apiReport();
  if (process.argv.includes("--write")) writeFileSync(reportFile, report);
  else process.stdout.write(report);
}
