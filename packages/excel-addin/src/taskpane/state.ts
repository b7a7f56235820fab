// The pane's state, in one place: what the last result was about and whether an action is running.

export interface PaneState {
  /** The sheet the findings shown belong to (a finding without its own sheet is on it). */
  currentSheet: string;
  /** True while an action runs: the buttons are disabled and a second action waits its turn or is dropped. */
  busy: boolean;
  /** A sheet activated while an action ran: it is inspected once the action is over. */
  followPending: boolean;
  /** The sheet our last draw activated: its activation event is ours, and the draw's message stays. */
  drawn: string | undefined;
}

export function initialState(): PaneState {
  return { currentSheet: "", busy: false, followPending: false, drawn: undefined };
}
