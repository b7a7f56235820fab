/**
 * Row height (points) for text wrapped in a given width (Excel character units). Spreadsheets do not
 * auto-fit merged cells, so rows of long merged text need a height; this is a generous estimate.
 */
export function wrappedHeight(text: string, widthChars: number, fontSize: number): number {
  // A Times New Roman character averages about 0.85 of the width unit at 12 pt.
  const perLine = Math.max(1, Math.floor((widthChars * 12) / (fontSize * 0.85)));
  const lines = text.split("\n").reduce((n, part) => n + Math.max(1, Math.ceil(part.length / perLine)), 0);
  return lines * Math.ceil(fontSize * 1.35);
}
