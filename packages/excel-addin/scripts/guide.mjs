// Turns the accountants' guide (docs/huong-dan-su-dung.md) into a page served with the pane, which its "?"
// opens: the little Markdown the guide uses (headings, paragraphs, lists, tables, quotes, images, links, bold,
// code), with every text escaped. No dependency, nothing fetched.
import { copyFile, mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";

const escape = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Inline Markdown: `code`, **bold**, [text](link); an <img> line of the guide is kept as an image. */
function inline(text) {
  return escape(text)
    .replace(/`([^`]+)`/g, "<code>$1</code>")
    .replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>")
    .replace(/\\\*/g, "*")
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_, label, href) => `<a href="${href}">${label}</a>`);
}

/** A heading's anchor as GitHub makes it (lower case, spaces to hyphens, punctuation dropped). */
function anchor(text) {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, "")
    .trim()
    .replace(/\s/g, "-");
}

function image(line) {
  const src = /src="([^"]+)"/.exec(line)?.[1] ?? "";
  const alt = /alt="([^"]*)"/.exec(line)?.[1] ?? "";
  return `<p><img src="${escape(src)}" alt="${escape(alt)}" width="320"></p>`;
}

/** The guide's Markdown as an HTML page body. */
export function guideHtml(markdown) {
  const out = [];
  const lines = markdown.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.trim() === "") continue;
    const heading = /^(#{1,4}) (.*)$/.exec(line);
    if (heading) {
      const level = heading[1].length;
      out.push(`<h${level} id="${escape(anchor(heading[2]))}">${inline(heading[2])}</h${level}>`);
    } else if (line.startsWith("<img ")) out.push(image(line));
    else if (line.startsWith("| ")) {
      const rows = [];
      while (i < lines.length && lines[i].startsWith("|")) rows.push(lines[i++]);
      i--;
      const cells = (row) =>
        row
          .slice(1, -1)
          .split(" | ")
          .map((c) => c.trim());
      const [head, , ...body] = rows;
      out.push(
        `<table><thead><tr>${cells(head)
          .map((c) => `<th>${inline(c)}</th>`)
          .join("")}</tr></thead><tbody>` +
          body
            .map(
              (r) =>
                `<tr>${cells(r)
                  .map((c) => `<td>${inline(c)}</td>`)
                  .join("")}</tr>`,
            )
            .join("") +
          "</tbody></table>",
      );
    } else if (/^(- |\d+\. )/.test(line)) {
      const ordered = /^\d+\. /.test(line);
      const items = [];
      while (i < lines.length && (/^(- |\d+\. )/.test(lines[i]) || /^ {2,}\S/.test(lines[i]))) {
        if (/^ {2,}\S/.test(lines[i])) items[items.length - 1] += ` ${lines[i].trim()}`;
        else items.push(lines[i].replace(/^(- |\d+\. )/, ""));
        i++;
      }
      i--;
      const tag = ordered ? "ol" : "ul";
      out.push(`<${tag}>${items.map((t) => `<li>${inline(t)}</li>`).join("")}</${tag}>`);
    } else if (line.startsWith("> ")) {
      const quote = [];
      while (i < lines.length && lines[i].startsWith(">")) quote.push(lines[i++].replace(/^> ?/, ""));
      i--;
      out.push(`<blockquote><p>${inline(quote.join(" "))}</p></blockquote>`);
    } else {
      const para = [];
      while (i < lines.length && lines[i].trim() !== "" && !/^(#|\||- |\d+\. |> |<img )/.test(lines[i]))
        para.push(lines[i++]);
      i--;
      out.push(`<p>${inline(para.join(" "))}</p>`);
    }
  }
  return out.join("\n");
}

/** Writes dist/huong-dan-su-dung.html and the guide's images (dist/images/). */
export async function writeGuide(docsDir, outDir) {
  const markdown = await readFile(join(docsDir, "huong-dan-su-dung.md"), "utf8");
  const body = guideHtml(markdown);
  const page = `<!doctype html>
<html lang="vi">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Hòa giải cơ sở — Hướng dẫn sử dụng</title>
    <style>
      body { font-family: "Segoe UI", system-ui, -apple-system, Roboto, Arial, sans-serif; max-width: 52rem;
        margin: 0 auto; padding: 16px; line-height: 1.5; color: #242424; overflow-wrap: anywhere; }
      h1, h2 { color: #107c41; }
      table { border-collapse: collapse; width: 100%; font-size: 14px; }
      th, td { border: 1px solid #d1d1d1; padding: 4px 6px; text-align: left; vertical-align: top; }
      code { font-family: Consolas, "Courier New", monospace; font-size: 13px; }
      blockquote { margin: 0; padding: 4px 12px; border-left: 3px solid #d1d1d1; color: #424242; }
      img { max-width: 100%; height: auto; border: 1px solid #d1d1d1; }
    </style>
  </head>
  <body>
${body}
  </body>
</html>
`;
  await writeFile(join(outDir, "huong-dan-su-dung.html"), page);
  const images = [...markdown.matchAll(/src="(images\/[^"]+)"/g)].map((m) => m[1]);
  for (const image of new Set(images)) {
    await mkdir(dirname(join(outDir, image)), { recursive: true });
    await copyFile(join(docsDir, image), join(outDir, image));
  }
}
