import { defineConfig } from "tsup";

// One entry per public entry point of package.json "exports": the root and each domain's subpath
// (dist/index.js, dist/words.js, …); shared code goes into chunks.
const subpaths = [
  "budget",
  "consolidation",
  "dates",
  "distribution",
  "findings",
  "lists",
  "money",
  "norms",
  "plan",
  "schedule",
  "sheet",
  "text",
  "words",
];

export default defineConfig({
  entry: { index: "src/index.ts", ...Object.fromEntries(subpaths.map((s) => [s, `src/${s}/index.ts`])) },
  format: ["esm"],
  dts: true,
  clean: true,
  sourcemap: true,
  target: "es2022",
});
