// The sections per sheet kind, through the controller over the strict fake: detection, list and distribution
// checks (≤ 2 syncs, marks at the findings' cells), blank lists and the distribution sheet drawn from the plan,
// and the schedule's proposal and typed-date check, a schedule kept on a sheet and the proposed one drawn.
import { describe, expect, it } from "vitest";
import { officeSheet } from "../../../tests/testing/fixtures.js";
import { Controller } from "../src/controller/controller.js";
import { seriesOf } from "../src/controller/kindChecks.js";
import { checkTypedDates, proposeDates } from "../src/controller/schedule.js";
import { bundledPlan } from "../src/controller/session.js";
import { defaultSettings } from "../src/controller/settings.js";
import { installFakeHost } from "./testing/fake/fakeExcel.js";
import { FakeWorkbook } from "./testing/fake/fakeWorkbook.js";
import { officeSheetWorkbook } from "./testing/fixtureWorkbook.js";
import {
  delegateListRows,
  distributionRows,
  estimateRows,
  officeWorkbook,
  scheduleRows,
  supportListRows,
} from "./testing/officeWorkbooks.js";

const plan = bundledPlan();
if (!plan) throw new Error("the bundled plan does not parse");
const series = seriesOf(plan, undefined);
if (!series) throw new Error("the bundled plan has no conference series");
const input = { settings: defaultSettings, plan };
const at = (findings: readonly { code: string; at?: { cell?: string; path?: string } }[]) =>
  findings.map((f) => `${f.code}@${f.at?.cell ?? f.at?.path ?? ""}`);

async function open(name: string, rows: Parameters<typeof officeWorkbook>[0][number]["rows"]): Promise<FakeWorkbook> {
  const wb = FakeWorkbook.from(await officeWorkbook([{ name, rows }]));
  installFakeHost(wb);
  return wb;
}

describe("inspect: the open sheet's kind and its findings, from one read that writes nothing", () => {
  it("tells an office's delegate list and checks it against the plan's series", async () => {
    const wb = await open("DS HN1", delegateListRows);
    const { detected, outcome } = await new Controller().inspect(input);
    expect(detected).toMatchObject({ sheet: "DS HN1", kind: "conference-list", list: "delegates" });
    expect(at(outcome?.findings ?? [])).toEqual(["list.duplicate_person@B10", "list.unknown_group@D11"]);
    expect(wb.syncCount).toBe(1);
    expect(Object.values(wb.dump().sheets[0]?.cells ?? {}).some((c) => c.fill)).toBe(false);
  });

  it("gives no list check without a plan to compare with, but still tells the kind", async () => {
    await open("DS HN1", delegateListRows);
    const inspection = await new Controller().inspect({ settings: defaultSettings, plan: undefined });
    expect(inspection.detected.kind).toBe("conference-list");
    expect(inspection.outcome).toBeUndefined();
  });

  it("tells an estimate (its findings are check's) and an unknown sheet", async () => {
    const entry = officeSheet("du-toan-co-loi.xlsx");
    installFakeHost(await officeSheetWorkbook(entry.file));
    const controller = new Controller();
    const inspection = await controller.inspect(input);
    expect(inspection.detected.kind).toBe("estimate");
    expect(at(inspection.outcome?.findings ?? [])).toEqual(
      expect.arrayContaining(entry.expect.map((r) => `${r.code}@${r.cell}`)),
    );
    expect(inspection.outcome?.findings).toEqual((await controller.check(defaultSettings, plan)).findings);
    expect(inspection.outcome?.fixable.size).toBeGreaterThan(0);

    installFakeHost(
      FakeWorkbook.from({ sheets: [{ name: "Ghi chú", cells: { A1: { value: "Danh sách tổ hòa giải" } } }] }),
    );
    expect(await controller.inspect(input)).toEqual({ detected: { sheet: "Ghi chú", kind: "unknown" } });
  });
});

