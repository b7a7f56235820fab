import { lstat, readdir } from "node:fs/promises";
import { join } from "node:path";
import { fail, ok, type Problem, type Result } from "../problems.js";

/** The workbooks a command was given, in a stable order, and the inputs it could not use. */
export interface WorkbookList {
  /** Paths as the user would type them: the argument itself, or the folder joined with the file's path. */
  readonly files: readonly string[];
  readonly problems: readonly Problem[];
  /** For each problem, how many of `files` come before its input: where its line goes in input order. */
  readonly problemsAfter: readonly number[];
}

// Spreadsheet files a folder may hold: .xlsx is read, the others are listed so each gets its own
// "save it as .xlsx" row instead of vanishing from a batch.
const spreadsheet = /\.(xlsx|xlsm|xls|xlsb|ods)$/i;
// Excel's lock file of an open workbook ("~$du-toan.xlsx") and Office's temporary files.
const lockFile = /^~\$|^\.~lock\./;
// Folders nobody keeps unit workbooks in.
const skippedFolder = /^(\.|node_modules$)/;

/**
 * Lists the workbooks of the inputs: a file is taken as given (whatever its extension — the reader says
 * what is wrong with it); a folder is walked recursively, in name order, for spreadsheet files, skipping
 * lock files, hidden folders and symbolic links (a link loop must not hang a batch). Each input that does
 * not exist or cannot be listed is a problem of its own; the others are still listed.
 */
export async function listWorkbooks(inputs: readonly string[]): Promise<WorkbookList> {
  const files = new Set<string>();
  const problems: Problem[] = [];
  const problemsAfter: number[] = [];
  for (const input of inputs) {
    const listed = await listInput(input);
    if (listed.ok) for (const file of listed.value) files.add(file);
    else {
      problems.push(listed.problem);
      problemsAfter.push(files.size);
    }
  }
  return { files: [...files], problems, problemsAfter };
}

async function listInput(input: string): Promise<Result<string[]>> {
  const info = await lstat(input).catch((e: NodeJS.ErrnoException) => e);
  if (info instanceof Error) {
    return info.code === "ENOENT" || info.code === "ENOTDIR"
      ? fail({ kind: "file.missing", file: input })
      : fail({ kind: "file.unreadable", file: input, detail: info.code ?? info.message });
  }
  if (!info.isDirectory()) return ok([input]);
  const found: string[] = [];
  const walked = await walk(input, found);
  return walked === undefined ? ok(found) : fail({ kind: "file.unreadable", file: walked.path, detail: walked.code });
}

/** Adds the spreadsheet files under `dir` to `found`; the first folder that cannot be read, if any. */
async function walk(dir: string, found: string[]): Promise<{ path: string; code: string } | undefined> {
  const entries = await readdir(dir, { withFileTypes: true }).catch((e: NodeJS.ErrnoException) => e);
  if (entries instanceof Error) return { path: dir, code: entries.code ?? entries.message };
  // Code-point order: the same on every machine, whatever its locale.
  const sorted = [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of sorted) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (skippedFolder.test(entry.name)) continue;
      const failed = await walk(path, found);
      if (failed) return failed;
    } else if (entry.isFile() && spreadsheet.test(entry.name) && !lockFile.test(entry.name)) {
      found.push(path);
    }
  }
  return undefined;
}
