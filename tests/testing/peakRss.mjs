// Loaded with `node --import` before the CLI: at exit, writes the process's peak resident memory (bytes)
// to the file HGCS_PEAK_RSS_FILE names, so tests and benchmarks can hold a command to a memory budget.
import { writeFileSync } from "node:fs";

process.on("exit", () => {
  const file = process.env.HGCS_PEAK_RSS_FILE;
  if (file) writeFileSync(file, String(process.resourceUsage().maxRSS * 1024));
});
