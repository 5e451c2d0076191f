/**
 * A stricter fake of the part of the Excel object model the office host uses, behaving like Excel
 * where the documentation says so (each rule cites its page: fake/rules.ts, fake/book.ts,
 * fake/proxies.ts, fake/errors.ts; docs/architecture.md lists them):
 *
 * - statements queue and apply only at `sync`, in order; a batch stops at its first failing
 *   statement; a property read before `load` + `sync` throws PropertyNotLoaded;
 * - a string typed into a cell that is not "@" and would not stay text (leading zeros, %,
 *   E-notation, ISO and zh-CN dates, TRUE/FALSE) or would be a formula throws, unless quoted with
 *   a leading apostrophe, which Excel does not keep;
 * - every request and response is measured (custom XML parts included) against Excel on the web's
 *   5 MB; Excel's sheet-name rules, 409 pt rows, 32,767-character cells, merged areas (those whose
 *   top-left cell is in the range, at most 512), no deleting a VeryHidden sheet;
 * - switches: cell-edit mode (with or without a build that honours `delayForCellEdit`), another
 *   workbook taking focus, a protected workbook structure, a failing sync.
 *
 * A sheet can be backed by a function, so a million rows cost no memory.
 */
import { FakeBook, FakeSheet, key, type V } from "./fake/book";
import { FakeContext } from "./fake/proxies";

export { FakeBook, FakeSheet } from "./fake/book";
export type { ChartRecord, RangeRecord } from "./fake/book";
export { FakeOfficeError } from "./fake/errors";

/** Installs `Excel.run` (with or without RunOptions) over a fake book; returns the book. */
export function installFakeExcel(book = new FakeBook()): FakeBook {
  const run = async <T>(a: unknown, b?: unknown): Promise<T> => {
    const options = (typeof a === "function" ? {} : a) as { delayForCellEdit?: boolean };
    const batch = (typeof a === "function" ? a : b) as (ctx: FakeContext) => Promise<T>;
    book.runs.push({ ...options });
    return batch(new FakeContext(book, options));
  };
  (globalThis as unknown as { Excel: unknown }).Excel = { run };
  return book;
}

/** A sheet of `rows` × `cols` cells from A1 given by `cell`, held as the function only. */
export function generatedSheet(book: FakeBook, name: string, rows: number, cols: number, cell: (r: number, c: number) => V): FakeSheet {
  const s = new FakeSheet(name);
  s.generated = { rows, cols, cell };
  book.sheets.push(s);
  return s;
}

/** A sheet with the given rows written from A1 (as a user's sheet: no rules applied). */
export function fakeSheet(book: FakeBook, name: string, rows: V[][]): FakeSheet {
  const s = new FakeSheet(name);
  rows.forEach((row, r) => row.forEach((v, c) => v !== null && v !== "" && s.cells.set(key(r, c), v)));
  book.sheets.push(s);
  return s;
}
