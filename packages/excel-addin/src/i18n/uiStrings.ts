/** The task pane's own words (finding messages come from core's catalogues). */
export interface UiStrings {
  readonly title: string;
  readonly subtitle: string;
  readonly check: string;
  readonly fill: string;
  readonly newSheet: string;
  readonly undo: string;
  readonly clearMarks: string;
  readonly marksCleared: (cells: number) => string;
  readonly fix: string;
  readonly settings: string;
  readonly date: string;
  readonly jurisdiction: string;
  readonly jurisdictionNational: string;
  readonly zeroTens: string;
  readonly thousand: string;
  readonly planSource: string;
  readonly planBundled: string;
  readonly planNone: string;
  readonly planFile: string;
  readonly planFileLoaded: (name: string) => string;
  readonly severity: { readonly error: string; readonly warning: string; readonly info: string };
  readonly working: string;
  readonly checked: (sheet: string, count: number) => string;
  readonly clean: (sheet: string) => string;
  readonly noTable: (sheet: string) => string;
  readonly filled: (cells: number) => string;
  readonly nothingToFill: string;
  readonly undone: (cells: number) => string;
  readonly nothingToUndo: string;
  readonly newSheetDone: (sheet: string) => string;
  readonly planInvalid: string;
  readonly failed: (message: string) => string;
  readonly noCell: string;
  // Custom-function errors (shown by Excel with #VALUE! / #N/A).
  readonly fnNotWholeDong: string;
  readonly fnNotInteger: string;
  readonly fnBadStyle: (token: string) => string;
  readonly fnBadDate: string;
  readonly fnUnknownNorm: (id: string, date: string, jurisdiction: string) => string;
  readonly fnNoFigure: (id: string) => string;
}
