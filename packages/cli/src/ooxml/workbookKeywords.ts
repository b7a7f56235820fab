import { parseCoreKeywords } from "./workbookParts.js";
import { ZipError, entryBytes, zipDirectory, type ZipEntry } from "./zip.js";

// The document properties are a few hundred bytes; anything far larger is not worth inflating for a keyword.
const maxCoreBytes = 1 << 20;

/**
 * The keywords of a workbook package (docProps/core.xml `cp:keywords`): where hgcs marks the workbooks it wrote.
 * Undefined when the package has none, or its properties cannot be read (the sheets may still be).
 */
export function workbookKeywords(bytes: Buffer): string | undefined {
  try {
    return packageKeywords(bytes, zipDirectory(bytes));
  } catch (e) {
    if (e instanceof ZipError) return undefined;
    throw e;
  }
}

/** workbookKeywords for a package whose directory is already read (the sparse reader's). */
export function packageKeywords(bytes: Buffer, zip: ReadonlyMap<string, ZipEntry>): string | undefined {
  const entry = zip.get("docProps/core.xml");
  if (!entry) return undefined;
  try {
    return parseCoreKeywords(entryBytes(bytes, entry, maxCoreBytes).toString("utf8"));
  } catch (e) {
    if (e instanceof ZipError) return undefined;
    throw e;
  }
}
