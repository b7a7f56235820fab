import { Readable } from "node:stream";
import { createInflateRaw, inflateRawSync } from "node:zlib";

/** One entry of a zip package, located through its central directory. */
export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localOffset: number;
}

/** What is wrong with a damaged package, said to the user in their language (messages: corruptReasons). */
export type CorruptReason =
  | "no_directory"
  | "damaged_directory"
  | "damaged_entry"
  | "truncated_entry"
  | "unsupported_compression"
  | "entry_too_large"
  | "ends_mid_element"
  | "no_workbook";

/** Why a package cannot be read: a damaged directory, an unknown compression, a part too big to inflate. */
export class ZipError extends Error {
  constructor(
    readonly reason: CorruptReason,
    /** The part of the package concerned, when there is one ("xl/worksheets/sheet1.xml"). */
    readonly part?: string,
  ) {
    super(part === undefined ? reason : `${reason}: ${part}`);
  }
}

/**
 * The entries of a zip package by name, from its central directory (nothing is inflated). Throws ZipError
 * when the directory is missing or runs past the end of the bytes; `partial` returns instead what could be
 * read (nothing without a directory), for a look at a file's kind before it is read.
 */
export function zipDirectory(bytes: Buffer, options: { partial?: boolean } = {}): Map<string, ZipEntry> {
  const stop = Math.max(0, bytes.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= stop; i--) {
    if (bytes.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  const entries = new Map<string, ZipEntry>();
  if (eocd < 0) {
    if (options.partial) return entries;
    throw new ZipError("no_directory");
  }
  const count = bytes.readUInt16LE(eocd + 10);
  let at = bytes.readUInt32LE(eocd + 16);
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== 0x02014b50) {
      if (options.partial) return entries;
      throw new ZipError("damaged_directory");
    }
    const nameLength = bytes.readUInt16LE(at + 28);
    const name = bytes.subarray(at + 46, at + 46 + nameLength).toString("utf8");
    entries.set(name, {
      name,
      method: bytes.readUInt16LE(at + 10),
      compressedSize: bytes.readUInt32LE(at + 20),
      size: bytes.readUInt32LE(at + 24),
      localOffset: bytes.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return entries;
}

function compressedBytes(bytes: Buffer, entry: ZipEntry): Buffer {
  const local = entry.localOffset;
  if (local + 30 > bytes.length || bytes.readUInt32LE(local) !== 0x04034b50) {
    throw new ZipError("damaged_entry", entry.name);
  }
  const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
  if (start + entry.compressedSize > bytes.length) throw new ZipError("truncated_entry", entry.name);
  if (entry.method !== 0 && entry.method !== 8) throw new ZipError("unsupported_compression", entry.name);
  return bytes.subarray(start, start + entry.compressedSize);
}

/** A small part (workbook, styles, shared strings) inflated whole, up to `limit` bytes. */
export function entryBytes(bytes: Buffer, entry: ZipEntry, limit: number): Buffer {
  const packed = compressedBytes(bytes, entry);
  if (entry.method === 0) return packed;
  try {
    return inflateRawSync(packed, { maxOutputLength: limit });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ZipError(code === "ERR_BUFFER_TOO_LARGE" ? "entry_too_large" : "damaged_entry", entry.name);
  }
}

// The largest part inflated in one piece.
const wholePart = 4 * 1024 * 1024;

/** The part inflated in one piece, or undefined when it is larger than wholePart (a stream reads it then). */
function inflateWhole(bytes: Buffer, entry: ZipEntry): Buffer | undefined {
  try {
    return entryBytes(bytes, entry, wholePart);
  } catch (e) {
    if (e instanceof ZipError && e.reason === "entry_too_large") return undefined;
    throw e;
  }
}

/**
 * A part inflated as a stream of UTF-8 text chunks, so a sheet of a million rows is never one string;
 * throws ZipError past `limit` inflated bytes (a zip bomb stops there).
 */
export async function* entryText(bytes: Buffer, entry: ZipEntry, limit: number): AsyncGenerator<string> {
  const packed = compressedBytes(bytes, entry);
  // A part of a typical workbook (tens of kilobytes) inflated at once: a stream inflates on libuv's threads,
  // and its round trips cost more than the work. One that says it is large, or turns out so, is streamed.
  if (entry.method === 8 && entry.size <= wholePart && entry.compressedSize <= wholePart) {
    const whole = inflateWhole(bytes, entry);
    if (whole) {
      yield whole.toString("utf8");
      return;
    }
  }
  const decoder = new TextDecoder("utf-8");
  const source = Readable.from([packed], { objectMode: false });
  const chunks = entry.method === 0 ? source : source.pipe(createInflateRaw({ chunkSize: 256 * 1024 }));
  let size = 0;
  try {
    for await (const chunk of chunks) {
      const piece = chunk as Buffer;
      size += piece.length;
      if (size > limit) throw new ZipError("entry_too_large", entry.name);
      yield decoder.decode(piece, { stream: true });
    }
  } catch (e) {
    if (e instanceof ZipError) throw e;
    throw new ZipError("damaged_entry", entry.name);
  } finally {
    source.destroy();
    if (chunks !== source) chunks.destroy();
  }
  yield decoder.decode();
}
