/**
 * Is a word a well-formed Vietnamese syllable? Used to score candidate decodings of legacy text, so it
 * needs to be right on real words and strict enough to reject the mojibake a wrong decoding produces.
 * Syllable = initial consonant? + rhyme (vần) + one tone; checked rhymes (final p, t, c, ch) take only
 * sắc or nặng.
 */

/** Initial consonants, longest alternatives included (exported for test generators). */
export const syllableInitials: readonly string[] = [
  "",
  "b",
  "c",
  "ch",
  "d",
  "đ",
  "g",
  "gh",
  "gi",
  "h",
  "k",
  "kh",
  "l",
  "m",
  "n",
  "ng",
  "ngh",
  "nh",
  "p",
  "ph",
  "qu",
  "r",
  "s",
  "t",
  "th",
  "tr",
  "v",
  "x",
];

/** Rhymes without tone, each nucleus with the finals it takes. */
const rhymeGroups: ReadonlyArray<readonly [string, string]> = [
  ["a", " c ch i m n ng nh o p t u y"],
  ["ă", "c m n ng p t"],
  ["â", "c m n ng p t u y"],
  ["e", " c m n ng o p t"],
  ["ê", " ch m n nh p t u"],
  ["i", " a ch m n nh p t u"],
  ["iê", "c m n ng p t u"],
  ["yê", "m n t u"],
  ["o", " a c e i m n ng p t o"],
  ["oa", " c ch i m n ng nh p t y o"],
  ["oă", "c m n ng t"],
  ["oe", " n o t"],
  ["oo", "c ng"],
  ["ô", " c i m n ng p t"],
  ["ơ", " i m n p t"],
  ["u", " a c i m n ng p t y ê ơ"],
  ["uâ", "n ng t y"],
  ["uê", " ch n nh"],
  ["uy", " a ch n nh p t u"],
  ["uyê", "n t"],
  ["uô", "c i m n ng t"],
  ["ư", " a c i m n ng t u"],
  ["ươ", "c i m n ng p t u"],
  ["y", ""],
];

/** Every rhyme without tone (exported for test generators). */
export const syllableRhymes: ReadonlySet<string> = new Set(
  rhymeGroups.flatMap(([nucleus, finals]) => finals.split(" ").map((final) => nucleus + final)),
);

const checkedFinals = /(p|t|c|ch)$/;
const frontVowel = /^[ieêy]/;

/** Spelling rules: k, gh, ngh before i e ê (y); c, ng before the others; lone y after few initials. */
function spelledRight(initial: string, rhyme: string): boolean {
  if (initial === "k" || initial === "gh" || initial === "ngh")
    return frontVowel.test(rhyme) && (initial === "k" || !rhyme.startsWith("y"));
  if (initial === "c" || initial === "ng") return !frontVowel.test(rhyme);
  if (initial === "g") return !/^[eê]/.test(rhyme);
  if (rhyme === "y") return ["", "h", "k", "l", "m", "s", "t", "v", "qu", "d"].includes(initial);
  return true;
}
const toneMarks = /[\u0300\u0301\u0303\u0309\u0323]/g;

/** Splits a lower-case NFC word into its bare letters and its tone marks. */
function stripTone(word: string): { bare: string; tones: string[] } {
  const nfd = word.normalize("NFD");
  const tones = nfd.match(toneMarks) ?? [];
  return { bare: nfd.replace(toneMarks, "").normalize("NFC"), tones };
}

/** Upper, lower or capitalised: mojibake often puts a capital inside a word. */
function plausibleCase(word: string): boolean {
  const rest = word.slice(1);
  return rest === rest.toLowerCase() || word === word.toUpperCase();
}

/** True when the word is one well-formed Vietnamese syllable. */
export function isVietnameseSyllable(word: string): boolean {
  const nfc = word.normalize("NFC");
  if (!/^\p{L}+$/u.test(nfc) || !plausibleCase(nfc)) return false;
  const { bare, tones } = stripTone(nfc.toLowerCase());
  if (tones.length > 1 || /[\u0300-\u036f]/.test(bare)) return false;
  const tone = tones[0];
  for (const initial of syllableInitials) {
    if (!bare.startsWith(initial)) continue;
    let rhyme = bare.slice(initial.length);
    // "gì", "gìn": the i of gi doubles as the vowel when nothing else follows.
    if (initial === "gi" && !/^[aăâeêioôơuưy]/.test(rhyme)) rhyme = "i" + rhyme;
    if (!syllableRhymes.has(rhyme) || !spelledRight(initial, rhyme)) continue;
    if (checkedFinals.test(rhyme) && tone !== undefined && tone !== "\u0301" && tone !== "\u0323") continue;
    return true;
  }
  return false;
}
