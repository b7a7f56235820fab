// @hgcs/core/words — Vietnamese number words: write them (every regional style), the "Bằng chữ: … đồng./."
// line, and read them back.
export type { WordsOptions } from "./wordsOptions.js";
export { toVietnameseWords } from "./toVietnameseWords.js";
export type { AmountWordsOptions } from "./amountInWords.js";
export { amountInWords } from "./amountInWords.js";
export type { WordsLineOptions } from "./wordsLine.js";
export { wordsLine } from "./wordsLine.js";
export type { ParsedWords, WordsParseCode, WordsParseReason } from "./parseVietnameseWords.js";
export { parseVietnameseWords } from "./parseVietnameseWords.js";
export { describeWordsReason } from "./describeWordsReason.js";