describe("marks across sheets", () => {
  it("forgets the marks of a sheet that is gone instead of failing the next check's write", async () => {
    installFakeHost(await officeSheetWorkbook("du-toan-co-loi.xlsx"));
    const controller = new Controller();
    await controller.check(defaultSettings, plan);
    expect(controller.hasMarks).toBe(true);
    // Another workbook state: the marked "Dự toán" sheet no longer exists.
    const wb = await open("Hỗ trợ HN1", supportListRows);
    const outcome = await controller.checkList({ ...input, series });
    expect(outcome.findings.length).toBeGreaterThan(0);
    // The batch naming the sheets the last read saw fails and is read again without them, then the marks.
    expect(wb.syncCount).toBe(3);
  });
});

describe("conference lists", () => {
  it("checks a signed support list in ≤ 2 syncs and marks the finding cells", async () => {
    const wb = await open("Hỗ trợ HN1", supportListRows);
    const outcome = await new Controller().checkList({ ...input, series });
    expect(at(outcome.findings)).toEqual([
      "amount.mismatch@G7",
      "list.paid_salaried@G8",
      "list.duplicate_person@B9",
      "total.mismatch@G10",
    ]);
    expect(outcome.tableFound).toBe(true);
    expect(wb.syncCount).toBeLessThanOrEqual(2);
    expect(wb.sheet("Hỗ trợ HN1")?.cells.get("G7")?.fill).toBe("#FFC7CE");
  });

  it("says when the sheet holds no list", async () => {
    installFakeHost(await officeSheetWorkbook("du-toan-chuan.xlsx"));
    const outcome = await new Controller().checkList({ ...input, series });
    expect(outcome.tableFound).toBe(false);
    expect(outcome.findings.map((f) => f.code)).toContain("list.not_found");
  });

  it("draws the blank lists of every conference in 2 syncs; each is told as a list and checks clean", async () => {
    const wb = await open("Ghi chú", [["Ghi chú"]]);
    const controller = new Controller();
    const sheets = await controller.newLists(defaultSettings, plan);
    expect(sheets).toHaveLength(2 * series.count);
    expect(sheets.slice(0, 2)).toEqual(["DS đại biểu HN1", "Hỗ trợ HN1"]);
    expect(wb.syncCount).toBe(2);
    expect(wb.sheets[wb.active]?.name).toBe("DS đại biểu HN1");
    const delegates = await controller.inspect(input);
    expect(delegates.detected).toMatchObject({ kind: "conference-list", list: "delegates" });
    expect(delegates.outcome?.findings).toEqual([]);
    wb.active = wb.sheets.findIndex((s) => s.name === "Hỗ trợ HN1");
    const support = await controller.inspect(input);
    expect(support.detected).toMatchObject({ kind: "conference-list", list: "support" });
    expect(support.outcome?.findings).toEqual([]);
  });
});

