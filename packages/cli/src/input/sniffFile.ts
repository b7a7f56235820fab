import { zipEntries } from "./zipEntries.js";

/** What the first bytes of a file say it is. */
export type FileKind = "empty" | "xlsx-zip" | "ods" | "ole-encrypted" | "ole-xls" | "ole-other" | "other";

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const ODS_MIME = "mimetypeapplication/vnd.oasis.opendocument.spreadsheet";

/**
 * Classifies a workbook file by its content, not its name. Old .xls files and password-protected
 * .xlsx files are both OLE compound files; an encrypted OOXML package carries streams named
 * "EncryptionInfo"/"EncryptedPackage", an .xls a "Workbook" (or "Book") stream. Directory entry names
 * are UTF-16LE, so we look for those spellings in the bytes.
 */
export function sniffFile(bytes: Uint8Array): FileKind {
  if (bytes.length === 0) return "empty";
  if (startsWith(bytes, OLE_MAGIC)) {
    if (containsUtf16(bytes, "EncryptedPackage") || containsUtf16(bytes, "EncryptionInfo")) return "ole-encrypted";
    if (containsUtf16(bytes, "Workbook") || containsUtf16(bytes, "Book")) return "ole-xls";
    return "ole-other";
  }
  if (startsWith(bytes, ZIP_MAGIC)) {
    // An OpenDocument package stores its uncompressed "mimetype" entry first, at offset 30; some tools
    // compress it, so a package with a "mimetype" entry and no [Content_Types].xml is one too.
    const head = Buffer.from(bytes.subarray(30, 30 + ODS_MIME.length)).toString("latin1");
    if (head === ODS_MIME) return "ods";
    const entries = zipEntries(bytes);
    return entries.includes("mimetype") && !entries.includes("[Content_Types].xml") ? "ods" : "xlsx-zip";
  }
  return "other";
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

function containsUtf16(bytes: Uint8Array, text: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(Buffer.from(text, "utf16le"));
}
