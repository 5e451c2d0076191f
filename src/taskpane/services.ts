import { createContext, useContext } from "react";
import type { SheetData } from "../core/cell";
import type { ReadOptions, WorkbookReading } from "../core/model";
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

/**
 * What the check step needs from the outside world. The app gets the real ones
 * (defaultServices.ts: ExcelJS file host + core, loaded on demand); tests pass fakes.
 */
export interface CheckServices {
  /** Parse .xlsx bytes into plain sheets. */
  readSheets(data: ArrayBuffer): Promise<SheetData[]>;
  /** Recognise and validate the sheets (the core's readWorkbook). */
  readWorkbook(sheets: SheetData[], options: ReadOptions): Promise<WorkbookReading>;
  /** The bundled sample workbook; throws CheckError("sample-missing") on 404. */
  fetchSample(): Promise<ArrayBuffer>;
  /** Today as `YYYY-MM-DD` (for certificate-expiry warnings; the core never reads the clock). */
  today(): string;
}

export const ServicesContext = createContext<CheckServices | null>(null);

export function useServices(): CheckServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error("CheckServices missing: wrap the app in <ServicesContext.Provider>.");
  return services;
}