describe("a support list against the estimate on another sheet of the workbook", () => {
  const withEstimate = async () => {
    const wb = FakeWorkbook.from(
      await officeWorkbook([
        { name: "Hỗ trợ HN1", rows: supportListRows },
        { name: "Dự toán", rows: estimateRows },
      ]),
    );
    installFakeHost(wb);
    return wb;
  };
  const limit = { sheet: "Dự toán", limit: 300_000 };

  it("opening on the list finds the estimate and flags the total over its meal line's share, writing nothing", async () => {
    const wb = await withEstimate();
    const { outcome } = await new Controller().inspect(input);
    expect(at(outcome?.findings ?? [])).toContain("list.over_estimate@G10");
    expect(outcome?.estimateLimit).toEqual(limit);
    // The first read of a session knew no other sheet: the estimate came in a second sync.
    expect(wb.syncCount).toBe(2);
    expect(
      wb
        .dump()
        .sheets.flatMap((s) => Object.values(s.cells))
        .some((c) => c.fill),
    ).toBe(false);
  });

  it("a list check reads the estimate in the same sync as the list, and marks the total (2 syncs)", async () => {
    const wb = await withEstimate();
    const controller = new Controller();
    await controller.inspect(input);
    wb.syncCount = 0;
    const outcome = await controller.checkList({ ...input, series });
    expect(at(outcome.findings)).toEqual([
      "amount.mismatch@G7",
      "list.paid_salaried@G8",
      "list.duplicate_person@B9",
      "total.mismatch@G10",
      "list.over_estimate@G10",
    ]);
    expect(outcome.estimateLimit).toEqual(limit);
    expect(wb.syncCount).toBe(2);
    expect(wb.sheet("Hỗ trợ HN1")?.cells.get("G10")?.fill).toBe("#FFC7CE");
  });

  it("a list check still finds the estimate when another sheet was deleted since the last read (one more read, no writes)", async () => {
    const wb = FakeWorkbook.from(
      await officeWorkbook([
        { name: "Hỗ trợ HN1", rows: supportListRows },
        { name: "Ghi chú", rows: [["Ghi chú"]] },
        { name: "Dự toán", rows: estimateRows },
      ]),
    );
    installFakeHost(wb);
    const controller = new Controller();
    await controller.inspect(input);
    wb.sheets.splice(1, 1);
    const outcome = await controller.checkList({ ...input, series });
    expect(at(outcome.findings)).toContain("list.over_estimate@G10");
    expect(outcome.estimateLimit).toEqual(limit);
  });

  it("a sheet deleted since the last read costs nothing but a second try; without the estimate there is no limit", async () => {
    const wb = await withEstimate();
    const controller = new Controller();
    await controller.inspect(input);
    wb.sheets.splice(1, 1);
    const outcome = await controller.checkList({ ...input, series });
    expect(outcome.findings.map((f) => f.code)).not.toContain("list.over_estimate");
    expect(outcome.estimateLimit).toBeUndefined();
  });
});

describe("leaflet distribution", () => {
  const weights = "đơn vị,trọng số\nPhòng Tư pháp huyện Nga Sơn,27\nPhòng Tư pháp huyện Hà Trung,20\nHuyện X,nhiều\n";

  it("checks a typed distribution sheet against the plan's copies and the weights, in ≤ 2 syncs", async () => {
    const wb = await open("Cấp phát", distributionRows);
    const outcome = await new Controller().checkDistribution({ ...input, weightsText: weights });
    expect(at(outcome.findings)).toEqual([
      "weights.bad_weight@line:4",
      "distribution.kept_unknown@materials.0.keptByIssuer",
      "distribution.bad_count@C6",
      "distribution.duplicate_unit@B8",
      "distribution.sum_mismatch@C9",
      "distribution.unknown_unit@B7",
      "distribution.missing_unit@B5",
    ]);
    expect(wb.syncCount).toBeLessThanOrEqual(2);
    expect(wb.sheet("Cấp phát")?.cells.get("C6")?.fill).toBe("#FFC7CE");
  });

  it("draws the distribution sheet from the plan and the weights; it then checks without errors", async () => {
    const wb = await open("Ghi chú", [["Ghi chú"]]);
    const controller = new Controller();
    const drawn = await controller.newDistribution(
      plan,
      "Phòng Tư pháp huyện Nga Sơn,27\nPhòng Tư pháp huyện Hà Trung,20\n",
    );
    expect(drawn.sheet).toBe("Phân phối");
    expect(wb.syncCount).toBe(2);
    const inspection = await controller.inspect({
      ...input,
      weightsText: "Phòng Tư pháp huyện Nga Sơn,27\nPhòng Tư pháp huyện Hà Trung,20",
    });
    expect(inspection.detected.kind).toBe("distribution");
    // The one note: the plan does not say how many copies the Department keeps.
    expect(at(inspection.outcome?.findings ?? [])).toEqual(["distribution.kept_unknown@materials.0.keptByIssuer"]);
  });

  it("draws nothing from weights that give no allocation, and says why", async () => {
    const wb = await open("Ghi chú", [["Ghi chú"]]);
    const drawn = await new Controller().newDistribution(plan, "Huyện A,0\n");
    expect(drawn.sheet).toBeUndefined();
    expect(drawn.findings.map((f) => f.code)).toContain("distribution.no_weight");
    expect(wb.syncCount).toBe(0);
    expect((await new Controller().newDistribution(plan, "")).findings.map((f) => f.code)).toContain("weights.empty");
  });
});

