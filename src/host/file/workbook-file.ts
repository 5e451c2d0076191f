import { type SheetData, type SheetSpec } from "../../core";
import { XlsxBook } from "./xlsx/book";

/**
 * An .xlsx workbook held in memory as the user's own package: read its sheets, add new sheets
 * from specs (never touching the existing ones), and save — every part the new sheets do not
 * need to change is written back byte for byte (src/host/file/xlsx, docs/architecture.md).
 * Writes are all-or-nothing: a failure leaves the book as it was.
 */
export class FileWorkbook {
  private constructor(private readonly book: XlsxBook) {}

  static empty(): FileWorkbook {
    return new FileWorkbook(XlsxBook.empty());
  }

  /** A workbook holding exactly these cell arrays and merges (samples, tests, round trips). */
  static fromSheets(sheets: readonly SheetData[]): FileWorkbook {
    const book = XlsxBook.empty();
    book.addPlainSheets(sheets);
    return new FileWorkbook(book);
  }

  static async open(data: ArrayBuffer | Uint8Array): Promise<FileWorkbook> {
    return new FileWorkbook(XlsxBook.open(data instanceof Uint8Array ? data : new Uint8Array(data)));
  }

  sheetNames(): string[] {
    return this.book.sheetNames();
  }

  readSheets(): SheetData[] {
    return this.book.readSheets();
  }

  /** True for a workbook with macros (.xlsm, .xltm): they are kept, so the result must be saved as .xlsm. */
  get macroEnabled(): boolean {
    return this.book.macroEnabled;
  }

  /** What the result is saved as, from the package (not the file's name): "xlsm" with macros, else "xlsx". */
  get extension(): "xlsx" | "xlsm" {
    return this.book.extension;
  }

  /**
   * Adds one sheet per spec; returns the names used. The one sheet that is replaced rather than
   * added is this tool's own hidden record data. On any failure, the book is as it was.
   */
  async addSheets(specs: readonly SheetSpec[]): Promise<string[]> {
    return this.book.addSheets(specs);
  }

  async toBuffer(): Promise<Uint8Array> {
    return this.book.toBytes();
  }
}
