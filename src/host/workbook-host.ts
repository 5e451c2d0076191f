import type { SheetData, SheetSpec } from "../core";

/** Reports how far a long read or write has got (0…1), for the progress bar. */
export type Progress = (fraction: number) => void;

/**
 * What the task pane needs from a workbook, whichever program holds it (docs/architecture.md).
 * Implementations: host/office (Excel via Office.js) and host/file (an .xlsx in memory, ExcelJS).
 */
export interface WorkbookHost {
  readonly kind: "excel" | "file";
  /** A name to show the user ("示例工作簿", "包头2026.xlsx", the Excel workbook). */
  readonly title: string;
  listSheets(): Promise<string[]>;
  /** Every sheet's used range from A1 as plain cells (dates as serials, errors as "#N/A"), with merges. */
  readSheets(progress?: Progress): Promise<SheetData[]>;
  /**
   * Adds one sheet per spec and returns the names used. New sheets only: a user's sheet is never
   * changed or deleted (the one sheet replaced is this tool's own hidden `_抽取记录数据`). On any
   * failure everything this call added is removed again.
   */
  writeSheets(specs: readonly SheetSpec[], progress?: Progress): Promise<string[]>;
  /** Shows the user a cell ("C12") or range of a sheet. */
  selectCell(sheet: string, address: string): Promise<void>;
}

/**
 * A write that stopped. Its message says why and what to do; `intact` says whether the workbook
 * is as it was before (everything the write added taken back) — when it is not, the message also
 * says what the workbook now holds.
 */
export class WorkbookWriteError extends Error {
  constructor(
    message: string,
    readonly intact: boolean,
  ) {
    super(message);
    this.name = "WorkbookWriteError";
  }
}

/** True for a write error that left the workbook changed (its message says how). */
export function leftWorkbookChanged(e: unknown): boolean {
  return typeof e === "object" && e !== null && (e as { intact?: unknown }).intact === false;
}
