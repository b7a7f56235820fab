import { describe, expect, it } from "vitest";
import { z } from "zod";
import { maxUnknownKeys, unknownKeyPaths } from "./unknownKeys.js";

const schema = z.object({
  $schema: z.string().optional(),
  title: z.string(),
  groups: z.array(z.object({ id: z.string(), persons: z.number().default(1) })),
  prices: z.record(z.string(), z.object({ meal: z.number() })),
});
const paths = (input: unknown) => unknownKeyPaths(input, schema.parse(input));

describe("unknownKeyPaths", () => {
  it("names every key the schema dropped, by its JSON path, in document order", () => {
    expect(
      paths({
        title: "x",
        coIssuers: ["MTTQ"],
        groups: [{ id: "a" }, { id: "b", persns: 3, note: "y" }],
        prices: { hall: { meal: 1, mael: 2 } },
      }),
    ).toEqual(["coIssuers", "groups.1.persns", "groups.1.note", "prices.hall.mael"]);
  });

  it("finds nothing in a document the schema knows whole, defaults and $schema included", () => {
    expect(paths({ $schema: "./plan.schema.json", title: "x", groups: [{ id: "a" }], prices: {} })).toEqual([]);
  });

  it("stops at a bounded number of keys", () => {
    const junk = Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`k${i}`, i]));
    expect(paths({ title: "x", groups: [], prices: {}, ...junk })).toHaveLength(maxUnknownKeys);
  });
});
