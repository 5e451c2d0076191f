/**
 * The core's public entry: what the hosts, the task pane and the command line use. Everything
 * else in src/core is internal (tests reach into it; eslint stops src/ outside core from doing so).
 * docs/architecture.md describes the folders.
 */

export { errorMessage } from "./error-message";
export { localDate, localIsoTime, type ClockReading } from "./values/local-time";

// Cells and sheets as the hosts hand them over.
export type { Cell, SheetData } from "./grid/cell";
export { columnLetter, parseRange } from "./grid/address";
export { uniqueSheetName } from "./grid/sheet-name";

// Reading and checking a workbook.
export type { Issue } from "./issue";
export { SHEET_KINDS, type SheetKind, type SheetMatch, type WorkbookReading } from "./model";
export { SCHEMAS } from "./read/schema";
export { readWorkbook } from "./read/workbook";

// The draw: prepare (frame digest before any seed), complete with a seed, verify.
export { checkSeed, normalizeSeed, seedFromRandomBytes, type SeedSource } from "./draw/seed";
export {
  completeDraw,
  planSheets,
  prepareDraw,
  quotaReport,
  quotaSheets,
  voidAttempt,
  type DrawMeta,
  type PrepareOptions,
  type Prepared,
} from "./draw/session";
export type { TeamFailure } from "./draw/teams";
export type { DrawFailure, StratumShortfall } from "./draw/run";
export { drawability, type Drawability } from "./draw/drawability";
export { attemptText, type Attempt } from "./draw/attempts";
export { verifyWorkbook, type VerifyReport } from "./draw/verify";
export { RECORD_DATA_SHEET } from "./draw/record";
export type { QuotaRow, Verdict } from "./quota/row";

// Sheets to write, as plain data the hosts render.
export {
  DATE_FORMAT,
  DEFAULT_PRINT,
  rowHeights,
  specLayout,
  type ColumnSpec,
  type SheetSpec,
} from "./sheets/sheet-spec";
export { isDateValue, numberFormat, SHEET_STYLE } from "./sheets/sheet-style";
export { templateSheets } from "./sheets/template";
export { isoToSerial } from "./values/date";
export { looksLikeFormula } from "./values/text";

// What a file is, with the words both hosts use to refuse what is not an .xlsx.
export { fileKind, notWorkbookMessage, refusedWorkbookMessage, STRICT_WORKBOOK_REASON, unreadableWorkbookMessage, type FileKind } from "./file-kind";