describe("conference schedule", () => {
  it("proposes the plan's conferences on working days inside its window", () => {
    const { conferences, findings } = proposeDates(series, 7);
    expect(conferences).toHaveLength(series.count);
    expect(conferences.map((c) => c.days[0])).toEqual([
      "2024-04-16",
      "2024-05-16",
      "2024-06-17",
      "2024-07-16",
      "2024-08-16",
      "2024-09-16",
    ]);
    expect(findings).toEqual([]);
  });

  it("checks dates typed one per line, each finding at its line", () => {
    const findings = checkTypedDates(series, "16/04/2024\n\n20/04/2024\nsớm\n2024-01-05\n", 7);
    expect(at(findings)).toEqual([
      "schedule.weekend@line:3",
      "schedule.bad_date@line:4",
      "schedule.outside_window@line:5",
      "schedule.too_close@line:3",
      "plan.count_mismatch@line:1",
    ]);
  });
});

describe("a conference schedule kept on a sheet", () => {
  const typed = ["schedule.bad_date@C9", "schedule.weekend@C10", "schedule.holiday@C11", "schedule.too_close@C12"];

  it("opening on it tells a schedule and gives its dates' findings at their cells, in 1 sync with no writes", async () => {
    const wb = await open("Lịch HN", scheduleRows);
    const { detected, outcome } = await new Controller().inspect(input);
    expect(detected).toMatchObject({ sheet: "Lịch HN", kind: "schedule" });
    expect(at(outcome?.findings ?? [])).toEqual(typed);
    expect(wb.syncCount).toBe(1);
    expect(Object.values(wb.dump().sheets[0]?.cells ?? {}).some((c) => c.fill)).toBe(false);
  });

  it("checks it against the chosen series in ≤ 2 syncs and marks the cells; minGap comes from the input", async () => {
    const wb = await open("Lịch HN", scheduleRows);
    const outcome = await new Controller().checkSchedule({ ...input, series });
    expect(at(outcome.findings)).toEqual(typed);
    expect(wb.syncCount).toBeLessThanOrEqual(2);
    expect(wb.sheet("Lịch HN")?.cells.get("C9")?.fill).toBe("#FFC7CE");
    const wider = await new Controller().checkSchedule({ ...input, series, minGap: 40 });
    expect(at(wider.findings)).toContain("schedule.too_close@C8");
  });

  it("says when the sheet holds no schedule", async () => {
    await open("Ghi chú", [["Ghi chú"]]);
    const outcome = await new Controller().checkSchedule({ ...input, series });
    expect(outcome.tableFound).toBe(false);
  });

  it("draws the proposed schedule on a new sheet in 2 syncs, with date cells; it is told back as a schedule and checks clean", async () => {
    const wb = await open("Ghi chú", [["Ghi chú"]]);
    const controller = new Controller();
    const drawn = await controller.newSchedule(plan, series, 7);
    expect(drawn).toMatchObject({ sheet: "Lịch hội nghị", count: 6, findings: [] });
    expect(wb.syncCount).toBe(2);
    const cells = [...(wb.sheet("Lịch hội nghị")?.cells.values() ?? [])];
    expect(cells).toContainEqual(expect.objectContaining({ value: 45398, numberFormat: "dd/mm/yyyy" }));
    const inspection = await controller.inspect(input);
    expect(inspection.detected).toMatchObject({ sheet: "Lịch hội nghị", kind: "schedule" });
    expect(inspection.outcome?.findings).toEqual([]);
  });

  it("draws nothing when the conferences do not fit, and says why", async () => {
    const wb = await open("Ghi chú", [["Ghi chú"]]);
    const drawn = await new Controller().newSchedule(plan, series, 60);
    expect(drawn.sheet).toBeUndefined();
    expect(drawn.findings.map((f) => f.code)).toEqual(["schedule.not_enough_days"]);
    expect(wb.syncCount).toBe(0);
  });
});
