// Dev loop: builds dist/, serves it on https://localhost:3000 and rebuilds when src/ or manifest/ change.
// Certificates: the ones `npx office-addin-dev-certs install` made (trusted on this machine) if present,
// otherwise a fresh pair in .certs/ made by office-addin-dev-certs' generator, which never touches the
// system trust store (trust it on the machine that runs Excel; see the README).
import { existsSync, mkdirSync, readFileSync, watch } from "node:fs";
import { createServer } from "node:https";
import { homedir } from "node:os";
import { dirname, extname, join, normalize, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { generateCertificates } from "office-addin-dev-certs/lib/generate.js";
import { build } from "./build.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
const port = Number(process.env.PORT ?? 3000);
const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".png": "image/png",
  ".xml": "application/xml",
};

async function certificates() {
  const installed = join(homedir(), ".office-addin-dev-certs");
  if (existsSync(join(installed, "localhost.crt")) && existsSync(join(installed, "localhost.key"))) return installed;
  const local = join(root, ".certs");
  if (!existsSync(join(local, "localhost.crt"))) {
    mkdirSync(local, { recursive: true });
    await generateCertificates(join(local, "ca.crt"), join(local, "localhost.crt"), join(local, "localhost.key"), 30, [
      "127.0.0.1",
      "localhost",
    ]);
    console.log(`excel-addin: generated a development CA and certificate in ${local} (not trusted anywhere yet)`);
  }
  return local;
}

const certDir = await certificates();
await build();
const server = createServer(
  { cert: readFileSync(join(certDir, "localhost.crt")), key: readFileSync(join(certDir, "localhost.key")) },
  (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? "/", "https://localhost").pathname));
    const file = join(dist, path === "/" ? "taskpane.html" : path);
    if (!file.startsWith(dist) || !existsSync(file)) return void res.writeHead(404).end("not found");
    // Office caches add-in files hard; the dev server asks it not to.
    res.writeHead(200, {
      "content-type": types[extname(file)] ?? "application/octet-stream",
      "cache-control": "no-store",
    });
    res.end(readFileSync(file));
  },
);
server.listen(port, "localhost", () => {
  console.log(
    `excel-addin: serving ${dist} on https://localhost:${port}/ (manifest: https://localhost:${port}/manifest.xml)`,
  );
  console.log(
    `excel-addin: certificate from ${certDir}; trust its CA where Excel runs: npx office-addin-dev-certs install`,
  );
});

let timer;
for (const dir of ["src", "manifest"]) {
  watch(join(root, dir), { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(() => build().catch((error) => console.error(error.message)), 200);
  });
}
