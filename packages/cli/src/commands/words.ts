import { amountInWords } from "@hgcs/core/words";
import type { Command } from "../args.js";
import { exitCodes, stop, type Context } from "../context.js";

type WordsArgs = Extract<Command, { name: "words" }>;

/** `hgcs words 243000000 [--le] [--ngan] [--bon] [--ti] [--chan]` → "Hai trăm bốn mươi ba triệu đồng". */
export function wordsCommand(args: WordsArgs, ctx: Context): number {
  const digits = integerDigits(args.number);
  if (digits === undefined) return stop(ctx, { kind: "words.bad_number", value: args.number });
  const words = amountInWords(digits, {
    ...(args.le ? { zeroTens: "lẻ" as const } : {}),
    ...(args.ngan ? { thousand: "ngàn" as const } : {}),
    ...(args.bon ? { fourAfterTens: "bốn" as const } : {}),
    ...(args.ti ? { billion: "tỉ" as const } : {}),
    ...(args.chan ? { chan: true } : {}),
  });
  ctx.io.stdout(words + "\n");
  return exitCodes.ok;
}

/**
 * The digits of a whole number as typed on a command line: "243000000", "243.000.000", "243,000,000",
 * "243 000 000", "-5". Kept as a string so amounts beyond 2^53 stay exact. Undefined for anything else.
 */
export function integerDigits(text: string): string | undefined {
  const t = text.trim().replace(/\u00a0/g, " ");
  const m = /^(-?)(\d{1,3}(?:([.,  ])\d{3})(?:\3\d{3})*|\d+)$/.exec(t);
  if (!m) return undefined;
  const digits = (m[2] ?? "").replace(/[.,  ]/g, "").replace(/^0+(?=\d)/, "");
  return digits === "0" ? "0" : (m[1] ?? "") + digits;
}
