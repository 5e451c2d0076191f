import { createContext, useContext } from "react";
import type { WorkbookHost } from "../host/workbook-host";
import type { DrawEngine } from "./engine/client";
import type { BookRef, SheetInput } from "./engine/protocol";
import type { Progress } from "../host/workbook-host";
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

/** A workbook opened from a file: held in memory, saved with `toBuffer()` (the original is untouched). */
export interface FileWorkbookHost extends WorkbookHost {
  readonly kind: "file";
  toBuffer(): Promise<Uint8Array>;
}

/**
 * Either host, as the steps see it; only a file host can be downloaded. A host with `ref` is held
 * by the engine (file mode in the browser): its sheets are never copied to the page.
 */
export type PaneHost = WorkbookHost & { toBuffer?: () => Promise<Uint8Array>; ref?: BookRef; close?: () => Promise<void> };

/** What to hand the engine for this host: its reference, or the sheets read here (Excel). */
export async function sheetInput(host: PaneHost, progress?: Progress): Promise<SheetInput> {
  if (host.ref) return host.ref;
  return host.readSheets(progress);
}

/**
 * What the pane needs from the outside world. The app gets the real ones (defaultServices.ts:
 * ExcelJS file host, Office host and the core in a worker, all loaded on demand); tests pass fakes.
 */
export interface AppServices {
  /** Opens .xlsx bytes as a file host; throws CheckError("read-failed") when they are not a workbook. */
  openFile(data: ArrayBuffer, title: string): Promise<FileWorkbookHost>;
  /** The workbook open in Excel (Excel mode only). */
  openExcel(): Promise<WorkbookHost>;
  /** The bundled sample workbook; throws CheckError("sample-missing") on 404. */
  fetchSample(): Promise<ArrayBuffer>;
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
