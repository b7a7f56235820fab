// Builds the add-in into dist/: task pane (html, css, js), ribbon commands, custom functions (js + functions.json
// from JSDoc), icons, and the manifests (dev on https://localhost:3000, production on the configured base URL).
// Run: node scripts/build.mjs   (production base URL: HGCS_ADDIN_BASE_URL or package.json config.productionBaseUrl)
import { copyFile, mkdir, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata/lib/generate.js";
import * as esbuild from "esbuild";
import { OfficeAddinManifest } from "office-addin-manifest";
import { writeGuide } from "./guide.mjs";
import { iconPng, iconSizes } from "./icons.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
/** The base URL of the dev manifest; the production manifest swaps it for the configured one. */
export const devBaseUrl = "https://localhost:3000";

/** Builds dist/ and returns what the size check and the tests need. */
export async function build({ outDir = join(root, "dist"), productionBaseUrl, quiet = false } = {}) {
  const pkg = JSON.parse(await readFile(join(root, "package.json"), "utf8"));
  const prodBase = trimSlash(productionBaseUrl ?? process.env.HGCS_ADDIN_BASE_URL ?? pkg.config.productionBaseUrl);
  if (!prodBase.startsWith("https://")) throw new Error(`production base URL must be https: ${prodBase}`);

  await rm(outDir, { recursive: true, force: true });
  await mkdir(join(outDir, "assets"), { recursive: true });

  const meta = await generateCustomFunctionsMetadata(join(root, "src/functions/functions.ts"));
  if (meta.errors.length > 0) throw new Error(`custom-functions-metadata:\n${meta.errors.join("\n")}`);
  await writeFile(join(outDir, "functions.json"), meta.metadataJson);

  await esbuild.build({
    absWorkingDir: root,
    entryPoints: {
      taskpane: "src/taskpane/taskpane.ts",
      commands: "src/commands/commands.ts",
      functions: "src/functions/functions.ts",
    },
    outdir: outDir,
    bundle: true,
    splitting: true,
    format: "esm",
    chunkNames: "chunks/[name]-[hash]",
    target: ["es2020"],
    minify: true,
    sourcemap: false,
    legalComments: "none",
    conditions: ["@hgcs/source"],
    plugins: [zodEnglishLocaleOnly],
    logLevel: "warning",
  });

  for (const file of ["taskpane.html", "taskpane.css"])
    await copyFile(join(root, "src/taskpane", file), join(outDir, file));
  await copyFile(join(root, "src/support.html"), join(outDir, "support.html"));
  await writeGuide(join(root, "..", "..", "docs"), outDir);
  for (const size of iconSizes) await writeFile(join(outDir, "assets", `icon-${size}.png`), iconPng(size));

  const version = manifestVersion(pkg.version);
  const template = await readFile(join(root, "manifest/manifest.xml"), "utf8");
  const stamped = stampVersion(template, version);
  await writeFile(join(outDir, "manifest.prod.xml"), stamped.replaceAll(devBaseUrl, prodBase));
  await writeFile(join(outDir, "manifest.xml"), stamped);
  // office-addin-manifest (offline): read the production manifest back, and give the dev one its own id and
  // name so a developer can keep both installed (Microsoft's per-environment manifest guidance).
  const info = await OfficeAddinManifest.readManifestFile(join(outDir, "manifest.prod.xml"));
  const devInfo = await OfficeAddinManifest.modifyManifestFile(
    join(outDir, "manifest.xml"),
    pkg.config.devAddinId,
    `${info.displayName} (dev)`,
  );
  for (const m of [info, devInfo])
    if (m.version !== version) throw new Error(`manifest version ${m.version} ≠ ${version}`);

  const js = await taskpaneScripts(outDir);
  const gzipBytes = js.reduce((sum, b) => sum + gzipSync(b).length, 0);
  if (!quiet) {
    console.log(`excel-addin: dist ready (manifest ${info.version}, production ${prodBase})`);
    console.log(`excel-addin: task pane JS ${(gzipBytes / 1024).toFixed(1)} KB gzipped (office.js excluded)`);
  }
  return { outDir, version, prodBase, gzipBytes, ids: { prod: info.id, dev: devInfo.id } };
}

/**
 * zod's namespace object re-exports all ~40 of its message locales (~60 KB gzipped) and a namespace cannot be
 * tree-shaken. Core never reads them (findings carry their own messages), so the bundle keeps English only.
 */
const zodEnglishLocaleOnly = {
  name: "zod-english-locale-only",
  setup(b) {
    b.onResolve({ filter: /\/locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]v4[\\/]/.test(args.importer)
        ? { path: resolve(dirname(args.importer), "../locales/en.js"), namespace: "zod-locales" }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: "zod-locales" }, (args) => ({
      contents: `export { default as en } from ${JSON.stringify(args.path)};`,
      resolveDir: dirname(args.path),
    }));
  },
};

/** Every script the task pane page loads: its entries and the shared chunks (office.js comes from the CDN). */
async function taskpaneScripts(outDir) {
  const files = ["taskpane.js", "commands.js", "functions.js"].map((f) => join(outDir, f));
  for (const f of await readdir(join(outDir, "chunks"))) files.push(join(outDir, "chunks", f));
  return Promise.all(files.map((f) => readFile(f)));
}

/** "0.1.0" → "0.1.0.0": Office wants four numeric parts. */
export function manifestVersion(semver) {
  const parts = semver
    .split(/[.+-]/)
    .slice(0, 3)
    .map((p) => String(Number.parseInt(p, 10) || 0));
  while (parts.length < 4) parts.push("0");
  return parts.join(".");
}

function stampVersion(xml, version) {
  return xml.replace(/<Version>[^<]*<\/Version>/, `<Version>${version}</Version>`);
}

function trimSlash(url) {
  return url.replace(/\/+$/, "");
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  await build();
}
