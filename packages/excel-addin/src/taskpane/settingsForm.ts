// The settings form (date, jurisdiction, words style, plan source) and the weights file picker: what the
// user sets goes into the session; a plan file is parsed by core and its problems shown.
import { formatFinding, parsePlan, type Locale, type Plan, type Result } from "@hgcs/core";
import { session } from "../controller/session.js";
import type { Settings } from "../controller/settings.js";
import type { UiStrings } from "../i18n/uiStrings.js";
import { field, one } from "./dom.js";

/** A picked CSV file's text goes into the weights box, where it can still be edited. */
export function bindWeightsFile(
  input: HTMLInputElement,
  box: HTMLTextAreaElement,
  status: HTMLElement,
  ui: UiStrings,
): void {
  input.addEventListener("change", () => {
    const file = input.files?.[0];
    if (!file) return;
    void file.text().then((text) => {
      box.value = text;
      status.textContent = ui.weightsLoaded(file.name);
    });
  });
}

export function bindSettings(form: HTMLElement, ui: UiStrings, locale: Locale, planChanged: () => void): void {
  const s = session.settings;
  field<HTMLInputElement>("date", form).value = s.date;
  field<HTMLInputElement>("jurisdiction", form).value = s.jurisdiction;
  field<HTMLInputElement>("allocation", form).value = s.allocation;
  field<HTMLSelectElement>("zeroTens", form).value = s.zeroTens;
  field<HTMLSelectElement>("thousand", form).value = s.thousand;
  const planStatus = one<HTMLElement>("#plan-status", form);
  form.addEventListener("change", (event) => {
    const name = (event.target as HTMLInputElement).name;
    if (name === "plan" || name === "planFile") return;
    const next: Settings = {
      date: field<HTMLInputElement>("date", form).value,
      jurisdiction: field<HTMLInputElement>("jurisdiction", form).value.trim(),
      allocation: field<HTMLInputElement>("allocation", form).value.trim(),
      zeroTens: field<HTMLSelectElement>("zeroTens", form).value as Settings["zeroTens"],
      thousand: field<HTMLSelectElement>("thousand", form).value as Settings["thousand"],
    };
    session.updateSettings(next);
  });
  const planSelect = field<HTMLSelectElement>("plan", form);
  const planFile = field<HTMLInputElement>("planFile", form);
  planSelect.addEventListener("change", () => {
    if (planSelect.value === "file") planFile.click();
    else session.planSource = { kind: planSelect.value === "none" ? "none" : "bundled" };
    planStatus.textContent = "";
    planChanged();
  });
  planFile.addEventListener("change", () => {
    const file = planFile.files?.[0];
    if (!file) return;
    void file.text().then((text) => {
      const parsed = parsePlanText(text);
      if (parsed.ok) {
        session.planSource = { kind: "file", name: file.name, plan: parsed.value };
        planStatus.textContent = ui.planFileLoaded(file.name);
        planChanged();
      } else {
        planStatus.textContent = `${ui.planInvalid} ${parsed.findings.map((f) => formatFinding(f, locale)).join(" ")}`;
      }
    });
  });
}

function parsePlanText(text: string): Result<Plan> {
  try {
    return parsePlan(JSON.parse(text) as unknown);
  } catch {
    return parsePlan(undefined);
  }
}
