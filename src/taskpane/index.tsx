/*
 * Boot: find out whether we run inside Excel (office.js loaded by taskpane.html and Office.onReady
 * reports Excel) or in a plain browser (index.html, the file page, has no office.js), pick the UI
 * language, and render. This is the only taskpane file allowed to touch the Office global.
 *
 * Inside Office (mode.ts, openedByOffice) a pane that cannot reach Office says 无法连接 Office and
 * what to do, and starts by itself if Office answers later; it never becomes the file page there.
 */
import { StrictMode } from "react";
import { createRoot, type Root } from "react-dom/client";
import { App } from "./App";
import { OfficeUnavailablePage } from "./components/OfficeUnavailable";
import { defaultServices } from "./defaultServices";
import { stringsFor } from "./i18n";
import { bootFrom, officeSigns, openedByOffice, type Boot, type HostMode, type OfficeAnswer } from "./mode";
import { sampleFromQuery } from "./samples";

/** How long Office.onReady may take before the pane says 无法连接 Office (it keeps waiting after). */
const OFFICE_READY_TIMEOUT_MS = 10_000;

function browserLanguage(): string | undefined {
  return typeof navigator === "undefined" ? undefined : navigator.language;
}

function officeLanguage(): string | undefined {
  try {
    return Office.context.displayLanguage || undefined;
  } catch {
    return undefined;
  }
}

/** Office.onReady's host, or no-answer when it fails. */
function officeReady(): Promise<OfficeAnswer> {
  try {
    return Promise.resolve(Office.onReady()).then(
      (info) => ({ host: info?.host ? String(info.host) : null }),
      () => "no-answer" as const,
    );
  } catch {
    return Promise.resolve("no-answer");
  }
}

function render(root: Root, boot: Boot): void {
  // ?lang=en / ?lang=zh-CN overrides, for demos and end-to-end tests; ?sample opens the sample workbook.
  const query = new URLSearchParams(window.location.search);
  const excel = "mode" in boot && boot.mode === "excel";
  const strings = stringsFor(query.get("lang") ?? ((excel ? officeLanguage() : undefined) || browserLanguage()));
  document.documentElement.lang = strings.htmlLang;
  document.title = strings.appTitle;
  if ("officeProblem" in boot) {
    root.render(
      <StrictMode>
        <OfficeUnavailablePage
          strings={strings}
          problem={boot.officeProblem}
          seconds={OFFICE_READY_TIMEOUT_MS / 1000}
          tried={(window.doubleRandomOfficeJs?.tried ?? []).map((address) => new URL(address, window.location.href).href)}
          filePage={new URL("index.html", window.location.href).href}
          onReload={() => window.location.reload()}
        />
      </StrictMode>,
    );
    return;
  }
  const mode: HostMode = boot.mode;
  root.render(
    <StrictMode>
      <App mode={mode} strings={strings} services={defaultServices} sampleOnStart={sampleFromQuery(query)} />
    </StrictMode>,
  );
}

async function main(): Promise<void> {
  // browser-check.js found an engine that cannot run this bundle and has said what to do.
  if (window.doubleRandomBrowserCheck?.ok === false) return;
  const container = document.getElementById("root");
  if (!container) return;
  const inOffice = openedByOffice(officeSigns(window));
  const root = createRoot(container);
  if (typeof Office === "undefined") {
    render(root, bootFrom(inOffice, "not-loaded", "Excel"));
    return;
  }
  const excelHost = String(Office.HostType.Excel);
  const ready = officeReady();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<OfficeAnswer>((resolve) => {
    timer = setTimeout(() => resolve("no-answer"), OFFICE_READY_TIMEOUT_MS);
  });
  const first = await Promise.race([ready, timeout]);
  clearTimeout(timer);
  const boot = bootFrom(inOffice, first, excelHost);
  render(root, boot);
  if ("officeProblem" in boot && first === "no-answer") {
    // Office may still answer (a slow start): then the pane starts as it would have.
    void ready.then((late) => {
      const next = bootFrom(inOffice, late, excelHost);
      if ("mode" in next) render(root, next);
    });
  }
}

void main();
