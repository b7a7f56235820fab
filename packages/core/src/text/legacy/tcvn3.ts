import { legacyByte } from "./byteView.js";

/**
 * TCVN 5712:1993 (the "ABC" / TCVN3 code used with .VnTime fonts): byte → Unicode.
 * VN3 fonts hold lower-case letters with tones in 0xB5–0xFE and the bare capitals Ă Â Ê Ô Ơ Ư Đ in
 * 0xA1–0xA7; the full VN1 table also places capitals with tones in 0x80–0x9F, in the gaps of the upper
 * half and in a few C0 positions. We decode the full table: it is a superset, so VN3 text reads the same.
 * Within each vowel the tones follow the standard's order: huyền, hỏi, ngã, sắc, nặng.
 */
const rows: ReadonlyArray<readonly [number, string]> = [
  // Capitals with tones in C0 positions (VN1 only).
  [0x01, "Ú"], [0x02, "Ụ"], [0x04, "Ừ"], [0x05, "Ử"], [0x06, "Ữ"],
  [0x11, "Ứ"], [0x12, "Ự"], [0x13, "Ỳ"], [0x14, "Ỷ"], [0x15, "Ỹ"], [0x16, "Ý"], [0x17, "Ỵ"],
  // 0x80–0x9F (VN1 only).
  [0x80, "À"], [0x81, "Ả"], [0x82, "Ã"], [0x83, "Á"], [0x84, "Ạ"], [0x85, "Ặ"], [0x86, "Ậ"], [0x87, "È"],
  [0x88, "Ẻ"], [0x89, "Ẽ"], [0x8a, "É"], [0x8b, "Ẹ"], [0x8c, "Ệ"], [0x8d, "Ì"], [0x8e, "Ỉ"], [0x8f, "Ĩ"],
  [0x90, "Í"], [0x91, "Ị"], [0x92, "Ò"], [0x93, "Ỏ"], [0x94, "Õ"], [0x95, "Ó"], [0x96, "Ọ"], [0x97, "Ộ"],
  [0x98, "Ờ"], [0x99, "Ở"], [0x9a, "Ỡ"], [0x9b, "Ớ"], [0x9c, "Ợ"], [0x9d, "Ù"], [0x9e, "Ủ"], [0x9f, "Ũ"],
  // 0xA0–0xAF: bare capitals and lower-case letters with breve, circumflex, horn; đ.
  [0xa1, "Ă"], [0xa2, "Â"], [0xa3, "Ê"], [0xa4, "Ô"], [0xa5, "Ơ"], [0xa6, "Ư"], [0xa7, "Đ"],
  [0xa8, "ă"], [0xa9, "â"], [0xaa, "ê"], [0xab, "ô"], [0xac, "ơ"], [0xad, "ư"], [0xae, "đ"], [0xaf, "Ằ"],
  // 0xB0–0xB4: combining tone marks (VN1).
  [0xb0, "\u0300"], [0xb1, "\u0309"], [0xb2, "\u0303"], [0xb3, "\u0301"], [0xb4, "\u0323"],
  [0xb5, "à"], [0xb6, "ả"], [0xb7, "ã"], [0xb8, "á"], [0xb9, "ạ"], [0xba, "Ẳ"], [0xbb, "ằ"], [0xbc, "ẳ"],
  [0xbd, "ẵ"], [0xbe, "ắ"], [0xbf, "Ẵ"],
  [0xc0, "Ắ"], [0xc1, "Ầ"], [0xc2, "Ẩ"], [0xc3, "Ẫ"], [0xc4, "Ấ"], [0xc5, "Ề"], [0xc6, "ặ"], [0xc7, "ầ"],
  [0xc8, "ẩ"], [0xc9, "ẫ"], [0xca, "ấ"], [0xcb, "ậ"], [0xcc, "è"], [0xcd, "Ể"], [0xce, "ẻ"], [0xcf, "ẽ"],
  [0xd0, "é"], [0xd1, "ẹ"], [0xd2, "ề"], [0xd3, "ể"], [0xd4, "ễ"], [0xd5, "ế"], [0xd6, "ệ"], [0xd7, "ì"],
  [0xd8, "ỉ"], [0xd9, "Ễ"], [0xda, "Ế"], [0xdb, "Ồ"], [0xdc, "ĩ"], [0xdd, "í"], [0xde, "ị"], [0xdf, "ò"],
  [0xe0, "Ổ"], [0xe1, "ỏ"], [0xe2, "õ"], [0xe3, "ó"], [0xe4, "ọ"], [0xe5, "ồ"], [0xe6, "ổ"], [0xe7, "ỗ"],
  [0xe8, "ố"], [0xe9, "ộ"], [0xea, "ờ"], [0xeb, "ở"], [0xec, "ỡ"], [0xed, "ớ"], [0xee, "ợ"], [0xef, "ù"],
  [0xf0, "Ỗ"], [0xf1, "ủ"], [0xf2, "ũ"], [0xf3, "ú"], [0xf4, "ụ"], [0xf5, "ừ"], [0xf6, "ử"], [0xf7, "ữ"],
  [0xf8, "ứ"], [0xf9, "ự"], [0xfa, "ỳ"], [0xfb, "ỷ"], [0xfc, "ỹ"], [0xfd, "ý"], [0xfe, "ỵ"], [0xff, "Ố"],
];

/** byte → Unicode for TCVN3. */
export const tcvn3Table: ReadonlyMap<number, string> = new Map(rows);

/**
 * Decodes TCVN3 text. With `capitals` (fonts such as .VnTimeH, which draw capitals from lower-case
 * codes) the result is upper-cased, as the reader saw it on screen.
 */
export function decodeTcvn3(text: string, capitals = false): string {
  let out = "";
  for (const char of text) {
    const byte = legacyByte(char);
    out += (byte === undefined ? undefined : tcvn3Table.get(byte)) ?? char;
  }
  out = out.normalize("NFC");
  return capitals ? out.toUpperCase() : out;
}
