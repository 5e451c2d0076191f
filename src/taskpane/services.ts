import { createContext, useContext } from "react";
import type { Progress, WorkbookHost } from "../host/workbook-host";
import type { DrawEngine } from "./engine/client";
import type { BookRef, SheetInput } from "./engine/protocol";
import type { SampleId } from "./samples";
import type { CheckErrorCode } from "./strings";

/** A failure the UI explains in its own words (see Strings.checkErrors). */
export class CheckError extends Error {
  constructor(
    readonly code: CheckErrorCode,
    readonly detail = "",
  ) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = "CheckError";
  }
}

/** The workbook open in Excel: read in the page, and the pane can select its cells for the clerk. */
export interface ExcelBook extends WorkbookHost {
  readonly kind: "excel";
}

/** A workbook opened from a file on the file page: changed in memory, saved as a new .xlsx (the original is untouched). */
export interface FileBook extends WorkbookHost {
  readonly kind: "file";
  /** The engine's handle on the workbook it holds, passed instead of the sheets; null: the sheets are read in the page. */
  readonly ref: BookRef | null;
  /** The package keeps macros (its main content type says so): the download is named .xlsm. */
  readonly macroEnabled: boolean;
  toBuffer(): Promise<Uint8Array>;
  /** The engine wrote these sheets to the workbook it holds (`ref`), as a draw does: the list of sheets follows. */
  written(names: readonly string[]): void;
  /** Lets go of the workbook (another one was opened). */
  close(): Promise<void>;
}

/** The workbook the steps work on; only a file can be downloaded. */
export type PaneHost = ExcelBook | FileBook;

/** What to hand the engine for this workbook: its reference, or the sheets read here. */
export async function sheetInput(host: PaneHost, progress?: Progress): Promise<SheetInput> {
  if (host.kind === "file" && host.ref) return host.ref;
  return host.readSheets(progress);
}

/**
 * What the pane needs from the outside world. The app gets the real ones (defaultServices.ts:
 * ExcelJS file host, Office host and the core in a worker, all loaded on demand); tests pass fakes.
 */
export interface AppServices {
  /** Opens .xlsx bytes as a file host; throws CheckError("read-failed") when they are not a workbook. */
  openFile(data: ArrayBuffer, title: string): Promise<FileBook>;
  /** The workbook open in Excel (Excel mode only). */
  openExcel(): Promise<ExcelBook>;
  /** A bundled sample workbook; throws CheckError("sample-missing") on 404. */
  fetchSample(id: SampleId): Promise<ArrayBuffer>;
  /** Prepare, draw and verify (a Web Worker in the browser). */
  engine: DrawEngine;
  /** Today as `YYYY-MM-DD` (for certificate-expiry warnings; the core never reads the clock). */
  today(): string;
  /** Now as ISO 8601 with the local offset (`2026-03-01T09:30:00+08:00`), recorded with a draw. */
  now(): string;
  /** Cryptographically random bytes (crypto.getRandomValues) for a generated seed. */
  randomBytes(length: number): Uint8Array;
}

export const ServicesContext = createContext<AppServices | null>(null);

export function useServices(): AppServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error("AppServices missing: wrap the app in <ServicesContext.Provider>.");
  return services;
}
