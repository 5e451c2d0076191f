import { errorMessage, localDate, localIsoTime, refusedWorkbookMessage, unreadableWorkbookMessage } from "../core";
import { EngineHeldBook } from "./engine/engine-held-book";
import { createEngine, type DrawEngine } from "./engine/client";
import { SAMPLE_URLS } from "./samples";
import { CheckError, type AppServices } from "./services";


let engine: DrawEngine | null = null;

/** The real services. ExcelJS, the Office host and the core are loaded on first use, each in its own chunk. */
export const defaultServices: AppServices = {
  /** The workbook is opened where the engine runs (a Web Worker), so a big file cannot freeze the page. */
  async openFile(data, title) {
    try {
      return await EngineHeldBook.open(defaultServices.engine, data, title);
    } catch (e) {
      // A package refused on purpose (Strict Open XML) says so, in the CLI's words; anything else reads as damaged.
      throw new CheckError("not-workbook", refusedWorkbookMessage(title, errorMessage(e)) ?? unreadableWorkbookMessage(title, ""));
    }
  },
  async openExcel() {
    const { OfficeHost } = await import(/* webpackChunkName: "office-host" */ "../host/office/office-host");
    return new OfficeHost();
  },
  async fetchSample(id) {
    let response: Response;
    try {
      response = await fetch(SAMPLE_URLS[id], { cache: "no-cache", credentials: "same-origin" });
    } catch (e) {
      throw new CheckError("sample-failed", errorMessage(e));
    }
    if (response.status === 404) throw new CheckError("sample-missing");
    if (!response.ok) throw new CheckError("sample-failed", `HTTP ${response.status}`);
    return response.arrayBuffer();
  },
  get engine() {
    engine ??= createEngine();
    return engine;
  },
  today() {
    return localDate(new Date());
  },
  now() {
    return localIsoTime(new Date());
  },
  randomBytes(length) {
    return crypto.getRandomValues(new Uint8Array(length));
  },
};
