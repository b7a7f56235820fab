// Builds the add-in once per test file into a temporary directory (never the developer's dist/).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface BuiltAddin {
  readonly outDir: string;
  readonly version: string;
  readonly prodBase: string;
  readonly gzipBytes: number;
  readonly ids: { readonly prod: string; readonly dev: string };
}

export const productionBaseUrl = "https://hgcs.example.test/addin";

/** Removes a build made by buildAddin. */
export function removeBuild(built: BuiltAddin | undefined): void {
  if (built) rmSync(join(built.outDir, ".."), { recursive: true, force: true });
}

/** Runs scripts/build.mjs into a fresh temp dir. */
export async function buildAddin(): Promise<BuiltAddin> {
  // @ts-expect-error -- the build script is plain ESM JavaScript without types.
  const { build } = (await import("../../scripts/build.mjs")) as { build: (o: object) => Promise<BuiltAddin> };
  return build({ outDir: join(mkdtempSync(join(tmpdir(), "hgcs-addin-")), "dist"), productionBaseUrl, quiet: true });
}
