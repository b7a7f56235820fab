#!/usr/bin/env node
// The `hgcs` command. Committed beside the build rather than pointing "bin" at dist/hgcs.js, so pnpm can
// link the command on a fresh clone before anything is built; it runs the bundle, or says to build it.
import { existsSync } from "node:fs";

const bundle = new URL("../dist/hgcs.js", import.meta.url);
if (!existsSync(bundle)) {
  process.stderr.write("Chưa build hgcs: chạy pnpm build / hgcs is not built: run pnpm build\n");
  process.exit(2);
}
await import(bundle.href);
