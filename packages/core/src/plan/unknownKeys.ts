/** Most unknown keys reported for one document: a file of junk says so in a few lines, not thousands. */
export const maxUnknownKeys = 20;

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * The JSON paths of keys the input has and the parsed value dropped: a schema strips keys it does not know, so
 * whatever is in the input and not in its parse is unknown to the format (a typo such as "daysEch", or a field
 * of another version). Descends only where both sides go on, so its work is bounded by the schema's shape;
 * `$schema` (an editor's hint) is never reported.
 */
export function unknownKeyPaths(input: unknown, parsed: unknown): string[] {
  const out: string[] = [];
  // A stack of pairs to compare, or of a path already known to be unknown (a string), visited in document order.
  const pending: ([unknown, unknown, string] | string)[] = [[input, parsed, ""]];
  for (let next = pending.pop(); next !== undefined && out.length < maxUnknownKeys; next = pending.pop()) {
    if (typeof next === "string") {
      out.push(next);
      continue;
    }
    const [from, to, path] = next;
    const at = (key: string | number) => (path === "" ? String(key) : `${path}.${key}`);
    if (Array.isArray(from) && Array.isArray(to)) {
      for (let i = Math.min(from.length, to.length) - 1; i >= 0; i--) pending.push([from[i], to[i], at(i)]);
    } else if (isPlainObject(from) && isPlainObject(to)) {
      const keys = Object.keys(from);
      for (let i = keys.length - 1; i >= 0; i--) {
        const key = keys[i] as string;
        if (Object.hasOwn(to, key)) pending.push([from[key], to[key], at(key)]);
        else if (key !== "$schema") pending.push(at(key));
      }
    }
  }
  return out;
}
