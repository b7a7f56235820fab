// Small DOM helpers the pane's views share.

/** An element with attributes and, optionally, text. */
export function el(tag: string, attrs: Record<string, string> = {}, text?: string): HTMLElement {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

/** An SVG element with attributes. */
export function svg(tag: string, attrs: Record<string, string> = {}): SVGElement {
  const node = document.createElementNS("http://www.w3.org/2000/svg", tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
}

/** The page's one element for a selector (the page's markup guarantees it). */
export function one<T extends Element>(selector: string, root: ParentNode = document): T {
  return root.querySelector(selector) as T;
}

/** A form control by name. */
export function field<T extends HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(
  name: string,
  root: ParentNode = document,
): T {
  return one<T>(`[name="${name}"]`, root);
}
