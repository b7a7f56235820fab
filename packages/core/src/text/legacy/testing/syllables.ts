/** Test helpers only: fast-check generators of Vietnamese syllables and sentences. */
import fc from "fast-check";
import { isVietnameseSyllable, syllableInitials, syllableRhymes } from "../syllable.js";

const tones = ["", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"];
const checked = /(p|t|c|ch)$/;
const vowel = /[aăâeêioôơuưy]/;

/** Puts the tone on the main vowel (the last vowel of the nucleus when a final follows, else the first of two). */
function placeTone(rhyme: string, tone: string): string {
  if (tone === "") return rhyme;
  const letters = Array.from(rhyme);
  const vowels = letters.map((l, i) => (vowel.test(l) ? i : -1)).filter((i) => i >= 0);
  const marked = vowels.find((i) => /[ăâêôơư]/.test(letters[i] ?? ""));
  const hasFinal = !vowel.test(letters[letters.length - 1] ?? "");
  const at = marked ?? (hasFinal || vowels.length > 2 ? vowels[vowels.length - 1] : vowels[0]) ?? 0;
  letters[at] = ((letters[at] ?? "") + tone).normalize("NFC");
  return letters.join("");
}

/** A random well-formed syllable, lower case. */
export const syllableArb: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...syllableInitials), fc.constantFrom(...syllableRhymes), fc.constantFrom(...tones))
  .filter(
    ([initial, rhyme]) => !(initial === "gi" && rhyme.startsWith("i")) && !(initial === "qu" && rhyme.startsWith("u")),
  )
  .map(([initial, rhyme, tone]) => {
    const t = checked.test(rhyme) && tone !== "\u0301" && tone !== "\u0323" ? "\u0301" : tone;
    return (initial + placeTone(rhyme, t)).normalize("NFC");
  })
  // Keep the spelling rules (k/c, gh/g, ngh/ng) by asking the checker itself.
  .filter((s) => isVietnameseSyllable(s));

/** Upper, lower or capitalised. */
export const casedSyllableArb: fc.Arbitrary<string> = fc
  .tuple(syllableArb, fc.constantFrom("lower", "upper", "capital"))
  .map(([s, c]) => (c === "upper" ? s.toUpperCase() : c === "capital" ? s.charAt(0).toUpperCase() + s.slice(1) : s));

/** A sentence of syllables with spaces and some punctuation. */
export function sentenceArb(min: number, max: number): fc.Arbitrary<string> {
  return fc
    .array(fc.tuple(casedSyllableArb, fc.constantFrom(" ", " ", " ", ", ", " - ", ". ")), {
      minLength: min,
      maxLength: max,
    })
    .map((parts) =>
      parts
        .map(([w, sep]) => w + sep)
        .join("")
        .trim(),
    );
}
