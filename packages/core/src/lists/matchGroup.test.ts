import { describe, expect, it } from "vitest";
import type { QuotaGroup } from "../plan/planSchema.js";
import { matchQuotaGroup } from "./matchGroup.js";

const groups: QuotaGroup[] = [
  {
    id: "hoa-giai-vien",
    name: "Hòa giải viên ở cơ sở",
    nameEn: "Grassroots mediators",
    persons: 270,
    paidFromStateBudget: false,
  },
  { id: "can-bo-quan-ly", name: "Cán bộ làm công tác quản lý hòa giải", persons: 50, paidFromStateBudget: true },
];
const id = (text: string) => matchQuotaGroup(text, groups)?.id;

describe("matchQuotaGroup", () => {
  it("matches ids, names and English names exactly (accent- and case-insensitive)", () => {
    expect(id("can-bo-quan-ly")).toBe("can-bo-quan-ly");
    expect(id("HÒA GIẢI VIÊN Ở CƠ SỞ")).toBe("hoa-giai-vien");
    expect(id("grassroots mediators")).toBe("hoa-giai-vien");
  });

  it("matches the words offices write", () => {
    expect(id("Hòa giải viên")).toBe("hoa-giai-vien");
    expect(id("HGV")).toBe("hoa-giai-vien");
    expect(id("Cán bộ quản lý")).toBe("can-bo-quan-ly");
    expect(id("CB quản lý")).toBe("can-bo-quan-ly");
  });

  it("gives up on empty, unknown or ambiguous text", () => {
    expect(id("")).toBeUndefined();
    expect(id("khách mời")).toBeUndefined();
    expect(id("hòa giải")).toBeUndefined();
  });
});
