/** The two legacy Vietnamese encodings met in old office sheets. */
export type LegacyEncoding = "TCVN3" | "VNI";

/** What a font name says about its cell's text. */
export interface FontEncoding {
  readonly encoding: LegacyEncoding;
  /** True for TCVN3 capitals fonts (.VnTimeH, .VnArialH): capitals are drawn from lower-case codes. */
  readonly capitals: boolean;
}

/** ".VnTime", ".VnTimeH", ".VnArial NarrowH" → TCVN3; "VNI-Times", "VNI-Helve" → VNI; else undefined. */
export function fontEncoding(font: string | undefined): FontEncoding | undefined {
  const name = font?.trim();
  if (!name) return undefined;
  if (/^\.vn/i.test(name)) return { encoding: "TCVN3", capitals: name.endsWith("H") };
  if (/^vni[- ]/i.test(name)) return { encoding: "VNI", capitals: false };
  return undefined;
}
