// Host capabilities: what this Excel supports and which language Office shows.

/** True when the running Excel supports the requirement set (false outside Office). */
export function supportsSet(name: string, version: string): boolean {
  try {
    return Office.context.requirements.isSetSupported(name, version);
  } catch {
    return false;
  }
}

/** Office's display language ("vi-VN", "en-US"…), or undefined outside Office. */
export function displayLanguage(): string | undefined {
  try {
    return Office.context.displayLanguage;
  } catch {
    return undefined;
  }
}

/** Undo of API edits and `mergeUndoGroup` arrived with ExcelApi 1.20. */
export function undoGroupOptions(): Excel.RunOptions {
  return supportsSet("ExcelApi", "1.20") ? { mergeUndoGroup: true } : {};
}

/** The Office theme's colours (light, dark or colourful), or undefined where the host gives none. */
export function officeTheme(): Office.OfficeTheme | undefined {
  try {
    return Office.context.officeTheme ?? undefined;
  } catch {
    return undefined;
  }
}
