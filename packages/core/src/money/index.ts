// @hgcs/core/money — whole đồng: write amounts (1.234.567), read typed amounts, and the scale of a sheet's
// "Đơn vị tính" caption.
export { groupDigits } from "../findings/formatFinding.js";
export type { FormatVndOptions } from "./formatVnd.js";
export { formatVnd } from "./formatVnd.js";
export type {
  AmountConvention,
  AmountParseCode,
  AmountParseReason,
  DecimalSeparator,
  ParsedAmount,
  ThousandsSeparator,
} from "./parseAmountText.js";
export { parseAmountText } from "./parseAmountText.js";
export { describeAmountReason } from "./describeAmountReason.js";
export { scaleFromCaption } from "./scaleFromCaption.js";
export { toDong } from "./toDong.js";
export type { Scale } from "./scale.js";
export type { RoundMode } from "./roundTo.js";
