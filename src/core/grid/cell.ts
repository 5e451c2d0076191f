/** A cell value as Excel's `Range.values` returns it; error values arrive as strings like "#N/A". */
export type Cell = string | number | boolean | null;

/**
 * The most characters one Excel cell holds (UTF-16 code units, as String.length counts them):
 * https://support.microsoft.com/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3
 */
export const EXCEL_CELL_CHARS = 32_767;

/** One worksheet as a host hands it to the core. */
export interface SheetData {
  name: string;
  /** Used range from A1, row-major. Rows may be ragged; missing cells are blank. */
  rows: Cell[][];
  /** Merged areas as A1 ranges ("B3:B7"), when the host can tell. */
  merges?: string[];
}

const ERROR_VALUES = new Set([
  "#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA",
  "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!", "#PYTHON!",
]);

/**
 * A first character that trim() keeps: printable ASCII, or CJK and the rest up to U+FEFF (no white
 * space lies there). Lets the common cell skip trimming.
 */
function startsUntrimmable(text: string): boolean {
  const c = text.charCodeAt(0);
  return (c > 0x20 && c < 0x7f) || (c >= 0x3400 && c < 0xfeff);
}

export function isErrorValue(value: Cell): value is string {
  if (typeof value !== "string") return false;
  if (startsUntrimmable(value) && value.charCodeAt(0) !== 0x23) return false; // not "#"
  return ERROR_VALUES.has(value.trim().toUpperCase());
}

export function isBlank(value: Cell | undefined): boolean {
  if (value === null || value === undefined) return true;
  return typeof value === "string" && !startsUntrimmable(value) && value.trim() === "";
}
