import { describe, expect, it } from "vitest";
import * as core from "./index.js";

describe("the public API", () => {
  it("offers the verbs and leaves the helpers behind them internal", () => {
    const names = Object.keys(core);
    expect(names).toEqual(
      expect.arrayContaining([
        "formatFinding",
        "groupDigits",
        "messagesFor",
        "describeIssue",
        "issuePath",
        "validatePlan",
        "countFields",
      ]),
    );
    // How formatFinding fills a template, how describeIssue names a JSON type and how validatePlan
    // tests a count are not promises to callers.
    for (const internal of ["fillTemplate", "jsonTypeOf", "isPositiveCount"])
      expect(names, internal).not.toContain(internal);
  });
});
