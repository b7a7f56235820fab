// Shared vectors for the words tests. {linh} {nghìn} {tư} {tỷ} are filled in per style.
import type { WordsOptions } from "../wordsOptions.js";

export const wordVectors: readonly (readonly [bigint, string])[] = [
  [0n, "không"],
  [1n, "một"],
  [4n, "bốn"],
  [5n, "năm"],
  [10n, "mười"],
  [11n, "mười một"],
  [14n, "mười bốn"],
  [15n, "mười lăm"],
  [20n, "hai mươi"],
  [21n, "hai mươi mốt"],
  [24n, "hai mươi {tư}"],
  [25n, "hai mươi lăm"],
  [55n, "năm mươi lăm"],
  [100n, "một trăm"],
  [101n, "một trăm {linh} một"],
  [104n, "một trăm {linh} bốn"],
  [105n, "một trăm {linh} năm"],
  [110n, "một trăm mười"],
  [115n, "một trăm mười lăm"],
  [134n, "một trăm ba mươi {tư}"],
  [500n, "năm trăm"],
  [1_000n, "một {nghìn}"],
  [1_001n, "một {nghìn} không trăm {linh} một"],
  [1_010n, "một {nghìn} không trăm mười"],
  [1_021n, "một {nghìn} không trăm hai mươi mốt"],
  [10_000n, "mười {nghìn}"],
  [15_000n, "mười lăm {nghìn}"],
  [100_021n, "một trăm {nghìn} không trăm hai mươi mốt"],
  [124_001n, "một trăm hai mươi {tư} {nghìn} không trăm {linh} một"],
  [1_000_005n, "một triệu không trăm {linh} năm"],
  [1_005_000n, "một triệu không trăm {linh} năm {nghìn}"],
  [1_250_000n, "một triệu hai trăm năm mươi {nghìn}"],
  [5_690_700n, "năm triệu sáu trăm chín mươi {nghìn} bảy trăm"],
  [19_990_000n, "mười chín triệu chín trăm chín mươi {nghìn}"],
  [131_050_035n, "một trăm ba mươi mốt triệu không trăm năm mươi {nghìn} không trăm ba mươi lăm"],
  [243_000_000n, "hai trăm bốn mươi ba triệu"],
  [854_000_900n, "tám trăm năm mươi {tư} triệu chín trăm"],
  [1_000_000_000n, "một {tỷ}"],
  [1_000_000_005n, "một {tỷ} không trăm {linh} năm"],
  [1_453_121_401n, "một {tỷ} bốn trăm năm mươi ba triệu một trăm hai mươi mốt {nghìn} bốn trăm {linh} một"],
  [1_000_000_000_000n, "một {nghìn} {tỷ}"],
  [1_000_000_001_000n, "một {nghìn} {tỷ} không trăm {linh} một {nghìn}"],
  [10n ** 15n, "một triệu {tỷ}"],
  [10n ** 18n, "một {tỷ} {tỷ}"],
  [10n ** 18n + 10n ** 9n, "một {tỷ} không trăm {linh} một {tỷ}"],
  [10n ** 21n, "một {nghìn} {tỷ} {tỷ}"],
  [10n ** 27n, "một {tỷ} {tỷ} {tỷ}"],
  [
    9_007_199_254_740_993n,
    "chín triệu không trăm {linh} bảy {nghìn} một trăm chín mươi chín {tỷ} hai trăm năm mươi {tư} triệu bảy trăm bốn mươi {nghìn} chín trăm chín mươi ba",
  ],
];

/** Every combination of the four style switches (capitalize is tested separately). */
export const allStyles: readonly WordsOptions[] = (["linh", "lẻ"] as const).flatMap((zeroTens) =>
  (["nghìn", "ngàn"] as const).flatMap((thousand) =>
    (["tư", "bốn"] as const).flatMap((fourAfterTens) =>
      (["tỷ", "tỉ"] as const).map((billion) => ({ zeroTens, thousand, fourAfterTens, billion })),
    ),
  ),
);

/** Fills a vector's placeholders for a style. */
export function expectedWords(template: string, options: WordsOptions): string {
  return template
    .replaceAll("{linh}", options.zeroTens ?? "linh")
    .replaceAll("{nghìn}", options.thousand ?? "nghìn")
    .replaceAll("{tư}", options.fourAfterTens ?? "tư")
    .replaceAll("{tỷ}", options.billion ?? "tỷ");
}
