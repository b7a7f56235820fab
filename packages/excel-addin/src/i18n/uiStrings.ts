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
  // Sections per sheet kind.
  readonly sections: {
    readonly estimate: string;
    readonly "conference-list": string;
    readonly distribution: string;
    readonly schedule: string;
  };
  readonly listKinds: { readonly delegates: string; readonly support: string };
  readonly detect: string;
  /** "Sheet X is <kind>" without a full stop: the findings count or a notice follows. */
  readonly detected: (sheet: string, kind: string) => string;
  readonly findingCount: (count: number) => string;
  readonly kindUnknown: (sheet: string) => string;
  readonly listIntro: string;
  readonly series: string;
  readonly checkList: string;
  readonly newLists: string;
  readonly newListsDone: (count: number) => string;
  readonly noList: (sheet: string) => string;
  readonly needsSeries: string;
  /** The estimate sheet a support list was compared with, and its limit per conference (digits grouped). */
  readonly estimateLimit: (sheet: string, limit: string) => string;
  readonly distributionIntro: string;
  readonly weights: string;
  readonly weightsFile: string;
  readonly weightsLoaded: (name: string) => string;
  readonly checkDistribution: string;
  readonly newDistribution: string;
  readonly newDistributionDone: (sheet: string) => string;
  readonly distributionNotDrawn: string;
  readonly noDistribution: (sheet: string) => string;
  readonly scheduleIntro: string;
  readonly minGap: string;
  readonly proposeSchedule: string;
  readonly proposed: (count: number) => string;
  readonly conferenceDay: (number: number, days: string, weekday: string) => string;
  readonly typedDates: string;
  readonly checkSchedule: string;
  readonly scheduleChecked: (count: number) => string;
  readonly scheduleClean: string;
  readonly checkScheduleSheet: string;
  readonly newSchedule: string;
  readonly newScheduleDone: (sheet: string, count: number) => string;
  readonly scheduleNotDrawn: string;
  readonly noSchedule: (sheet: string) => string;
  readonly line: (line: number) => string;
  // The summary card and the budget's picture.
  readonly summaryTitle: string;
  readonly totalLabel: string;
  readonly wordsLabel: string;
  readonly perConference: string;
  readonly perDelegateDay: string;
  readonly allocated: string;
  readonly remaining: string;
  readonly overAllocation: string;
  readonly chartTitle: string;
  /** The picture's text alternative: its parts and their shares. */
  readonly chartLabel: (parts: string) => string;
  /** A part of the picture: its name, money and share of the total. */
  readonly chartPart: (name: string, amount: string, percent: string) => string;
  readonly capsTitle: string;
  readonly capOver: (percent: string) => string;
  readonly capWithin: (percent: string) => string;
  readonly capAdvisory: string;
  readonly capLabel: (content: string, rate: string, cap: string, unit: string) => string;
  /** Several cells where Excel selects one: the first is selected, the others named. */
  readonly firstSelected: (cells: string) => string;
  readonly partSelected: (name: string, count: number) => string;
  // First run and help.
  readonly firstRunTitle: string;
  readonly firstRunLine1: string;
  readonly firstRunLine2: string;
  readonly openExample: string;
  readonly exampleSheetName: string;
  readonly exampleSubtitle: (title: string) => string;
  readonly exampleDone: (sheet: string) => string;
  readonly help: string;
  readonly allocationSetting: string;
  readonly findingsLabel: string;
  readonly sectionsNav: string;
  readonly actionsLabel: string;
  // Custom-function errors (shown by Excel with #VALUE! / #N/A).
  readonly fnNotWholeDong: string;
  readonly fnNotInteger: string;
  readonly fnBadStyle: (token: string) => string;
  readonly fnBadDate: string;
  readonly fnUnknownNorm: (id: string, date: string, jurisdiction: string) => string;
  readonly fnNoFigure: (id: string) => string;
  readonly fnNotVerified: (id: string, status: string, advice: number | null) => string;
  readonly fnBadWhat: (word: string) => string;
}
