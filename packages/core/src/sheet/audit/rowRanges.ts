/** Rows to test membership of (a Set of row numbers fits). */
export interface RowSet {
  has(row: number): boolean;
}

/**
 * The rows of some ranges (top and bottom inclusive) as sorted, disjoint spans, tested by binary search:
 * what an additive formula adds, without a set entry for every row of SUM(G10:G9000).
 */
export class RowRanges implements RowSet {
  private readonly tops: number[] = [];
  private readonly bottoms: number[] = [];

  constructor(ranges: readonly { readonly top: number; readonly bottom: number }[]) {
    const sorted = ranges.filter((r) => r.top <= r.bottom).sort((a, b) => a.top - b.top);
    for (const { top, bottom } of sorted) {
      const last = this.bottoms.length - 1;
      const lastBottom = this.bottoms[last];
      if (lastBottom !== undefined && top <= lastBottom + 1) this.bottoms[last] = Math.max(lastBottom, bottom);
      else {
        this.tops.push(top);
        this.bottoms.push(bottom);
      }
    }
  }

  /** The first and last row of all the spans; undefined when there are none. */
  bounds(): { readonly top: number; readonly bottom: number } | undefined {
    const top = this.tops[0];
    const bottom = this.bottoms[this.bottoms.length - 1];
    return top === undefined || bottom === undefined ? undefined : { top, bottom };
  }

  has(row: number): boolean {
    // The last span starting at or above the row.
    let lo = 0;
    let hi = this.tops.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.tops[mid] ?? 0) <= row) lo = mid;
      else hi = mid - 1;
    }
    const top = this.tops[lo];
    const bottom = this.bottoms[lo];
    return top !== undefined && bottom !== undefined && top <= row && row <= bottom;
  }
}
