import { readFileSync } from "node:fs";
import { chmod } from "node:fs/promises";
import { defineConfig } from "tsup";

// One ESM build: the `hgcs` bundle (dist/hgcs.js, which bin/hgcs.mjs runs; its shebang kept from src/bin.ts so
// it also runs directly) and the library entries.
// @hgcs/core is bundled from its TypeScript source (the "@hgcs/source" condition), so the CLI never waits
// for a core build; exceljs stays an ordinary runtime dependency.
const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };
// scripts/hgcs.mjs builds into a fresh directory and swaps it in, so a running test never sees half a dist.
const outDir = process.env.HGCS_OUT_DIR ?? "dist";

export default defineConfig({
  // batchWorker: the worker thread of a batch check (src/batch/pool.ts starts it from beside the bundle).
  entry: {
    hgcs: "src/bin.ts",
    index: "src/index.ts",
    "xlsx/index": "src/xlsx/index.ts",
    batchWorker: "src/batch/worker.ts",
  },
  format: ["esm"],
  outDir,
  platform: "node",
  target: "node20",
  dts: { entry: { index: "src/index.ts", "xlsx/index": "src/xlsx/index.ts" } },
  clean: true,
  sourcemap: false,
  define: { __HGCS_VERSION__: JSON.stringify(version) },
  noExternal: ["@hgcs/core"],
  external: ["exceljs"],
  esbuildOptions(options) {
    options.conditions = ["@hgcs/source"];
  },
  async onSuccess() {
    await chmod(`${outDir}/hgcs.js`, 0o755);
  },
});
