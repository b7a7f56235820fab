// The public API of @hgcs/cli: run the command line in-process, and the .xlsx adapters it is made of.
export { run } from "./run.js";
export type { Context, Io } from "./context.js";
export { exitCodes } from "./context.js";
export type { Command, Invocation, OutputFormat } from "./args.js";
export { parseCommandLine } from "./args.js";
export type { CliMessages, ProblemMessages } from "./messages/index.js";
export { cliMessages, describeProblem } from "./messages/index.js";
export type { Problem, ProblemKind, Result } from "./problems.js";
export type { CheckReport, CheckedSheet, JsonCheckReport, JsonFinding } from "./output/checkReport.js";
export { checkReportJson, checkReportText } from "./output/checkReport.js";
export { DEFAULT_MAX_BYTES, maxBytesFrom, readWorkbookFile } from "./input/readWorkbookFile.js";
export type { FileKind } from "./input/sniffFile.js";
export { sniffFile } from "./input/sniffFile.js";
export {
  applyEdits,
  loadWorkbook,
  openWorkbook,
  pickWorksheets,
  worksheetToGrid,
  writeRendered,
} from "./xlsx/index.js";
export type { OpenedWorkbook } from "./xlsx/index.js";
export { writeOutputFile } from "./output/writeOutputFile.js";
