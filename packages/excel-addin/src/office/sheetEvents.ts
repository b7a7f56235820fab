// Following the user across sheets: Excel tells when a worksheet is activated (ExcelApi 1.7).
import { supportsSet } from "./host.js";

/** Stops listening (one sync). */
export type StopListening = () => Promise<void>;

/**
 * Calls `listener` with the worksheet's id whenever a sheet of the workbook becomes active. Excel fires
 * the event for activations by code too (drawing a new sheet activates it). One sync to register;
 * undefined, and nothing registered, where the host lacks ExcelApi 1.7.
 */
export async function onSheetActivated(listener: (worksheetId: string) => void): Promise<StopListening | undefined> {
  if (!supportsSet("ExcelApi", "1.7")) return undefined;
  const handle = await Excel.run(async (context) => {
    const result = context.workbook.worksheets.onActivated.add(async (event) => listener(event.worksheetId));
    await context.sync();
    return result;
  });
  // Removing goes through the context that added the handler, as Office.js requires.
  return () =>
    Excel.run(handle.context, async (context) => {
      handle.remove();
      await context.sync();
    });
}
