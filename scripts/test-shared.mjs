// `pnpm test:shared`: the conformance run — the reference fixture set in ../shared/fixtures (beside the
// clone, never part of it) through the project's corpus runner, and LibreOffice recomputing what fill writes.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { must, vitestRuns } from "./vitestRuns.mjs";

const reference = fileURLToPath(new URL("../../shared/fixtures/expected.json", import.meta.url));
if (!existsSync(reference)) {
  console.error(`No conformance set at ${reference}: pnpm test:shared runs beside a copy of shared/.`);
  process.exit(2);
}
must("node", ["scripts/system-deps.mjs"]);
must("pnpm", ["build"]);
const runs = vitestRuns();
runs.vitest("conformance", ["--mode", "conformance"], { TZ: "UTC" });
runs.close();
