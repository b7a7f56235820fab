import { decodeXml } from "./xmlScanner.js";
import { ZipError, entryBytes, zipDirectory } from "./zip.js";

// The document properties are a few hundred bytes; anything far larger is not worth inflating for a keyword.
const maxCoreBytes = 1 << 20;

/**
 * The keywords of a workbook package (docProps/core.xml `cp:keywords`): where hgcs marks the workbooks it wrote.
 * Undefined when the package has none, or its properties cannot be read (the sheets may still be).
 */
export function workbookKeywords(bytes: Buffer): string | undefined {
  try {
    const entry = zipDirectory(bytes).get("docProps/core.xml");
    if (!entry) return undefined;
    const xml = entryBytes(bytes, entry, maxCoreBytes).toString("utf8");
    const found = /<(?:[\w-]+:)?keywords\b[^>]*>([^<]*)</.exec(xml);
    return found?.[1] === undefined ? undefined : decodeXml(found[1]);
  } catch (e) {
    if (e instanceof ZipError) return undefined;
    throw e;
  }
}
