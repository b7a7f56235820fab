import { readFile, stat } from "node:fs/promises";
import { fail, ok, type Result } from "../problems.js";
import { sniffFile } from "./sniffFile.js";

/** The default largest workbook the CLI opens: estimate sheets are kilobytes; 50 MB is something else. */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/** The size limit: HGCS_MAX_BYTES when set to a positive integer, else 50 MB. */
export function maxBytesFrom(env: Readonly<Record<string, string | undefined>>): number {
  const n = Number(env.HGCS_MAX_BYTES);
  return Number.isSafeInteger(n) && n > 0 ? n : DEFAULT_MAX_BYTES;
}

/**
 * Reads a file that should be an .xlsx workbook, refusing early (before ExcelJS sees it) what cannot be
 * one: a missing file, a directory, an empty or oversized file, an .xls, an encrypted workbook, an .ods,
 * anything that is not a zip. `file` is the name as the user typed it, used in messages.
 */
export async function readWorkbookFile(file: string, maxBytes: number): Promise<Result<Buffer>> {
  const info = await stat(file).catch((e: NodeJS.ErrnoException) => e);
  if (info instanceof Error) {
    return info.code === "ENOENT" || info.code === "ENOTDIR"
      ? fail({ kind: "file.missing", file })
      : fail({ kind: "file.unreadable", file, detail: info.code ?? info.message });
  }
  if (!info.isFile())
    return fail({ kind: "file.not_a_file", file, what: info.isDirectory() ? "directory" : "special" });
  if (info.size === 0) return fail({ kind: "file.empty", file });
  if (info.size > maxBytes) return fail({ kind: "file.too_large", file, bytes: info.size, limit: maxBytes });

  const bytes = await readFile(file).catch((e: NodeJS.ErrnoException) => e);
  if (bytes instanceof Error) return fail({ kind: "file.unreadable", file, detail: bytes.code ?? bytes.message });

  switch (sniffFile(bytes)) {
    case "xlsx-zip":
      return ok(bytes);
    case "empty":
      return fail({ kind: "file.empty", file });
    case "ole-xls":
      return fail({ kind: "file.old_xls", file });
    case "ole-encrypted":
      return fail({ kind: "file.encrypted", file });
    case "ole-other":
      return fail({ kind: "file.ole_unknown", file });
    case "ods":
      return fail({ kind: "file.ods", file });
    case "other":
      return fail({ kind: "file.not_zip", file });
  }
}
