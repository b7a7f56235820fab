/** A cell's fill as read before we highlight it, so clearing restores exactly that. */
export interface CellFill {
  readonly color: string;
  /** "None" means no fill at all (restored with fill.clear(), not with white). */
  readonly pattern: string;
}

/** Where a cell is: sheet name and A1 address. */
export interface CellRef {
  readonly sheet: string;
  readonly address: string;
}

/** The key of a cell in maps: "Sheet!A1". */
export function cellKey(ref: CellRef): string {
  return `${ref.sheet}!${ref.address}`;
}
