// Stands in for office.js inside Chromium: the fake Excel over the workbook the test injects before it.
import { installFakeHost, type FakeOfficeTheme } from "./fakeExcel.js";
import { FakeWorkbook, type FakeWorkbookData } from "./fakeWorkbook.js";

const injected = globalThis as unknown as {
  __HGCS_FAKE_DATA__: FakeWorkbookData;
  __HGCS_FAKE_LANGUAGE__?: string;
  __HGCS_FAKE_THEME__?: FakeOfficeTheme;
};
const workbook = FakeWorkbook.from(injected.__HGCS_FAKE_DATA__);
const host = installFakeHost(workbook, {
  displayLanguage: injected.__HGCS_FAKE_LANGUAGE__ ?? "vi-VN",
  ...(injected.__HGCS_FAKE_THEME__ ? { officeTheme: injected.__HGCS_FAKE_THEME__ } : {}),
});
// activate(name) is the user clicking a sheet tab (the pane's onActivated handler runs).
Object.assign(globalThis, {
  __fake: { workbook, host, dump: () => workbook.dump(), activate: (name: string) => workbook.activate(name) },
});
