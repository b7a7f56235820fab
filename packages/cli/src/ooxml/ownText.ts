/**
 * A copy of a string that holds only its own characters. Text cut from an inflated chunk is a view into the
 * whole chunk (V8 slices), and one kept cell would keep 256 KB of XML alive.
 */
export function own(text: string): string {
  return text.length < 13 ? text : (text + "\u0000").slice(0, -1);
}

/** Short texts repeat down a sheet (units, "người", "hội nghị"): one copy each, up to a bounded table. */
export class ShortTexts {
  private readonly known = new Map<string, string>();

  get(text: string): string {
    if (text.length > 24) return own(text);
    const seen = this.known.get(text);
    if (seen !== undefined) return seen;
    const copy = own(text);
    if (this.known.size < 100_000) this.known.set(copy, copy);
    return copy;
  }
}
