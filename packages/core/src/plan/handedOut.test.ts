import { describe, expect, it } from "vitest";
import { handedOutAtOf, materialsHandedOutAt } from "./handedOut.js";
import type { Material } from "./planSchema.js";

const material = (id: string, handedOutAt?: string | [string, ...string[]]) =>
  ({ id, ...(handedOutAt === undefined ? {} : { handedOutAt }) }) as Material;

describe("handedOutAtOf", () => {
  it("reads one series or several as one list", () => {
    expect(handedOutAtOf(material("a"))).toEqual([]);
    expect(handedOutAtOf(material("a", "tap-huan"))).toEqual(["tap-huan"]);
    expect(handedOutAtOf(material("a", ["tap-huan", "so-ket"]))).toEqual(["tap-huan", "so-ket"]);
  });

  it("finds the materials handed out at a series", () => {
    const materials = [material("a", "tap-huan"), material("b"), material("c", ["so-ket", "tap-huan"])];
    expect(materialsHandedOutAt({ materials }, "tap-huan").map((m) => m.id)).toEqual(["a", "c"]);
    expect(materialsHandedOutAt({ materials }, "khac")).toEqual([]);
  });
});
