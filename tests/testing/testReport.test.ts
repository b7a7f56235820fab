import { describe, expect, it } from "vitest";
import { countReport } from "../../scripts/testReport.mjs";

// Shapes as vitest 4.1's JSON reporter writes them (--reporter=json), from runs of one-file suites.
type Status = "passed" | "failed" | "skipped" | "pending" | "todo" | "disabled";
const test = (fullName: string, status: Status) => ({
  ancestorTitles: [],
  fullName,
  status,
  title: fullName,
  failureMessages: status === "failed" ? ["AssertionError: expected 1 to be 2 // Object.is equality"] : [],
  meta: {},
  tags: [],
});
const file = (name: string, status: "passed" | "failed", message: string, tests: ReturnType<typeof test>[]) => ({
  assertionResults: tests,
  startTime: 0,
  endTime: 0,
  status,
  message,
  name: `/repo/${name}`,
});
/** A report over the files, its totals computed as vitest does. */
function report(files: ReturnType<typeof file>[], extra: Record<string, unknown> = {}) {
  const tests = files.flatMap((f) => f.assertionResults);
  const failedFiles = files.filter((f) => f.status === "failed").length;
  const numFailedTests = tests.filter((t) => t.status === "failed").length;
  return {
    numTotalTestSuites: files.length,
    numPassedTestSuites: files.length - failedFiles,
    numFailedTestSuites: failedFiles,
    numPendingTestSuites: 0,
    numTotalTests: tests.length,
    numPassedTests: tests.filter((t) => t.status === "passed").length,
    numFailedTests,
    numPendingTests: tests.filter((t) => t.status === "skipped" || t.status === "pending").length,
    numTodoTests: tests.filter((t) => t.status === "todo").length,
    startTime: 0,
    success: files.length > 0 && failedFiles === 0 && numFailedTests === 0,
    testResults: files,
    snapshot: {},
    ...extra,
  };
}
const ok = file("ok.test.ts", "passed", "", [test("passes", "passed"), test("passes too", "passed")]);
const count = (r: unknown, exitCode = 0) => countReport(r, { exitCode, root: "/repo" });

describe("countReport", () => {
  it("counts a clean run's tests as passed", () => {
    expect(count(report([ok]))).toEqual({ passed: 2, failed: 0, problems: [] });
  });

  it("counts failed tests, naming them", () => {
    const r = report([ok, file("failing.test.ts", "failed", "", [test("fails", "failed"), test("ok", "passed")])]);
    expect(count(r, 1)).toEqual({ passed: 3, failed: 1, problems: ["failing.test.ts › fails: failed"] });
  });

  it("counts a file that could not be collected (a top-level throw, an import error) as failed", () => {
    const r = report([
      ok,
      file("throwTop.test.ts", "failed", "top-level boom", []),
      file("importErr.test.ts", "failed", "Cannot find module './nope.js' imported from /repo/importErr.test.ts", []),
    ]);
    const counted = count(r, 1);
    expect(counted).toMatchObject({ passed: 2, failed: 2 });
    expect(counted.problems).toEqual([
      "throwTop.test.ts: failed: top-level boom",
      "importErr.test.ts: failed: Cannot find module './nope.js' imported from /repo/importErr.test.ts",
    ]);
  });

  it("counts the tests a failing beforeAll kept from running (vitest lists them skipped, the file failed, no message)", () => {
    const r = report([ok, file("beforeAll.test.ts", "failed", "", [test("d a", "skipped"), test("d b", "skipped")])]);
    expect(count(r, 1)).toEqual({
      passed: 2,
      failed: 2,
      problems: ["beforeAll.test.ts › d a: never ran (skipped)", "beforeAll.test.ts › d b: never ran (skipped)"],
    });
  });

  it("counts a failing afterAll (every test passed, the file failed) as one failure", () => {
    const r = report([file("afterAll.test.ts", "failed", "afterAll boom", [test("a", "passed")])]);
    expect(count(r, 1)).toEqual({ passed: 1, failed: 1, problems: ["afterAll.test.ts: failed: afterAll boom"] });
    const silent = report([file("hook.test.ts", "failed", "", [test("a", "passed")])]);
    expect(count(silent, 1).problems).toEqual(["hook.test.ts: failed: (no message: a failing hook?)"]);
  });

  it("counts skipped, todo, pending and disabled tests as failed: a test that never ran did not pass", () => {
    const r = report([
      file("skips.test.ts", "passed", "", [
        test("skipped", "skipped"),
        test("todo", "todo"),
        test("pending", "pending"),
        test("disabled", "disabled"),
        test("runs", "passed"),
      ]),
    ]);
    const counted = count(r);
    expect(counted).toMatchObject({ passed: 1, failed: 4 });
    expect(counted.problems).toContain("skips.test.ts › todo: never ran (todo)");
  });

  it("counts a file with no test in it (vitest: 'No test found in suite') as failed", () => {
    const r = report([ok, file("empty.test.ts", "failed", "No test found in suite empty.test.ts", [])]);
    expect(count(r, 1)).toMatchObject({ passed: 2, failed: 1 });
  });

  it("counts a run that ran no test, or wrote no report, as failed", () => {
    expect(count(report([]), 1)).toEqual({ passed: 0, failed: 1, problems: ["no test ran"] });
    for (const missing of [undefined, null, "", {}, { testResults: "x" }]) {
      expect(count(missing, 1), JSON.stringify(missing)).toMatchObject({ passed: 0, failed: 1 });
    }
  });

  it("counts a non-zero exit with every test passed (vitest reports unhandled errors only there) as failed", () => {
    expect(count(report([ok]), 1)).toEqual({
      passed: 2,
      failed: 1,
      problems: ["vitest exited with status 1 with every test passed (an unhandled error?)"],
    });
  });

  it("does not let the report's totals say less than vitest counted", () => {
    expect(count(report([ok], { success: false }))).toMatchObject({ passed: 2, failed: 1 });
    expect(count(report([ok], { numTotalTests: 5 }))).toMatchObject({ passed: 2, failed: 3 });
    expect(count(report([ok], { numFailedTests: 1 }))).toMatchObject({ passed: 2, failed: 1 });
    expect(count(report([ok], { numFailedTestSuites: 1 }))).toMatchObject({ passed: 2, failed: 1 });
  });

  it("adds nothing twice: a failed run's failures are its tests and files, not also its exit status", () => {
    const r = report([
      ok,
      file("failing.test.ts", "failed", "", [test("fails", "failed")]),
      file("throwTop.test.ts", "failed", "top-level boom", []),
    ]);
    expect(count(r, 1)).toMatchObject({ passed: 2, failed: 2 });
  });
});
