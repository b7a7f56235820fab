import { readFileSync, writeFileSync } from "node:fs";
import { planJsonSchema } from "@hgcs/core/plan";
import { describe, expect, it } from "vitest";
import { exampleDir } from "../testing/exampleFiles.js";

const schemaFile = `${exampleDir}plan.schema.json`;
const render = () => `${JSON.stringify(planJsonSchema(), null, 2)}\n`;

describe("examples/thanh-hoa-2024/plan.schema.json", () => {
  // To regenerate after changing planSchema: HGCS_WRITE_SCHEMA=1 pnpm exec vitest run tests/plan
  it("is the JSON Schema generated from planSchema (z.toJSONSchema, input side)", () => {
    if (process.env["HGCS_WRITE_SCHEMA"] === "1") writeFileSync(schemaFile, render());
    expect(readFileSync(schemaFile, "utf8")).toBe(render());
  });

  it("describes the plan fields editors need", () => {
    const schema = JSON.parse(readFileSync(schemaFile, "utf8")) as {
      type: string;
      required: string[];
      properties: Record<string, unknown>;
    };
    expect(schema.type).toBe("object");
    expect(schema.required).toEqual(expect.arrayContaining(["issuer", "document", "activities", "funding"]));
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining(["$schema", "conferences", "materials", "responsibilities", "signer", "signers"]),
    );
  });
});
