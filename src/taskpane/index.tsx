/*
 * Boot: find out whether we run inside Excel (office.js loaded by taskpane.html and Office.onReady
 * reports Excel) or in a plain browser (index.html, the file page, has no office.js), pick the UI
 * language, and render. This is the only taskpane file allowed to touch the Office global.
 */
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App, type HostMode } from "./App";
import { defaultServices } from "./defaultServices";
import { stringsFor } from "./i18n";
import { sampleFromQuery } from "./samples";

/** Office.onReady resolves quickly outside Office too; this only guards against a stuck load. */
const OFFICE_READY_TIMEOUT_MS = 10_000;

interface Environment {
  mode: HostMode;
  language: string | undefined;
}

function browserLanguage(): string | undefined {
  return typeof navigator === "undefined" ? undefined : navigator.language;
}

async function detectEnvironment(): Promise<Environment> {
  if (typeof Office === "undefined") return { mode: "file", language: browserLanguage() };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), OFFICE_READY_TIMEOUT_MS);
  });
  const info = await Promise.race([Office.onReady(), timeout]).catch(() => null);
  clearTimeout(timer);
  if (info?.host !== Office.HostType.Excel) return { mode: "file", language: browserLanguage() };
  let language: string | undefined;
  try {
    language = Office.context.displayLanguage;
  } catch {
    language = undefined;
  }
  return { mode: "excel", language: language || browserLanguage() };
}

async function main(): Promise<void> {
  const container = document.getElementById("root");
  if (!container) return;
  const env = await detectEnvironment();
  // ?lang=en / ?lang=zh-CN overrides, for demos and end-to-end tests; ?sample opens the sample workbook.
  const query = new URLSearchParams(window.location.search);
  const override = query.get("lang");
  const strings = stringsFor(override ?? env.language);
  document.documentElement.lang = strings.htmlLang;
  document.title = strings.appTitle;
  createRoot(container).render(
    <StrictMode>
      <App mode={env.mode} strings={strings} services={defaultServices} sampleOnStart={sampleFromQuery(query)} />
    </StrictMode>,
  );
}

void main();
