/*
 * The workbooks the engine holds (file mode), by number. Lives wherever the engine runs — inside
 * the Web Worker normally — so a big .xlsx is parsed, read, written and saved off the page's thread.
 * The .xlsx code (src/host/file/xlsx) is loaded on the first open only: the Excel add-in never needs it.
 */
import type { SheetData, SheetSpec } from "../../core";
import type { FileHost } from "../../host/file/file-host";

interface Held {
  host: FileHost;
  /** The sheets as last read; dropped when the engine writes to the workbook. */
  sheets: SheetData[] | null;
}

const books = new Map<number, Held>();
let next = 1;

function held(book: number): Held {
  const entry = books.get(book);
  if (!entry) throw new Error(`工作簿 #${book} 已关闭`);
  return entry;
}

export async function openBook(data: ArrayBuffer, title: string): Promise<{ book: number; sheetNames: string[]; macroEnabled: boolean }> {
  const { FileHost } = await import(/* webpackChunkName: "xlsx" */ "../../host/file/file-host");
  const host = await FileHost.open(data, title);
  const book = next++;
  books.set(book, { host, sheets: null });
  return { book, sheetNames: await host.listSheets(), macroEnabled: host.macroEnabled };
}

export async function bookSheets(book: number): Promise<SheetData[]> {
  const entry = held(book);
  entry.sheets ??= await entry.host.readSheets();
  return entry.sheets;
}

export async function writeBook(book: number, specs: readonly SheetSpec[]): Promise<string[]> {
  const entry = held(book);
  entry.sheets = null;
  return entry.host.writeSheets(specs);
}

export function saveBook(book: number): Promise<Uint8Array> {
  return held(book).host.toBuffer();
}

export function closeBook(book: number): void {
  books.delete(book);
}
