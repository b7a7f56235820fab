// The pane follows Office's theme: its colours become the CSS tokens' values and a dark theme switches the
// palette (taskpane.css, [data-theme="dark"]). High contrast is the browser's (forced-colors in the CSS).

/** What the pane reads of Office.OfficeTheme. */
export interface ThemeColours {
  readonly bodyBackgroundColor: string;
  readonly bodyForegroundColor: string;
  readonly controlBackgroundColor: string;
  readonly controlForegroundColor: string;
  readonly isDarkTheme?: boolean;
}

/** Sets the page's theme from Office's; without one the pane keeps its light palette. */
export function applyTheme(theme: ThemeColours | undefined, root: HTMLElement = document.documentElement): void {
  if (!theme) return;
  const dark = theme.isDarkTheme ?? isDark(theme.bodyBackgroundColor);
  root.dataset.theme = dark ? "dark" : "light";
  const colours: Record<string, string> = {
    "--bg": theme.bodyBackgroundColor,
    "--fg": theme.bodyForegroundColor,
    "--control-bg": theme.controlBackgroundColor,
    "--control-fg": theme.controlForegroundColor,
  };
  for (const [token, value] of Object.entries(colours)) if (isHex(value)) root.style.setProperty(token, value);
}

function isHex(colour: string): boolean {
  return /^#[0-9a-f]{6}$/i.test(colour.trim());
}

/** A background whose relative luminance is below half is dark. */
export function isDark(colour: string): boolean {
  if (!isHex(colour)) return false;
  const n = Number.parseInt(colour.trim().slice(1), 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}
