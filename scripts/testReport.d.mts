/** One vitest run counted for the closing line of `pnpm test` (see testReport.mjs). */
export interface ReportCount {
  readonly passed: number;
  readonly failed: number;
  /** What did not pass, one a line. */
  readonly problems: string[];
}

/** Counts vitest's JSON report (undefined when none was written) and its exit status. */
export function countReport(report: unknown, run?: { exitCode?: number | null; root?: string }): ReportCount;
