import { cleanText } from "@hgcs/core/text";
import { type AmountWordsOptions } from "@hgcs/core/words";

/** Words options from a style text such as "lẻ ngàn" or "linh, chẵn"; `bad` is the first unknown word. */
export function parseWordsStyle(style: string | null | undefined): { options: AmountWordsOptions; bad?: string } {
  const options: { -readonly [K in keyof AmountWordsOptions]: AmountWordsOptions[K] } = {};
  for (const token of cleanText(style ?? "")
    .toLocaleLowerCase("vi")
    .split(/[\s,;]+/)
    .filter(Boolean)) {
    if (token === "linh" || token === "lẻ") options.zeroTens = token;
    else if (token === "nghìn" || token === "ngàn") options.thousand = token;
    else if (token === "tư" || token === "bốn") options.fourAfterTens = token;
    else if (token === "tỷ" || token === "tỉ") options.billion = token;
    else if (token === "chẵn") options.chan = true;
    else return { options, bad: token };
  }
  return { options };
}
