import { CheckError, type CheckServices } from "./services";

/** Where the sample workbook is published, relative to the page (same origin only). */
export const SAMPLE_URL = "assets/sample.xlsx";

function localDate(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The real services. ExcelJS and the core are loaded on first use, each in its own chunk. */
export const defaultServices: CheckServices = {
  async readSheets(data) {
    const { readXlsx } = await import(/* webpackChunkName: "xlsx" */ "../host/file/read-xlsx");
    try {
      return await readXlsx(data);
    } catch (e) {
      throw new CheckError("read-failed", e instanceof Error ? e.message : String(e));
    }
  },
  async readWorkbook(sheets, options) {
    const { readWorkbook } = await import(/* webpackChunkName: "core" */ "../core/workbook");
    return readWorkbook(sheets, options);
  },
  async fetchSample() {
    let response: Response;
    try {
      response = await fetch(SAMPLE_URL, { cache: "no-cache", credentials: "same-origin" });
    } catch (e) {
      throw new CheckError("sample-failed", e instanceof Error ? e.message : String(e));
    }
    if (response.status === 404) throw new CheckError("sample-missing");
    if (!response.ok) throw new CheckError("sample-failed", `HTTP ${response.status}`);
    return response.arrayBuffer();
  },
  today() {
    return localDate(new Date());
  },
};
