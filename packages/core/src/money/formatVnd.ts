export interface FormatVndOptions {
  /** Append a unit after a space: "1.234.567 đ" / "1.234.567 đồng". */
  readonly suffix?: "đ" | "đồng";
}

/**
 * Formats integer đồng with Vietnamese dot grouping: 1234567 → "1.234.567", −1000 → "-1.000".
 * @throws RangeError for a non-integer (money is whole đồng; convert with toDong first).
 */
export function formatVnd(n: number | bigint, options: FormatVndOptions = {}): string {
  if (typeof n === "number" && !Number.isInteger(n)) {
    throw new RangeError(`formatVnd: ${String(n)} is not a whole number of đồng`);
  }
  const negative = n < 0;
  const digits = (typeof n === "bigint" ? (negative ? -n : n) : BigInt(Math.abs(n))).toString();
  const head = digits.length % 3 || 3;
  let grouped = digits.slice(0, head);
  for (let i = head; i < digits.length; i += 3) grouped += `.${digits.slice(i, i + 3)}`;
  const text = negative ? `-${grouped}` : grouped;
  return options.suffix === undefined ? text : `${text} ${options.suffix}`;
}
