import { DATE_FORMAT, type ColumnSpec } from "./sheet-spec";

/**
 * How every written sheet looks, whichever host renders it: one source for the Excel host and the
 * file host (hosts translate these into their library's terms and add nothing of their own).
 */
export const SHEET_STYLE = {
  /** The font of every cell: the one Chinese government forms are printed in. */
  font: "宋体",
  title: { size: 14, bold: true, rowHeight: 30 },
  /** Header rows and section headers: bold, centred, wrapped, on this fill (RGB hex). */
  headerFill: "E7EEF7",
  sectionCaption: { size: 12, bold: true },
  note: { size: 11 },
  /** A4, margins in inches (left, right, top, bottom, page header, page footer). */
  page: { paper: "A4", margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 } },
  /** The message shown when a value outside a dropdown's list is typed. */
  listError: { title: "请从下拉列表中选择", message: (list: readonly string[]): string => `可选值：${list.join("、")}` },
} as const;

/** Excel's number format for a column: text "@" (codes keep their zeros), dates, integers, or General. */
export function numberFormat(col: ColumnSpec | undefined): string {
  switch (col?.format) {
    case "text":
      return "@";
    case "date":
      return DATE_FORMAT;
    case "integer":
      return "0";
    default:
      return "General";
  }
}

/** An ISO date (`2026-03-01`) in a date column is written as a date, not as text. */
export const isDateValue = (v: unknown, col: ColumnSpec | undefined): v is string => col?.format === "date" && typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v);
