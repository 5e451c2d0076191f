import type { SheetData, SheetSpec } from "../../core";
import type { Progress, WorkbookHost } from "../workbook-host";
import { FileWorkbook } from "./workbook-file";

/**
 * The WorkbookHost of an .xlsx file opened in the browser or on the command line: everything
 * happens in memory; `toBuffer()` gives the file to download or save (the original is untouched).
 */
export class FileHost implements WorkbookHost {
  readonly kind = "file" as const;

  private constructor(
    private readonly book: FileWorkbook,
    readonly title: string,
  ) {}

  static async open(data: ArrayBuffer | Uint8Array, title: string): Promise<FileHost> {
    return new FileHost(await FileWorkbook.open(data), title);
  }

  /** The package keeps macros (.xlsm, .xltm): its result is saved as .xlsm. */
  get macroEnabled(): boolean {
    return this.book.macroEnabled;
  }

  async listSheets(): Promise<string[]> {
    return this.book.sheetNames();
  }

  async readSheets(progress?: Progress): Promise<SheetData[]> {
    const sheets = this.book.readSheets();
    progress?.(1);
    return sheets;
  }

  async writeSheets(specs: readonly SheetSpec[], progress?: Progress): Promise<string[]> {
    const names = await this.book.addSheets(specs);
    progress?.(1);
    return names;
  }

  /** A file has no selection to move; the page shows the address instead. */
  async selectCell(): Promise<void> {}

  toBuffer(): Promise<Uint8Array> {
    return this.book.toBuffer();
  }
}
