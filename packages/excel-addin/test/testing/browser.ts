// Serves a built add-in on 127.0.0.1 and opens its task pane in Debian's Chromium, with office.js
// replaced by the fake (bundled from test/testing/fake) over a given workbook.
import { createReadStream, existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, normalize } from "node:path";
import * as esbuild from "esbuild";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import type { FakeOfficeTheme } from "./fake/fakeExcel.js";
import type { FakeWorkbookData } from "./fake/fakeWorkbook.js";

const types: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".png": "image/png",
  ".xml": "application/xml",
};

/** A static file server for dist/ (only GET of files under the root). */
export async function serve(root: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname)).replace(
      /^(\.\.[/\\])+/,
      "",
    );
    const file = join(root, path);
    if (!file.startsWith(root) || !existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** The fake office.js: the stub bundle, preceded by the workbook data. */
export async function officeStub(data: FakeWorkbookData, language = "vi-VN", theme?: FakeOfficeTheme): Promise<string> {
  const result = await esbuild.build({
    entryPoints: [join(import.meta.dirname, "fake", "browserStub.ts")],
    bundle: true,
    format: "iife",
    write: false,
    conditions: ["@hgcs/source"],
    target: ["es2020"],
  });
  const js = result.outputFiles[0]?.text ?? "";
  const themed = theme ? `globalThis.__HGCS_FAKE_THEME__ = ${JSON.stringify(theme)};\n` : "";
  return `globalThis.__HGCS_FAKE_DATA__ = ${JSON.stringify(data)};\nglobalThis.__HGCS_FAKE_LANGUAGE__ = ${JSON.stringify(language)};\n${themed}${js}`;
}

/** Headless Chromium with a throw-away profile; nothing reaches the network. */
export async function openBrowser(): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), "hgcs-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    viewport: { width: 360, height: 900 },
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-quic",
      "--no-first-run",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Opens the task pane with office.js answered by the stub; any other outside request is refused. Ready when
 * `ready` shows (by default the estimate's check, enabled once the open sheet has been inspected).
 */
export async function openTaskpane(
  context: BrowserContext,
  base: string,
  stub: string,
  ready = '[data-action="check"]:not([disabled])',
): Promise<Page> {
  const page = await context.newPage();
  // Playwright tries the most recently added route first: the refusal goes in first.
  await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
  await page.route("https://appsforoffice.microsoft.com/**", (route) =>
    route.fulfill({ contentType: "text/javascript", body: stub }),
  );
  await page.goto(`${base}/taskpane.html`);
  await page.waitForSelector(ready);
  return page;
}
