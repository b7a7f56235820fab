import { describe, expect, it } from "vitest";
import * as budget from "./budget/index.js";
import * as consolidation from "./consolidation/index.js";
import * as dates from "./dates/index.js";
import * as distribution from "./distribution/index.js";
import * as findings from "./findings/index.js";
import * as root from "./index.js";
import * as lists from "./lists/index.js";
import * as money from "./money/index.js";
import * as norms from "./norms/index.js";
import * as plan from "./plan/index.js";
import * as schedule from "./schedule/index.js";
import * as sheet from "./sheet/index.js";
import * as text from "./text/index.js";
import * as words from "./words/index.js";

const entries = {
  root,
  budget,
  consolidation,
  dates,
  distribution,
  findings,
  lists,
  money,
  norms,
  plan,
  schedule,
  sheet,
  text,
  words,
};

describe("the public API", () => {
  it("offers the verbs at the root", () => {
    expect(Object.keys(root)).toEqual(
      expect.arrayContaining([
        "parsePlan",
        "summarizePlan",
        "parsePrices",
        "estimateFromPlan",
        "checkEstimate",
        "checkSheet",
        "fillSheet",
        "renderEstimate",
        "detectSheetKind",
        "checkConferenceList",
        "checkDistributionSheet",
        "checkScheduleSheet",
        "toVietnameseWords",
        "wordsLine",
        "parseVietnameseWords",
        "formatFinding",
        "findingId",
      ]),
    );
  });

  it("leaves the helpers behind the verbs, and zod's schemas, out of every entry", () => {
    // How a finding is built, how formatFinding fills a template, how a schema issue is described, how
    // legacy text is scored and how an estimate is summed are not promises to callers.
    const internals = [
      "makeFinding",
      "fillTemplate",
      "describeIssue",
      "issuePath",
      "jsonTypeOf",
      "countFields",
      "isPositiveCount",
      "scoreLegacyText",
      "isVietnameseSyllable",
      "allLines",
      "lineProduct",
      "sumDong",
      "LineAt",
      "planSchema",
      "pricesSchema",
      "normsTableSchema",
    ];
    for (const [entry, module] of Object.entries(entries))
      for (const internal of internals) expect(Object.keys(module), `${entry}: ${internal}`).not.toContain(internal);
  });

  it("gives each root verb the same binding as its domain's subpath", () => {
    const sub = {
      ...budget,
      ...consolidation,
      ...distribution,
      ...findings,
      ...lists,
      ...norms,
      ...plan,
      ...schedule,
      ...sheet,
      ...words,
    };
    for (const [name, value] of Object.entries(root)) expect(sub[name as keyof typeof sub], name).toBe(value);
  });
});
