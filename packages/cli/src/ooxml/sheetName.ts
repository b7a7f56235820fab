/**
 * The sheet a user named, among `items`: the exact name first, then Excel's case-insensitive match (NFC,
 * since a shell may hand us NFD text). The one matcher of sheet names for both workbook readers.
 */
export function findSheetNamed<T>(items: readonly T[], name: string, nameOf: (item: T) => string): T | undefined {
  const fold = (s: string) => s.normalize("NFC").toLocaleLowerCase("vi");
  const folded = fold(name);
  return items.find((i) => nameOf(i) === name) ?? items.find((i) => fold(nameOf(i)) === folded);
}
