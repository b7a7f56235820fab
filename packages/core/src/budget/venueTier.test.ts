import { describe, expect, it } from "vitest";
import { planSchema } from "../plan/planSchema.js";
import { thanhHoaPlan, thanhHoaPlanInput } from "./testing/thanhHoa.js";
import { venueTierNamedIn, venueTierOf, venueTierOfSeries, venueTierWords } from "./venueTier.js";

const line = (content: string, conferenceSeries?: string) => ({
  number: "1",
  content,
  factors: [],
  rate: null,
  amount: { declared: null, computed: null },
  ...(conferenceSeries ? { planRef: { conferenceSeries } } : {}),
});

describe("venueTierOf", () => {
  const mixed = (() => {
    const input = structuredClone(thanhHoaPlanInput);
    const [series] = input.conferences ?? [];
    if (!series) throw new Error("no series");
    input.conferences = [{ ...series, count: 2, venueTier: "province", instances: [{}, { venueTier: "commune" }] }];
    return planSchema.parse(input);
  })();

  it("takes the one tier of a series' conferences, each listed one's own tier first", () => {
    expect(venueTierOf(line("Hỗ trợ tiền ăn"), thanhHoaPlan)).toBe("province");
    expect(venueTierOfSeries(mixed.conferences)).toBeUndefined();
    const allCommune = planSchema.parse({
      ...thanhHoaPlanInput,
      conferences: mixed.conferences.map((s) => ({
        ...s,
        instances: [{ venueTier: "commune" }, { venueTier: "commune" }],
      })),
    });
    expect(venueTierOf(line("Hỗ trợ tiền ăn"), allCommune)).toBe("commune");
  });

  it("reads the tier a line names when the conferences are of several", () => {
    expect(venueTierOf(line("Hỗ trợ tiền ăn (họp tại xã)"), mixed)).toBe("commune");
    expect(venueTierOf(line("HỖ TRỢ TIỀN ĂN (HỌP TẠI TỈNH)"), mixed)).toBe("province");
    expect(venueTierOf(line("Hỗ trợ tiền ăn"), mixed)).toBeUndefined();
    // A tier none of the conferences is of is not taken.
    expect(venueTierOf(line(`Hỗ trợ tiền ăn (${venueTierWords.central_city})`), mixed)).toBeUndefined();
    expect(venueTierNamedIn("Hỗ trợ tiền ăn (Hòa giải viên, họp tại xã)")).toBe("commune");
  });
});
