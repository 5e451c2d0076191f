/*
 * The workbooks the engine holds (file mode), by number. Lives wherever the engine runs — inside
 * the Web Worker normally — so a big .xlsx is parsed, read, written and saved off the page's thread.
 * The .xlsx code (src/host/file/xlsx) is loaded on the first open only: the Excel add-in never needs it.
 */
import type { Prepared, SheetData, SheetSpec } from "../../core";
import type { FileHost } from "../../host/file/file-host";

interface Held {
  host: FileHost;
  /** The sheets as last read; dropped when the engine writes to the workbook. */
  sheets: SheetData[] | null;
  /** The sheets prepared, by options (the latest few); dropped with the sheets. */
  prepared: Map<string, Prepared>;
}

/** Enough for step 1's check, step 2's choice of tasks and the draw of the same choice. */
const PREPARED_KEPT = 4;

const books = new Map<number, Held>();
let next = 1;

function held(book: number): Held {
  const entry = books.get(book);
  if (!entry) throw new Error(`工作簿 #${book} 已关闭`);
  return entry;
}

const loadFileHost = () => import(/* webpackChunkName: "xlsx" */ "../../host/file/file-host");

/** Loads the .xlsx code now, so that the first open does not wait for it. */
export async function warmBooks(): Promise<void> {
  await loadFileHost();
}

export async function openBook(data: ArrayBuffer, title: string): Promise<{ book: number; sheetNames: string[]; macroEnabled: boolean }> {
  const { FileHost } = await loadFileHost();
  const host = await FileHost.open(data, title);
  const book = next++;
  books.set(book, { host, sheets: null, prepared: new Map() });
  return { book, sheetNames: await host.listSheets(), macroEnabled: host.macroEnabled };
}

export async function bookSheets(book: number): Promise<SheetData[]> {
  const entry = held(book);
  entry.sheets ??= await entry.host.readSheets();
  return entry.sheets;
}

/**
 * The workbook prepared with the options `key` names, made by `prepare` once per state of the
 * workbook: prepareDraw is a pure function of the sheets and the options, and the sheets change
 * only when the engine writes (which drops this cache). The draw then need not read and plan again.
 */
export async function bookPrepared(book: number, key: string, prepare: (sheets: SheetData[]) => Prepared): Promise<Prepared> {
  const entry = held(book);
  const cached = entry.prepared.get(key);
  if (cached) return cached;
  const prepared = prepare(await bookSheets(book));
  entry.prepared.set(key, prepared);
  if (entry.prepared.size > PREPARED_KEPT) entry.prepared.delete(entry.prepared.keys().next().value as string);
  return prepared;
}

export async function writeBook(book: number, specs: readonly SheetSpec[]): Promise<string[]> {
  const entry = held(book);
  entry.sheets = null;
  entry.prepared.clear();
  return entry.host.writeSheets(specs);
}

export function saveBook(book: number): Promise<Uint8Array> {
  return held(book).host.toBuffer();
}

export function closeBook(book: number): void {
  books.delete(book);
}
