// The numbers a text cell such as "1.920", "1,2" or "150.000đ" can stand for, read without core (a test
// that accepts fill's retyping of a text number must not ask core what the text says).

const vietnamese = /^\d{1,3}(\.\d{3})+(,\d+)?$/; // 1.500.000 or 1.500,5
const english = /^\d{1,3}(,\d{3})+(\.\d+)?$/; // 1,500,000 or 1,500.5
// One separator before exactly three digits groups thousands in both conventions ("1.920", "1,500").
const plain = /^\d+([.,](\d{1,2}|\d{4,}))?$/; // 1500000, 1,2 or 1.25

/** Every reading of an amount typed as text (empty when it is no amount). */
export function textAmountReadings(text: string): number[] {
  const t = text
    .trim()
    .replace(/\s*(đồng|đ|vnđ|vnd)\.?$/i, "")
    .replace(/\s+/g, "");
  const negative = t.startsWith("-");
  const body = negative ? t.slice(1) : t;
  const readings = new Set<number>();
  if (vietnamese.test(body)) readings.add(Number(body.replaceAll(".", "").replace(",", ".")));
  if (english.test(body)) readings.add(Number(body.replaceAll(",", "")));
  if (plain.test(body)) readings.add(Number(body.replace(",", ".")));
  return [...readings].map((n) => (negative ? -n : n));
}
