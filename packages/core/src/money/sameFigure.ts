/** True when two figures are the same up to float noise (0,1 + 0,2; a product of thousands of đồng). */
export function sameFigure(a: number, b: number): boolean {
  return Math.abs(a - b) <= Math.max(1e-6, Math.abs(b) * 1e-9);
}
