/** The first line of an error's message, for a user-facing detail. */
export function firstLine(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  return (text.split("\n")[0] ?? "").slice(0, 200) || "unknown error";
}
