import { readFileSync } from "node:fs";
import { join } from "node:path";
import { findingCodes } from "@hgcs/core/findings";
import { describe, expect, it } from "vitest";
// @ts-expect-error -- the build's guide script is plain ESM JavaScript without types.
import { guideHtml } from "../scripts/guide.mjs";

const repo = join(import.meta.dirname, "..", "..", "..");
const guide = readFileSync(join(repo, "docs", "huong-dan-su-dung.md"), "utf8");
const toHtml = guideHtml as (markdown: string) => string;

describe("the accountants' guide", () => {
  it("explains every finding code in its table", () => {
    const missing = findingCodes.filter((code) => !guide.includes(`| \`${code}\` |`));
    expect(missing).toEqual([]);
  });

  it("is linked from the README's first screen", () => {
    const firstScreen = readFileSync(join(repo, "README.md"), "utf8").split("\n").slice(0, 12).join("\n");
    expect(firstScreen).toContain("(docs/huong-dan-su-dung.md)");
  });

  it("names only images that exist", () => {
    for (const [, src] of guide.matchAll(/src="([^"]+)"/g))
      expect(() => readFileSync(join(repo, "docs", src ?? ""))).not.toThrow();
  });

  it("becomes a page with its headings, tables and images, every text escaped", () => {
    const html = toHtml("# Tiêu đề\n\nA <b> & **đậm** `mã`\n\n| Mã | Ý |\n| --- | --- |\n| `x.y` | <i> |\n");
    expect(html).toContain('<h1 id="tiêu-đề">Tiêu đề</h1>');
    expect(html).toContain("<p>A &lt;b&gt; &amp; <strong>đậm</strong> <code>mã</code></p>");
    expect(html).toContain("<td><code>x.y</code></td><td>&lt;i&gt;</td>");
  });
});
