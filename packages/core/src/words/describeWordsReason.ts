import type { LocalizedText } from "../findings/finding.js";
import type { WordsParseCode, WordsParseReason } from "./parseVietnameseWords.js";

type Sentence = (word: string) => LocalizedText;

// One sentence per rule the words broke, naming the word where there is one. Typed over every code, so a
// new reason cannot ship without its text.
const sentences: Record<WordsParseCode, Sentence> = {
  empty: () => ({ vi: "không có chữ số nào", en: "there are no number words" }),
  digit_in_text: (w) => ({ vi: `có chữ số “${w}” lẫn trong chữ`, en: `the digits “${w}” stand among the words` }),
  unknown_word: (w) => ({ vi: `không đọc được chữ “${w}”`, en: `“${w}” is not a number word` }),
  unexpected_word: (w) => ({
    vi: `chữ “${w}” không đứng được ở chỗ này`,
    en: `the number word “${w}” cannot stand there`,
  }),
  misplaced_word: (w) => ({
    vi: `chữ “${w}” dùng sai chỗ (mốt, tư, lăm, linh, mươi, không chỉ đứng sau hàng của chúng)`,
    en: `“${w}” is out of its place (mốt, tư, lăm, linh, mươi and không only follow their own digit)`,
  }),
  missing_digit: (w) => ({ vi: `thiếu chữ số trước “${w}”`, en: `a digit is missing before “${w}”` }),
  zero_group: (w) => ({
    vi: `phần bắt đầu bằng “${w}” có giá trị bằng không, không ghi (như “không nghìn”)`,
    en: `the part starting “${w}” reads zero and is not written (as in “không nghìn”)`,
  }),
  scale_order: (w) => ({
    vi: `hàng “${w}” không theo thứ tự tỷ, triệu, nghìn`,
    en: `“${w}” breaks the order billion, million, thousand`,
  }),
  ambiguous_group: (w) => ({
    vi: `“… ${w}” ở cuối có thể hiểu hai cách (như “một nghìn hai” là 1.002 hay 1.200) — ghi rõ`,
    en: `the closing “… ${w}” can be read two ways (as “một nghìn hai”: 1,002 or 1,200) — spell it out`,
  }),
  missing_number: (w) => ({ vi: `không có số trước “${w}”`, en: `no number stands before “${w}”` }),
};

/** Why words could not be read, as a sentence in Vietnamese and English. */
export function describeWordsReason(reason: WordsParseReason): LocalizedText {
  return sentences[reason.code](reason.word ?? "");
}
