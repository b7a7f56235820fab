// Makes sure the system programs the end-to-end tests drive are present: Debian's Chromium (task pane
// tests) and LibreOffice Calc (recomputes the formulas fill writes). Installs them through apt when
// running as root on Debian; otherwise stops with a message naming the packages.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const needs = [
  { name: "Chromium", bin: ["/usr/bin/chromium"], apt: ["chromium"], flags: [] },
  {
    name: "LibreOffice Calc",
    // soffice alone can be there without Calc (libreoffice-core); Calc's own library says Calc is installed.
    bin: ["/usr/lib/libreoffice/program/libsclo.so"],
    apt: ["libreoffice-calc-nogui"],
    flags: ["--no-install-recommends"],
  },
];

const missing = needs.filter((n) => !n.bin.some((b) => existsSync(b)));
if (missing.length === 0) process.exit(0);

const names = missing.map((m) => `${m.name} (Debian package ${m.apt.join(" ")})`).join(", ");
const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
const hasApt = spawnSync("sh", ["-c", "command -v apt-get"]).status === 0;
if (!isRoot || !hasApt) {
  console.error(
    `The tests need ${names}.\n` +
      `Install them, e.g.: sudo apt-get install -y chromium && sudo apt-get install -y --no-install-recommends libreoffice-calc-nogui`,
  );
  process.exit(1);
}

console.log(`Installing ${names} through apt…`);
const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
try {
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  for (const m of missing) {
    execFileSync("apt-get", ["install", "-y", "-qq", ...m.flags, ...m.apt], { stdio: "inherit", env });
  }
} catch {
  console.error(`apt could not install ${names}. Install them by hand and run the tests again.`);
  process.exit(1);
}
