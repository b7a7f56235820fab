import type { FactorKind } from "../budget/estimate.js";
import type { Scale } from "../money/scale.js";
import type { WordsPlace } from "../table/scanBody.js";

export type { WordsPlace };

/** Grid column indices (0-based, into grid.rows[r]) of an estimate table's columns by role. */
export interface TableColumns {
  readonly number?: number;
  readonly content: number;
  readonly unit?: number;
  /** The factor columns in sheet order (Số lượng, Số người, Số ngày, …). */
  readonly factors: readonly { readonly kind: FactorKind; readonly col: number }[];
  readonly rate?: number;
  readonly amount: number;
  readonly note?: number;
}

/**
 * An estimate table found in a grid. Rows and columns are 0-based grid indices (add grid.origin for sheet
 * coordinates); `range` and `headerCell` are A1 addresses on the sheet.
 */
export interface EstimateTable {
  readonly sheet: string;
  readonly range: string;
  readonly headerCell: string;
  readonly headerTop: number;
  readonly headerBottom: number;
  /** The "(1) (2) … (7)=(4)x(5)x(6)" row under the header, if any. */
  readonly columnNumbersRow?: number;
  readonly columns: TableColumns;
  /** First and last (inclusive) row of the body: sections and lines, before the total row. */
  readonly bodyTop: number;
  readonly bodyBottom: number;
  readonly totalRow?: number;
  readonly words?: WordsPlace;
  /** Money unit of the table; every money cell is multiplied by it to get đồng. */
  readonly scale: Scale;
  /** The caption the scale came from ("Đơn vị tính: 1.000 đồng"), if any. */
  readonly scaleCell?: string;
}
