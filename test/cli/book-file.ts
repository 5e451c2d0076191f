import { writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import type { SheetData } from "../../src/core/grid/cell";

/** Writes plain sheets to an .xlsx file as values, for CLI tests that need a workbook on disk. */
export async function writeBook(path: string, sheets: readonly SheetData[]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    s.rows.forEach((row, r) => row.forEach((v, c) => v !== null && v !== undefined && (ws.getCell(r + 1, c + 1).value = v)));
  }
  writeFileSync(path, new Uint8Array(await wb.xlsx.writeBuffer()));
  return path;
}
