import ExcelJS from "exceljs";
import { type Cell, parseRange, type SheetData } from "../../core";
import { toCell } from "./cell-value";
import { XlsxBook } from "./xlsx/book";

/** Every worksheet as plain cell arrays (from A1), with its merged areas; values only in a merge's first cell. */
export function sheetsFromWorkbook(wb: ExcelJS.Workbook): SheetData[] {
  return wb.worksheets.map((ws) => {
    const sparse = ws.getSheetValues() as unknown as (ExcelJS.CellValue[] | undefined)[];
    const rows: Cell[][] = [];
    for (let r = 1; r < sparse.length; r++) {
      const src = sparse[r];
      const row: Cell[] = [];
      if (src) for (let c = 1; c < src.length; c++) row.push(toCell(src[c]));
      rows.push(row);
    }
    const merges: string[] = ((ws.model as { merges?: string[] }).merges ?? []).slice();
    for (const m of merges) {
      const range = parseRange(m);
      if (!range) continue;
      for (let i = range.row; i < range.row + range.rowSpan; i++) {
        for (let j = range.col; j < range.col + range.colSpan; j++) {
          if ((i !== range.row || j !== range.col) && rows[i] && j < rows[i].length) rows[i][j] = null;
        }
      }
    }
    while (rows.length > 0 && rows[rows.length - 1].every((v) => v === null)) rows.pop();
    return { name: ws.name, rows, merges };
  });
}

export async function loadWorkbook(data: ArrayBuffer | Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  const buf = data instanceof Uint8Array ? data : new Uint8Array(data);
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  return wb;
}

/** Reads an .xlsx file's bytes into the sheets the core reads (src/host/file/xlsx, no ExcelJS). */
export async function readXlsx(data: ArrayBuffer | Uint8Array): Promise<SheetData[]> {
  return XlsxBook.open(data instanceof Uint8Array ? data : new Uint8Array(data)).readSheets();
}

/** The same through ExcelJS's workbook model, as the file host read before issue #18 (tests compare the two). */
export async function readXlsxWithExcelJS(data: ArrayBuffer | Uint8Array): Promise<SheetData[]> {
  return sheetsFromWorkbook(await loadWorkbook(data));
}
