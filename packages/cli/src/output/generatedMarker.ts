/**
 * What hgcs writes into the keywords of the workbooks it makes for the province's desk (a findings report,
 * a consolidation), so that a batch check of the folder they were written to skips them instead of
 * checking its own output. Estimates made with `hgcs new` carry no mark: a unit's estimate is checked.
 */
export const generatedKeywords = {
  report: "hgcs:report",
  consolidation: "hgcs:consolidation",
} as const;

/** True when a workbook's keywords (docProps/core.xml `cp:keywords`) say hgcs wrote it as a report. */
export function isGeneratedByHgcs(keywords: string | undefined): boolean {
  const words = (keywords ?? "").split(/[\s,;]+/);
  return Object.values(generatedKeywords).some((k) => words.includes(k));
}
