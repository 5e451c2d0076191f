import type { SheetData } from "../../src/core/grid/cell";
import { unreadableWorkbookMessage } from "../../src/core";
import type { SheetSpec } from "../../src/core/sheets/sheet-spec";
import { FileHost } from "../../src/host/file/file-host";
import { FileWorkbook } from "../../src/host/file/workbook-file";
import type { WorkbookHost } from "../../src/host/workbook-host";
import { engineOver, inThreadTransport, type DrawEngine, type Transport } from "../../src/taskpane/engine/client";
import type { EngineOptions } from "../../src/taskpane/engine/protocol";
import { CheckError, type AppServices, type ExcelBook, type FileBook } from "../../src/taskpane/services";
import { drawBook } from "../core/draw/book";
import { baotouPlanBook, qinhuangdaoPlanBook } from "../../scripts/samples/plan-books";

export const TODAY = "2026-03-01";
export const NOW = "2026-03-01T09:30:00+08:00";

/** .xlsx bytes of a synthetic workbook (test/core/draw/book.ts), written by the real file host. */
export async function bookBytes(sheets: SheetData[] = drawBook()): Promise<Uint8Array> {
  return FileWorkbook.fromSheets(sheets).toBuffer();
}

export function xlsxFile(name = "名录库.xlsx", bytes: Uint8Array | number[] = [80, 75, 3, 4]): File {
  return new File([new Uint8Array(bytes)], name, {
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  });
}

/**
 * The in-thread engine, with every request and reply passed through structuredClone on the way,
 * as postMessage would: the UI tests then also prove the protocol carries plain data only.
 */
export function clonedEngine(log?: { type: string; options?: EngineOptions }[]): DrawEngine {
  const inner = inThreadTransport();
  const transport: Transport = async (request, onProgress) => {
    const copy = structuredClone(request);
    log?.push({ type: copy.type, options: "options" in copy ? copy.options : copy.type === "draw" ? copy.input.options : undefined });
    return structuredClone(await inner(copy, onProgress));
  };
  return engineOver(transport);
}

export interface Spied<H extends WorkbookHost> {
  host: H;
  written: SheetSpec[][];
  selected: [string, string][];
  reads: number;
}

/** Wraps a host to record writes, selections and reads (the real work is the host's). */
export function spy<H extends WorkbookHost>(host: H): Spied<H> {
  const record: Spied<H> = { host, written: [], selected: [], reads: 0 };
  const readSheets = host.readSheets.bind(host);
  const writeSheets = host.writeSheets.bind(host);
  const selectCell = host.selectCell.bind(host);
  host.readSheets = async (progress) => {
    record.reads += 1;
    return readSheets(progress);
  };
  host.writeSheets = async (specs, progress) => {
    record.written.push([...specs]);
    return writeSheets(specs, progress);
  };
  host.selectCell = async (sheet, address) => {
    record.selected.push([sheet, address]);
    return selectCell(sheet, address);
  };
  return record;
}

/** An Excel-like host over a file host: kind "excel", no download, every selectCell recorded. */
export async function excelLikeHost(sheets: SheetData[]): Promise<Spied<ExcelBook>> {
  const file = await FileHost.open(await bookBytes(sheets), "当前工作簿");
  const host: ExcelBook = {
    kind: "excel",
    title: "当前工作簿",
    listSheets: () => file.listSheets(),
    readSheets: (p) => file.readSheets(p),
    writeSheets: (specs, p) => file.writeSheets(specs, p),
    selectCell: async () => undefined,
  };
  return spy(host);
}

export interface TestServices extends AppServices {
  calls: { openFile: number; fetchSample: number; openExcel: number; lastTitle: string; lastSample?: string };
  /** The spied host of the last workbook opened. */
  last: () => Spied<FileBook | ExcelBook>;
  log: { type: string; options?: EngineOptions }[];
}

export interface ServiceOptions {
  /** The sample's bytes, or why it cannot be fetched. */
  sample?: Uint8Array | "missing" | "broken";
  /** Excel mode: the open workbook. */
  excel?: SheetData[];
  randomBytes?: (n: number) => Uint8Array;
}

/**
 * Real file host (ExcelJS) and real core (in-thread engine); no network, clock or randomness:
 * today is 2026-03-01 and now 2026-03-01T09:30:00+08:00.
 */
export function testServices(options: ServiceOptions = {}): TestServices {
  const calls: TestServices["calls"] = { openFile: 0, fetchSample: 0, openExcel: 0, lastTitle: "" };
  const log: TestServices["log"] = [];
  let last: Spied<FileBook | ExcelBook> | null = null;
  return {
    calls,
    log,
    last: () => {
      if (!last) throw new Error("no workbook opened");
      return last;
    },
    async openFile(data, title) {
      calls.openFile += 1;
      calls.lastTitle = title;
      let host: FileHost;
      try {
        host = await FileHost.open(data, title);
      } catch {
        throw new CheckError("not-workbook", unreadableWorkbookMessage(title, ""));
      }
      // Held in the page (the app holds files in its engine): the steps read its sheets here.
      const book: FileBook = Object.assign(host, { ref: null, close: async () => undefined, written: () => undefined });
      const spied = spy(book);
      last = spied;
      return spied.host;
    },
    async openExcel() {
      calls.openExcel += 1;
      const spied = await excelLikeHost(options.excel ?? drawBook());
      last = spied;
      return spied.host;
    },
    async fetchSample(id) {
      calls.fetchSample += 1;
      calls.lastSample = id;
      if (options.sample === "missing") throw new CheckError("sample-missing");
      if (options.sample === "broken") throw new CheckError("sample-failed", "HTTP 500");
      const plan = id === "qinhuangdao" ? qinhuangdaoPlanBook({ filled: true }) : id === "baotou" ? baotouPlanBook() : null;
      const bytes = options.sample ?? (await bookBytes(plan ?? drawBook()));
      return bytes.slice().buffer;
    },
    engine: clonedEngine(log),
    today: () => TODAY,
    now: () => NOW,
    randomBytes: options.randomBytes ?? ((n) => Uint8Array.from({ length: n }, (_, i) => (i * 37 + 11) % 256)),
  };
}

/** drawBook() with a few planted problems: two errors and the missing-matters warning. */
export function brokenBook(): SheetData[] {
  const sheets = drawBook();
  const targets = sheets[0].rows;
  targets[5][1] = targets[3][1]; // 统一社会信用代码 repeated
  targets[7][3] = "特级"; // unknown 信用风险等级
  return sheets;
}
