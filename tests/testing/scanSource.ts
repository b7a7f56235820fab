// A small TypeScript lexer and rule set for the core boundary test: the text of comments, strings and
// regular expressions is blanked first, so a word like "window" in a comment or a message is no finding.
import { builtinModules } from "node:module";

/** Source with comment, string, template and regex text replaced by spaces (line breaks kept). */
export interface LexedSource {
  readonly code: string;
  /** String literals ('…' and "…"): value and the offset of the opening quote in `code`. */
  readonly strings: readonly { readonly value: string; readonly start: number }[];
}

const regexAfter =
  /(?:^|[(,=:[!&|?{};+\-*%<>~^]|\b(?:return|typeof|case|do|else|in|of|new|delete|void|throw|instanceof|yield|await))\s*$/;

/** Blanks comments, strings, template text and regex literals; keeps `${…}` expressions as code. */
export function lexSource(source: string): LexedSource {
  const out: string[] = [];
  const strings: { value: string; start: number }[] = [];
  const braces: number[] = []; // brace depth at each open `${`, to find where a template resumes
  let depth = 0;
  let i = 0;
  const blank = (text: string) => text.replace(/[^\n]/g, " ");
  const emit = (text: string) => {
    out.push(text);
    i += text.length;
  };
  const template = () => {
    // At a template's text (just after ` or }): blank up to the closing ` or the next ${.
    let j = i;
    while (j < source.length && source[j] !== "`" && !(source[j] === "$" && source[j + 1] === "{"))
      j += source[j] === "\\" ? 2 : 1;
    out.push(blank(source.slice(i, j)));
    i = j;
    if (source[i] === "`") emit("`");
    else if (i < source.length) {
      emit("${");
      braces.push(depth);
      depth += 1;
    }
  };
  while (i < source.length) {
    const c = source[i] ?? "";
    const next = source[i + 1] ?? "";
    if (c === "/" && next === "/") {
      const end = source.indexOf("\n", i);
      emit(blank(source.slice(i, end < 0 ? source.length : end)));
    } else if (c === "/" && next === "*") {
      const end = source.indexOf("*/", i + 2);
      emit(blank(source.slice(i, end < 0 ? source.length : end + 2)));
    } else if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < source.length && source[j] !== c && source[j] !== "\n") j += source[j] === "\\" ? 2 : 1;
      strings.push({ value: source.slice(i + 1, j), start: out.join("").length });
      emit(c + blank(source.slice(i + 1, j)) + (source[j] === c ? c : ""));
    } else if (c === "`") {
      emit("`");
      template();
    } else if (c === "}" && braces.length > 0 && braces[braces.length - 1] === depth - 1) {
      braces.pop();
      depth -= 1;
      emit("}");
      template();
    } else if (c === "/" && regexAfter.test(out.join("").slice(-40))) {
      let j = i + 1;
      let inClass = false;
      while (j < source.length && source[j] !== "\n" && (inClass || source[j] !== "/")) {
        if (source[j] === "[") inClass = true;
        else if (source[j] === "]") inClass = false;
        j += source[j] === "\\" ? 2 : 1;
      }
      emit("/" + blank(source.slice(i + 1, j)) + (source[j] === "/" ? "/" : ""));
    } else {
      if (c === "{") depth += 1;
      else if (c === "}") depth -= 1;
      emit(c);
    }
  }
  return { code: out.join(""), strings };
}

/** One broken boundary rule in a source file. */
export interface Violation {
  readonly rule: "host-global" | "import" | "clock";
  readonly line: number;
  readonly text: string;
}

const codeRules: readonly { rule: Violation["rule"]; pattern: RegExp }[] = [
  // A free identifier, not a property (`plan.document`) or an object/type key (`window: …`, `document?: …`).
  {
    rule: "host-global",
    pattern:
      /(?<![.\w$])(?:Office|Excel|CustomFunctions|OfficeRuntime|window|document|process|globalThis|Buffer)(?![\w$])(?!\s*\??:)/g,
  },
  { rule: "import", pattern: /(?<![.\w$])require\s*\(/g },
  { rule: "clock", pattern: /(?<![.\w$])Date\s*\.\s*now\s*\(/g },
  { rule: "clock", pattern: /(?<![.\w$])new\s+Date\s*(?:\(\s*\)|(?![\s(]))/g },
  { rule: "clock", pattern: /(?<![.\w$]|new\s+)Date\s*\(/g },
  { rule: "clock", pattern: /(?<![.\w$])(?:performance\s*\.\s*now|Temporal\s*\.\s*Now)\b/g },
];

const nodeModules = new Set(builtinModules);
const importBefore = /(?:\bfrom|\bimport|\bimport\s*\(|\brequire\s*\(|\bexport\s*\*)\s*$/;

/**
 * Finds host globals, clock reads and imports of anything but relative files and `allowedPackages`
 * (Node built-ins, "node:*", other packages) in TypeScript source.
 */
export function scanSource(source: string, allowedPackages: readonly string[]): Violation[] {
  const { code, strings } = lexSource(source);
  const lineOf = (offset: number) => code.slice(0, offset).split("\n").length;
  const found: Violation[] = [];
  for (const { rule, pattern } of codeRules) {
    for (const m of code.matchAll(pattern)) found.push({ rule, line: lineOf(m.index), text: m[0].trim() });
  }
  for (const { value, start } of strings) {
    if (!importBefore.test(code.slice(Math.max(0, start - 40), start))) continue;
    if (value.startsWith(".") || allowedPackages.some((p) => value === p || value.startsWith(`${p}/`))) continue;
    const builtin = value.startsWith("node:") || nodeModules.has(value.split("/")[0] ?? value);
    found.push({ rule: "import", line: lineOf(start), text: builtin ? `Node module ${value}` : `package ${value}` });
  }
  return found.sort((a, b) => a.line - b.line);
}

/** Runtime dependencies of a package.json beyond the allowed ones (dependencies, peer, optional, bundled). */
export function extraDependencies(pkg: Record<string, unknown>, allowed: readonly string[]): string[] {
  const names = ["dependencies", "peerDependencies", "optionalDependencies"].flatMap((key) =>
    Object.keys((pkg[key] as object | undefined) ?? {}),
  );
  const bundled = [pkg["bundleDependencies"], pkg["bundledDependencies"]].flatMap((b) =>
    Array.isArray(b) ? (b as string[]) : [],
  );
  return [...new Set([...names, ...bundled])].filter((name) => !allowed.includes(name));
}
