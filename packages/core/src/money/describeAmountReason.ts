import type { LocalizedText } from "../findings/finding.js";
import type { AmountParseReason } from "./parseAmountText.js";

/** Why a text is not an amount, as a sentence in Vietnamese and English. */
export function describeAmountReason(reason: AmountParseReason): LocalizedText {
  switch (reason.code) {
    case "empty":
      return { vi: "không có chữ số", en: "it holds no digits" };
    case "invalid_character":
      return {
        vi: `có ký tự “${reason.character}” không thuộc một số tiền`,
        en: `“${reason.character}” does not belong in an amount`,
      };
    case "bad_grouping":
      return {
        vi: `dấu chấm, dấu phẩy trong “${reason.text}” không theo cách ghi nào`,
        en: `the dots and commas of “${reason.text}” follow no way of writing numbers`,
      };
    case "missing_digits":
      return {
        vi: `“${reason.text}” thiếu chữ số ở một bên dấu phân cách`,
        en: `“${reason.text}” lacks digits on one side of a separator`,
      };
    case "too_large":
      return { vi: `“${reason.text}” quá lớn để là số tiền`, en: `“${reason.text}” is too large for an amount` };
  }
}
