/** A cell value as Excel's `Range.values` returns it; error values arrive as strings like "#N/A". */
export type Cell = string | number | boolean | null;

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

export function isErrorValue(value: Cell): value is string {
  return typeof value === "string" && ERROR_VALUES.has(value.trim().toUpperCase());
}

export function isBlank(value: Cell | undefined): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

export function isBlankRow(row: readonly Cell[] | undefined): boolean {
  return !row || row.every((v) => isBlank(v));
}
