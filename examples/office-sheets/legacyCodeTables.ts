// Legacy Vietnamese encodings, as old office sheets store their text: each legacy byte sits in the
// cell as the Latin-1 character of the same code, which is what Excel shows with a Unicode font.
// Transcribed by hand from the published code tables (TCVN 5712:1993 VN3 "ABC"; VNI-Windows), for
// the generator only: the project's own decoder is never used here, so the example sheets can test it.

/** Tone order in both tables below: none, grave (huyền), hook (hỏi), tilde (ngã), acute (sắc), dot (nặng). */
const TONES = 6;

// TCVN3 (VN3): one byte per letter. The lower-case letters all have codes; of the capitals only the
// seven without a tone mark do. Rows: the Unicode letters, then their codes in the same tone order.
const tcvn3Rows: readonly (readonly [string, readonly number[]])[] = [
  ["aàảãáạ", [0x61, 0xb5, 0xb6, 0xb7, 0xb8, 0xb9]],
  ["ăằẳẵắặ", [0xa8, 0xbb, 0xbc, 0xbd, 0xbe, 0xc6]],
  ["âầẩẫấậ", [0xa9, 0xc7, 0xc8, 0xc9, 0xca, 0xcb]],
  ["eèẻẽéẹ", [0x65, 0xcc, 0xce, 0xcf, 0xd0, 0xd1]],
  ["êềểễếệ", [0xaa, 0xd2, 0xd3, 0xd4, 0xd5, 0xd6]],
  ["iìỉĩíị", [0x69, 0xd7, 0xd8, 0xdc, 0xdd, 0xde]],
  ["oòỏõóọ", [0x6f, 0xdf, 0xe1, 0xe2, 0xe3, 0xe4]],
  ["ôồổỗốộ", [0xab, 0xe5, 0xe6, 0xe7, 0xe8, 0xe9]],
  ["ơờởỡớợ", [0xac, 0xea, 0xeb, 0xec, 0xed, 0xee]],
  ["uùủũúụ", [0x75, 0xef, 0xf1, 0xf2, 0xf3, 0xf4]],
  ["ưừửữứự", [0xad, 0xf5, 0xf6, 0xf7, 0xf8, 0xf9]],
  ["yỳỷỹýỵ", [0x79, 0xfa, 0xfb, 0xfc, 0xfd, 0xfe]],
  ["đ", [0xae]],
  ["ĂÂÊÔƠƯĐ", [0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7]],
];

// VNI-Windows: a base letter followed by one mark byte (two marks combine into one byte), except a few
// letters that have a single byte of their own (ơ, ư, đ, and i/ỵ with tones). Rows: the Unicode
// letters, then their codes in the same tone order; a code string may be several bytes.
const vniLowerRows: readonly (readonly [string, readonly (readonly number[])[]])[] = [
  ["aàảãáạ", [[0x61], [0x61, 0xf8], [0x61, 0xfb], [0x61, 0xf5], [0x61, 0xf9], [0x61, 0xef]]],
  [
    "ăằẳẵắặ",
    [
      [0x61, 0xea],
      [0x61, 0xe8],
      [0x61, 0xfa],
      [0x61, 0xfc],
      [0x61, 0xe9],
      [0x61, 0xeb],
    ],
  ],
  [
    "âầẩẫấậ",
    [
      [0x61, 0xe2],
      [0x61, 0xe0],
      [0x61, 0xe5],
      [0x61, 0xe3],
      [0x61, 0xe1],
      [0x61, 0xe4],
    ],
  ],
  ["eèẻẽéẹ", [[0x65], [0x65, 0xf8], [0x65, 0xfb], [0x65, 0xf5], [0x65, 0xf9], [0x65, 0xef]]],
  [
    "êềểễếệ",
    [
      [0x65, 0xe2],
      [0x65, 0xe0],
      [0x65, 0xe5],
      [0x65, 0xe3],
      [0x65, 0xe1],
      [0x65, 0xe4],
    ],
  ],
  ["iìỉĩíị", [[0x69], [0xec], [0xe6], [0xf3], [0xed], [0xf2]]],
  ["oòỏõóọ", [[0x6f], [0x6f, 0xf8], [0x6f, 0xfb], [0x6f, 0xf5], [0x6f, 0xf9], [0x6f, 0xef]]],
  [
    "ôồổỗốộ",
    [
      [0x6f, 0xe2],
      [0x6f, 0xe0],
      [0x6f, 0xe5],
      [0x6f, 0xe3],
      [0x6f, 0xe1],
      [0x6f, 0xe4],
    ],
  ],
  ["ơờởỡớợ", [[0xf4], [0xf4, 0xf8], [0xf4, 0xfb], [0xf4, 0xf5], [0xf4, 0xf9], [0xf4, 0xef]]],
  ["uùủũúụ", [[0x75], [0x75, 0xf8], [0x75, 0xfb], [0x75, 0xf5], [0x75, 0xf9], [0x75, 0xef]]],
  ["ưừửữứự", [[0xf6], [0xf6, 0xf8], [0xf6, 0xfb], [0xf6, 0xf5], [0xf6, 0xf9], [0xf6, 0xef]]],
  ["yỳỷỹýỵ", [[0x79], [0x79, 0xf8], [0x79, 0xfb], [0x79, 0xf5], [0x79, 0xf9], [0xee]]],
  ["đ", [[0xf1]]],
];

