// Words for 100.000 random amounts up to 10^12 (fixed seed): hgcs vs the npm package read-vietnamese-number,
// in one describe so vitest prints the ratio; then parsing the same words back.
import { ReadingConfig, doReadNumber } from "read-vietnamese-number";
import { bench, describe } from "vitest";
import { parseVietnameseWords, toVietnameseWords } from "../src/index.js";

/** mulberry32: a small deterministic generator, so every run reads the same amounts. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = seeded(20240501);
// Mixed magnitudes (uniform up to 10^12 would be almost all 12-digit numbers).
const amounts = Array.from({ length: 100_000 }, () => Math.floor(random() * 10 ** Math.ceil(random() * 12)));
const amountStrings = amounts.map(String);
const words = amounts.map((n) => toVietnameseWords(n));

const baselineConfig = new ReadingConfig();
baselineConfig.unit = [];
baselineConfig.units = [[], ["nghìn"], ["triệu"], ["tỷ"]];
baselineConfig.oddText = "linh";

let sink = 0;

describe("number → words, 100.000 amounts up to 10^12", () => {
  bench("hgcs toVietnameseWords", () => {
    for (const n of amounts) sink += toVietnameseWords(n).length;
  });
  bench("read-vietnamese-number doReadNumber", () => {
    for (const s of amountStrings) sink += doReadNumber(s, baselineConfig).length;
  });
});

describe("words → number, the same 100.000 readings", () => {
  bench("hgcs parseVietnameseWords", () => {
    for (const w of words) {
      const r = parseVietnameseWords(w);
      if (r.ok) sink += Number(r.value & 1n);
    }
  });
});

// Keeps the loops from being optimised away.
export const benchSink = (): number => sink;
