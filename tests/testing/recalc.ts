import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);

/** Where LibreOffice is, or undefined when it is not installed. */
export const soffice: string | undefined = ["/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice"].find((p) =>
  existsSync(p),
);

// LibreOffice's default for .xlsx is OOXMLRecalcMode = 1 ("never recalculate"): it would show the
// cached results it finds. A private profile with both recalc modes at 0 ("always") makes it compute
// every formula on load, so what it writes back is its own arithmetic.
const registry = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

const profiles = new Map<string, Promise<string>>();

/** A private LibreOffice profile for this test worker (LibreOffice locks a profile while it runs). */
function profileDir(): Promise<string> {
  const worker = process.env.VITEST_POOL_ID ?? process.env.VITEST_WORKER_ID ?? "0";
  const key = `${process.pid}-${worker}`;
  let dir = profiles.get(key);
  if (!dir) {
    dir = (async () => {
      const root = await mkdtemp(join(tmpdir(), `hgcs-lo-${key}-`));
      await mkdir(join(root, "user"), { recursive: true });
      await writeFile(join(root, "user", "registrymodifications.xcu"), registry);
      return root;
    })();
    profiles.set(key, dir);
  }
  return dir;
}

/**
 * Opens a workbook in headless LibreOffice Calc, recalculates every formula and saves it as .xlsx in
 * a fresh directory; returns the path of the recalculated copy (read it with ExcelJS: formula cells
 * come back as { formula, result } with LibreOffice's results).
 */
export async function recalculate(file: string): Promise<string> {
  if (!soffice) throw new Error("LibreOffice (soffice) is not installed");
  const profile = await profileDir();
  const outDir = await mkdtemp(join(tmpdir(), "hgcs-recalc-"));
  await run(
    soffice,
    [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      "--headless",
      "--norestore",
      "--nologo",
      "--nodefault",
      "--convert-to",
      "xlsx:Calc MS Excel 2007 XML",
      "--outdir",
      outDir,
      file,
    ],
    { timeout: 120_000 },
  );
  const out = join(outDir, basename(file).replace(/\.[^.]+$/, "") + ".xlsx");
  if (!existsSync(out)) throw new Error(`LibreOffice wrote nothing for ${file}`);
  return out;
}
