/** What a scan reports: elements opening and closing (names without a namespace prefix) and text. */
export interface XmlHandler {
  open(name: string, attributes: string, selfClosing: boolean): void;
  close(name: string): void;
  /** Text between tags, still escaped (decodeXml it), or CDATA content, already plain. */
  text(text: string, cdata: boolean): void;
}

/**
 * A small incremental XML scanner for OOXML parts, fed text chunks as they are inflated. It neither
 * resolves DTDs nor expands entities beyond XML's five and numeric references, so a crafted part cannot
 * make it allocate more than its own size. Text is reported only once complete (an entity is never split).
 */
export class XmlScanner {
  private rest = "";

  constructor(private readonly handler: XmlHandler) {}

  feed(chunk: string): void {
    const s = this.rest === "" ? chunk : this.rest + chunk;
    let i = 0;
    for (;;) {
      const lt = s.indexOf("<", i);
      if (lt < 0) break;
      if (lt > i) this.handler.text(s.slice(i, lt), false);
      i = lt;
      const next = s.charCodeAt(lt + 1);
      let end: number;
      if (next === 0x21 /* ! */) {
        if (s.startsWith("<!--", lt)) {
          end = s.indexOf("-->", lt + 4);
          if (end < 0) break;
          i = end + 3;
        } else if (s.startsWith("<![CDATA[", lt)) {
          end = s.indexOf("]]>", lt + 9);
          if (end < 0) break;
          this.handler.text(s.slice(lt + 9, end), true);
          i = end + 3;
        } else {
          end = s.indexOf(">", lt + 2);
          if (end < 0) break;
          i = end + 1;
        }
        continue;
      }
      if (next === 0x3f /* ? */) {
        end = s.indexOf("?>", lt + 2);
        if (end < 0) break;
        i = end + 2;
        continue;
      }
      end = tagEnd(s, lt + 1);
      if (end < 0) break;
      if (next === 0x2f /* / */) {
        this.handler.close(localName(s.slice(lt + 2, end).trim()));
      } else {
        const selfClosing = s.charCodeAt(end - 1) === 0x2f;
        const body = s.slice(lt + 1, selfClosing ? end - 1 : end);
        const space = body.search(/\s/);
        const name = localName(space < 0 ? body : body.slice(0, space));
        const attributes = space < 0 ? "" : body.slice(space);
        this.handler.open(name, attributes, selfClosing);
        if (selfClosing) this.handler.close(name);
      }
      i = end + 1;
    }
    this.rest = s.slice(i);
  }

  /** True when everything fed was complete markup (a part that ends mid-tag is damaged). */
  get complete(): boolean {
    return this.rest.trim() === "";
  }
}

/** Where a tag that starts at `from` ends (its ">"), skipping quoted attribute values; -1 if not yet. */
function tagEnd(s: string, from: number): number {
  let quote = 0;
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 0x22 || c === 0x27) {
      quote = c;
    } else if (c === 0x3e) {
      return i;
    }
  }
  return -1;
}

function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

const attributePattern = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** An element's attributes by local name (a prefix such as r: dropped), values unescaped. */
export function attributesOf(attributes: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (attributes === "") return out;
  attributePattern.lastIndex = 0;
  for (let m = attributePattern.exec(attributes); m; m = attributePattern.exec(attributes)) {
    out[localName(m[1] ?? "")] = decodeXml(m[2] ?? m[3] ?? "");
  }
  return out;
}

const entity = /&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g;
const named: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** XML text unescaped: the five named entities and numeric character references. */
export function decodeXml(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(entity, (whole, body: string) => {
    if (body.charCodeAt(0) !== 0x23) return named[body] ?? whole;
    const code = body.charCodeAt(1) === 0x78 ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
    return code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}