function table(rows: readonly (readonly [string, readonly (readonly number[] | number)[]])[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const [letters, codes] of rows) {
    const chars = [...letters];
    if (chars.length !== codes.length || (chars.length !== TONES && chars.length !== 1 && chars.length !== 7))
      throw new Error(`code table row "${letters}" has ${codes.length} codes`);
    chars.forEach((letter, i) => {
      const code = codes[i] as number | readonly number[];
      map.set(letter, String.fromCharCode(...(typeof code === "number" ? [code] : code)));
    });
  }
  return map;
}

const tcvn3 = table(tcvn3Rows);

// VNI's capitals are its lower-case codes with every byte in upper case: the base letter, and the mark
// bytes, which sit 0x20 below their lower-case forms exactly as Latin-1 capitals do (ù F9 → Ù D9).
const vni = (() => {
  const lower = table(vniLowerRows);
  const map = new Map(lower);
  for (const [letter, code] of lower) map.set(letter.toUpperCase(), code.toUpperCase());
  return map;
})();

function encode(text: string, codes: ReadonlyMap<string, string>, name: string): string {
  let out = "";
  for (const char of text.normalize("NFC")) {
    const code = codes.get(char);
    if (code !== undefined) out += code;
    else if (char.charCodeAt(0) < 0x80) out += char;
    else throw new Error(`${name} has no code for "${char}" in "${text}"`);
  }
  return out;
}

/**
 * Unicode Vietnamese as a `.VnTime` cell stores it in TCVN3: "Hội nghị tập huấn" → "Héi nghÞ tËp huÊn".
 * Throws on a capital with a tone mark, which VN3 cannot write: such text goes in a `.VnTimeH` cell
 * (encodeTcvn3Capitals).
 */
export function encodeTcvn3(text: string): string {
  return encode(text, tcvn3, "TCVN3 (.VnTime)");
}

/**
 * Capital text as a `.VnTimeH` cell stores it: that font draws the lower-case codes as capitals, so the
 * text is kept in lower case ("TỔNG CỘNG" → "tæng céng"), as real sheets typed in that font are.
 */
export function encodeTcvn3Capitals(text: string): string {
  return encodeTcvn3(text.normalize("NFC").toLowerCase());
}

/** Unicode Vietnamese as a `VNI-Times` cell stores it: "Việt Nam" → "Vieät Nam", "ĐỘC LẬP" → "ÑOÄC LAÄP". */
export function encodeVni(text: string): string {
  return encode(text, vni, "VNI-Windows");
}
