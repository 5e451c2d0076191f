import type { CellValue } from "exceljs";
import type { Cell } from "../../core";

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === "[object Date]";
}

/** ExcelJS reads date cells as UTC midnight Dates; Excel hands the core serial numbers. */
export function dateToSerial(d: Date): number {
  return (d.getTime() - EXCEL_EPOCH_MS) / 86_400_000;
}

/** An ExcelJS cell value as Excel's `Range.values` would give it. */
export function toCell(v: CellValue | undefined): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (isDate(v)) return dateToSerial(v);
  if (typeof v === "object") {
    if ("error" in v) return String(v.error);
    if ("richText" in v) return v.richText.map((t) => t.text).join("");
    if ("formula" in v || "sharedFormula" in v) return toCell((v as { result?: CellValue }).result ?? null);
    if ("text" in v) return toCell((v as { text: CellValue }).text);
  }
  return null;
}
