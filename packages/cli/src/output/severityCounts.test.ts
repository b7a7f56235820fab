import type { Finding } from "@hgcs/core";
import { describe, expect, it } from "vitest";
import { severityCounts } from "./severityCounts.js";

const missing: Finding = { code: "table.not_found", severity: "error", params: { sheet: "S" } };
const chosen: Finding = {
  code: "table.multiple_candidates",
  severity: "info",
  params: { chosen: "A1", candidates: 2 },
};

describe("severityCounts", () => {
  it("counts each severity, zero for one that does not occur", () => {
    expect(severityCounts([])).toEqual({ error: 0, warning: 0, info: 0 });
    expect(severityCounts([missing, chosen, missing])).toEqual({ error: 2, warning: 0, info: 1 });
  });
});
