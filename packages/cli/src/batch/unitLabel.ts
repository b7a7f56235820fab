import { extname, isAbsolute, relative, sep } from "node:path";

/**
 * The name a unit goes by in every output (check's lines, the findings report, the consolidation): the name
 * its title block gives, else its workbook's path relative to the folder it was found in (the path as given
 * for a file given by itself), without extension, with "/" between folders — "xa-a/du-toan". Two communes'
 * "du-toan.xlsx" so never share a name.
 */
export function unitLabel(file: string, root?: string, readName?: string): string {
  const name = readName?.trim();
  if (name) return name;
  const path = (root === undefined ? undefined : pathWithin(root, file)) ?? file;
  return path
    .slice(0, path.length - extname(path).length)
    .split(sep)
    .join("/");
}

/** The folder among a command's inputs that a listed file was found in; undefined for a file given by itself. */
export function inputRoot(file: string, inputs: readonly string[]): string | undefined {
  return inputs.find((input) => pathWithin(input, file) !== undefined);
}

/** The path of `file` inside the folder `root`; undefined when it is not inside (a folder named "..x" is). */
function pathWithin(root: string, file: string): string | undefined {
  const inside = relative(root, file);
  const outside = inside === "" || inside === ".." || inside.startsWith(`..${sep}`) || isAbsolute(inside);
  return outside ? undefined : inside;
}
