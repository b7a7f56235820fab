// Counts one vitest run for the closing line of `pnpm test` ("tests: N passed, N failed") from its JSON report
// (--reporter=json, vitest 4.1) and its exit status, so that nothing short of a pass can hide as one:
//   - a test counts as passed only with status "passed"; "failed", and "skipped", "pending", "todo",
//     "disabled" (it never ran), count as failed;
//   - a file whose status is "failed" with no test failed or left unrun — it could not be collected
//     (an import or top-level error, "No test found"), or a hook failed (afterAll) — counts as one failure;
//     a failing beforeAll already shows as its tests "skipped", so the file adds nothing more;
//   - totals the report gives beyond the listed files (numTotalTests, numFailedTests, numFailedTestSuites)
//     are not allowed to say less than the list: the larger wins;
//   - a run that ran no test, a report saying success: false, and a non-zero exit status (vitest reports
//     unhandled errors only there) count as one failure each when nothing else failed;
//   - no report at all (vitest crashed before writing it) counts as one failure.

/** Test statuses of vitest's JSON reporter that mean the test ran and passed. */
const passedStatus = "passed";

/**
 * @param {unknown} report vitest's parsed JSON report (JsonTestResults), or undefined when none was written
 * @param {{ exitCode?: number | null, root?: string }} [run] vitest's exit status; the root names files relative to it
 * @returns {{ passed: number, failed: number, problems: string[] }} problems say what did not pass, one a line
 */
export function countReport(report, run = {}) {
  const problems = [];
  const files = isObject(report) && Array.isArray(report.testResults) ? report.testResults : undefined;
  if (!isObject(report) || !files) {
    return { passed: 0, failed: 1, problems: ["no vitest JSON report (did vitest crash before writing it?)"] };
  }
  let passed = 0;
  let failed = 0;
  let listed = 0;
  let failedTests = 0;
  for (const file of files) {
    const name = fileName(isObject(file) ? file.name : undefined, run.root);
    const tests = isObject(file) && Array.isArray(file.assertionResults) ? file.assertionResults : [];
    let notPassed = 0;
    for (const test of tests) {
      listed++;
      const status = isObject(test) ? test.status : undefined;
      if (status === passedStatus) {
        passed++;
        continue;
      }
      notPassed++;
      if (status === "failed") failedTests++;
      const title = isObject(test) && typeof test.fullName === "string" ? test.fullName : "(unnamed test)";
      problems.push(`${name} › ${title}: ${status === "failed" ? "failed" : `never ran (${String(status)})`}`);
    }
    failed += notPassed;
    const fileStatus = isObject(file) ? file.status : undefined;
    if (fileStatus !== passedStatus && notPassed === 0) {
      failed++;
      const message =
        isObject(file) && typeof file.message === "string" ? (file.message.trim().split("\n")[0] ?? "") : "";
      problems.push(
        `${name}: ${fileStatus === "failed" ? "failed" : `status ${String(fileStatus)}`}: ${message || "(no message: a failing hook?)"}`,
      );
    }
  }

  const total = count(report.numTotalTests);
  if (total > listed) {
    failed += total - listed;
    problems.push(`${total - listed} test(s) counted by vitest but in no file of the report`);
  }
  const reportedFailed = count(report.numFailedTests);
  if (reportedFailed > failedTests) {
    failed += reportedFailed - failedTests;
    problems.push(`vitest counts ${reportedFailed} failed test(s), the files list ${failedTests}`);
  }
  const failedSuites = count(report.numFailedTestSuites);
  if (failedSuites > 0 && failed === 0) {
    failed = 1;
    problems.push(`vitest counts ${failedSuites} failed suite(s) but no failed test or file`);
  }
  if (passed + failed === 0) {
    failed = 1;
    problems.push("no test ran");
  }
  if (report.success === false && failed === 0) {
    failed = 1;
    problems.push("vitest reports the run unsuccessful (success: false) with every test passed");
  }
  if (typeof run.exitCode === "number" && run.exitCode !== 0 && failed === 0) {
    failed = 1;
    problems.push(`vitest exited with status ${run.exitCode} with every test passed (an unhandled error?)`);
  }
  return { passed, failed, problems };
}

function isObject(value) {
  return typeof value === "object" && value !== null;
}

function count(value) {
  return typeof value === "number" && Number.isFinite(value) && value > 0 ? value : 0;
}

function fileName(name, root) {
  if (typeof name !== "string") return "(unnamed file)";
  const prefix = root ? root.replace(/[\\/]+$/, "") + "/" : "";
  return prefix && name.startsWith(prefix) ? name.slice(prefix.length) : name;
}
