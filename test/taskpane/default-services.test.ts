import { FileWorkbook } from "../../src/host/file/workbook-file";
import { defaultServices } from "../../src/taskpane/defaultServices";
import { SAMPLE_URLS, SAMPLES, sampleFromQuery } from "../../src/taskpane/samples";
import { resultFileName } from "../../src/taskpane/download";
import { STRICT_WORKBOOK_REASON, unreadableWorkbookMessage } from "../../src/core";
import { macroBook } from "../cli/fidelity-books";
import { strictBook, templateBook } from "../cli/fidelity-other-books";
import { drawBook } from "../core/draw/book";
import { CheckError } from "../../src/taskpane/services";

describe("default services", () => {
  const realFetch = globalThis.fetch;
  afterEach(() => {
    globalThis.fetch = realFetch;
  });

  function stubFetch(impl: (url: string) => Promise<Response>): string[] {
    const urls: string[] = [];
    globalThis.fetch = ((input: RequestInfo | URL) => {
      urls.push(String(input));
      return impl(String(input));
    }) as typeof fetch;
    return urls;
  }

  test("each sample is fetched from the same origin, by a relative URL; ?sample=… names one", async () => {
    const urls = stubFetch(async () => new Response(new Uint8Array([80, 75, 3, 4]), { status: 200 }));
    for (const id of SAMPLES) {
      const data = await defaultServices.fetchSample(id);
      expect(Array.from(new Uint8Array(data))).toEqual([80, 75, 3, 4]);
    }
    expect(urls).toEqual(SAMPLES.map((id) => SAMPLE_URLS[id]));
    expect(urls.every((u) => !/^[a-z]+:|^\/\//i.test(u))).toBe(true);
    expect(sampleFromQuery(new URLSearchParams("sample"))).toBe("flat");
    expect(sampleFromQuery(new URLSearchParams("sample=qinhuangdao"))).toBe("qinhuangdao");
    expect(sampleFromQuery(new URLSearchParams("sample=nope"))).toBe("flat");
    expect(sampleFromQuery(new URLSearchParams(""))).toBeNull();
  });

  test("404 means the sample is missing; other failures are reported as such", async () => {
    stubFetch(async () => new Response("not found", { status: 404 }));
    await expect(defaultServices.fetchSample("flat")).rejects.toMatchObject({ code: "sample-missing" });
    stubFetch(async () => new Response("oops", { status: 500 }));
    await expect(defaultServices.fetchSample("flat")).rejects.toMatchObject({ code: "sample-failed", detail: "HTTP 500" });
    stubFetch(async () => {
      throw new TypeError("Failed to fetch");
    });
    const failure = await defaultServices.fetchSample("flat").catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(CheckError);
    expect(failure).toMatchObject({ code: "sample-failed", detail: "Failed to fetch" });
  });

  test("today is a local YYYY-MM-DD date; now is ISO 8601 with the local offset", () => {
    expect(defaultServices.today()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const now = defaultServices.now();
    expect(now).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
    expect(Math.abs(Date.parse(now) - Date.now())).toBeLessThan(5000);
    expect(now.slice(0, 10)).toBe(defaultServices.today());
  });

  test("random bytes come from crypto.getRandomValues", () => {
    const a = defaultServices.randomBytes(64);
    const b = defaultServices.randomBytes(64);
    expect(a).toHaveLength(64);
    expect(Array.from(a)).not.toEqual(Array.from(b));
  });

  test("bytes the reader cannot open are a CheckError not-workbook with the command line's words; a real workbook opens as a file host", async () => {
    await expect(defaultServices.openFile(new Uint8Array([80, 75, 3, 4, 1, 2, 3]).buffer, "坏.xlsx")).rejects.toMatchObject({
      code: "not-workbook",
      detail: unreadableWorkbookMessage("坏.xlsx", ""),
    });
    const bytes = await FileWorkbook.fromSheets(drawBook()).toBuffer();
    const host = await defaultServices.openFile(bytes.slice().buffer, "名录.xlsx");
    expect(host).toMatchObject({ kind: "file", title: "名录.xlsx" });
    expect(await host.listSheets()).toEqual(["对象", "人员", "任务"]);
  });

  test("without Worker (node, jsdom) the engine runs in the page", async () => {
    expect(typeof Worker).toBe("undefined");
    const view = await defaultServices.engine.prepare(drawBook(), { today: "2026-03-01" });
    expect(view.frameDigest).toMatch(/^[0-9a-f]{64}$/);
    expect(defaultServices.engine).toBe(defaultServices.engine);
  });
  test("download names follow the CLI: <name>-抽取结果-<date>.xlsx, .xlsm when the package keeps macros (whatever the file is called)", async () => {
    const open = (bytes: Uint8Array, title: string) => defaultServices.openFile(bytes.slice().buffer, title);
    const plain = await open(await FileWorkbook.fromSheets(drawBook()).toBuffer(), "包头2026.xlsm");
    const macros = await open(macroBook(), "包头2026.xlsx");
    const template = await open(templateBook(true), "计划模板.xltm");
    expect([plain.macroEnabled, macros.macroEnabled, template.macroEnabled]).toEqual([false, true, true]);
    expect(resultFileName(plain, "包头2026.xlsx", "2026-03-01", "抽取结果")).toBe("包头2026-抽取结果-2026-03-01.xlsx");
    expect(resultFileName(plain, "示例工作簿", "2026-03-01", "抽取结果")).toBe("示例工作簿-抽取结果-2026-03-01.xlsx");
    // Named .xlsm but without macros: an .xlsx (Excel refuses a file whose extension does not fit its content).
    expect(resultFileName(plain, "包头2026.xlsm", "2026-03-01", "抽取结果")).toBe("包头2026-抽取结果-2026-03-01.xlsx");
    // A workbook with macros keeps them, so its result is .xlsm, even when its file was called .xlsx.
    expect(resultFileName(macros, "包头2026.xlsx", "2026-03-01", "抽取结果")).toBe("包头2026-抽取结果-2026-03-01.xlsm");
    expect(resultFileName(macros, "名录.XLSM", "2026-03-01", "抽取公告")).toBe("名录-抽取公告-2026-03-01.xlsm");
    expect(resultFileName(template, "计划模板.xltm", "2026-03-01", "抽取结果")).toBe("计划模板-抽取结果-2026-03-01.xlsm");
  });

  test("a Strict Open XML book is refused with the words the command line uses", async () => {
    await expect(defaultServices.openFile(strictBook().slice().buffer, "严格.xlsx")).rejects.toMatchObject({ code: "not-workbook", detail: `“严格.xlsx”${STRICT_WORKBOOK_REASON}` });
  });
});
