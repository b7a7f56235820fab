import type { CorruptReason } from "../ooxml/zip.js";
import { groupDigits } from "@hgcs/core/money";

/** A file size for a message: "52,4 MB" / "52.4 MB" from 1 MB up, else grouped bytes ("1.000 byte"). */
export function fileSize(bytes: number, locale: "vi" | "en"): string {
  if (bytes >= 1_048_576) return `${(bytes / 1_048_576).toFixed(1).replace(".", locale === "vi" ? "," : ".")} MB`;
  return `${groupDigits(bytes, locale)} ${locale === "vi" ? "byte" : "bytes"}`;
}

/** Names in quotes, comma-separated: “Dự toán”, “Sheet2”. */
export function quotedList(names: readonly string[]): string {
  return names.map((n) => `“${n}”`).join(", ");
}

/** A count for a message, digits grouped in the language's way: "1.048.576" / "1,048,576". */
export function groupedCount(n: number, locale: "vi" | "en"): string {
  return groupDigits(n, locale);
}

/** A damaged package's reason in one language: each reason given the part concerned (“xl/…”), or ExcelJS's words. */
export type CorruptReasonTexts = { readonly [R in CorruptReason]: (where: string) => string } & {
  readonly other: (detail: string) => string;
};

/** Why a package is damaged, in the language of `texts`: the reader's reason, else the library's own words. */
export function describeCorrupt(
  texts: CorruptReasonTexts,
  reason: CorruptReason | undefined,
  part: string | undefined,
  detail: string | undefined,
): string {
  return reason === undefined ? texts.other(detail ?? "") : texts[reason](part === undefined ? "" : ` “${part}”`);
}
