import type { SheetData, SheetSpec } from "../../core";
import type { Progress } from "../../host/workbook-host";
import type { FileBook } from "../services";
import type { DrawEngine } from "./client";
import type { BookRef } from "./protocol";

/**
 * A workbook opened on the file page and held by the engine; the page keeps only a handle. Reads,
 * writes and saves happen where the engine runs (the Web Worker), so a big workbook never freezes
 * the page; the steps pass `ref` to the engine instead of the sheets.
 */
export class EngineHeldBook implements FileBook {
  readonly kind = "file" as const;
  readonly ref: BookRef;
  readonly macroEnabled: boolean;
  private names: string[];

  private constructor(
    private readonly engine: DrawEngine,
    opened: BookRef & { sheetNames: string[]; macroEnabled: boolean },
    readonly title: string,
  ) {
    this.ref = { book: opened.book };
    this.names = opened.sheetNames;
    this.macroEnabled = opened.macroEnabled;
  }

  static async open(engine: DrawEngine, data: ArrayBuffer, title: string): Promise<EngineHeldBook> {
    return new EngineHeldBook(engine, await engine.open(data, title), title);
  }

  async listSheets(): Promise<string[]> {
    return [...this.names];
  }

  /** The cells themselves, copied to the page (the steps do not need them: they pass `ref`). */
  async readSheets(progress?: Progress): Promise<SheetData[]> {
    const sheets = await this.engine.sheets(this.ref);
    progress?.(1);
    return sheets;
  }

  async writeSheets(specs: readonly SheetSpec[], progress?: Progress): Promise<string[]> {
    const written = await this.engine.write(this.ref, [...specs]);
    this.written(written);
    progress?.(1);
    return written;
  }

  /** The engine wrote these sheets itself (a draw in file mode): the list of sheets follows. */
  written(names: readonly string[]): void {
    this.names = [...this.names.filter((n) => !names.includes(n)), ...names];
  }

  async selectCell(): Promise<void> {}

  toBuffer(): Promise<Uint8Array> {
    return this.engine.save(this.ref);
  }

  /** Lets the engine free the workbook (another one was opened). */
  close(): Promise<void> {
    return this.engine.close(this.ref);
  }
}
