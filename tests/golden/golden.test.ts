// The golden run (tests/golden/README.md): core's behaviour on every example and test sheet of the
// repository, recomputed and compared with tests/golden/golden.json. A failure names the input; if the
// change is meant, run `pnpm golden:update` and explain the golden.json diff in the commit message.
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { goldenFile, goldenText, recordGolden, type Json } from "./record.js";

type JsonObject = { [key: string]: Json };

const stored = JSON.parse(readFileSync(goldenFile, "utf8")) as JsonObject;
const storedInputs = stored.inputs as JsonObject;
const hint = "behaviour changed: if meant, run `pnpm golden:update` and explain the golden.json diff in the commit";

describe("golden run (tests/golden/golden.json)", () => {
  let actual: JsonObject;
  let actualInputs: JsonObject;
  beforeAll(async () => {
    // Through JSON, exactly as golden.json holds it.
    actual = JSON.parse(goldenText(await recordGolden())) as JsonObject;
    actualInputs = actual.inputs as JsonObject;
  });

  it("records the same inputs, at the same check date", () => {
    expect(Object.keys(actualInputs), hint).toEqual(Object.keys(storedInputs));
    expect({ ...actual, inputs: undefined }, hint).toEqual({ ...stored, inputs: undefined });
  });

  it.each(Object.keys(storedInputs))("%s", (name) => {
    expect(actualInputs[name], `${name}: ${hint}`).toEqual(storedInputs[name]);
  });

  it("is deterministic: a second run records the same", async () => {
    expect(goldenText(await recordGolden())).toBe(goldenText(actual));
  });
});
