import ExcelJS from "exceljs";
import { RECORD_DATA_SHEET, type SheetData, type SheetSpec } from "../../core";
import { loadWorkbook, sheetsFromWorkbook } from "./read-xlsx";
import { addSpecSheet, protectSheet } from "./write-spec";

/**
 * An .xlsx workbook held in memory: read its sheets, add new sheets from specs (never touching
 * the existing ones), and save. Writes are all-or-nothing: a failure removes what it added.
 */
export class FileWorkbook {
  private constructor(private readonly wb: ExcelJS.Workbook) {}

  static empty(): FileWorkbook {
    const wb = new ExcelJS.Workbook();
    wb.creator = "双随机抽查助手";
    return new FileWorkbook(wb);
  }

  /** A workbook holding exactly these cell arrays and merges (samples, tests, round trips). */
  static fromSheets(sheets: readonly SheetData[]): FileWorkbook {
    const book = FileWorkbook.empty();
    for (const sheet of sheets) {
      const ws = book.wb.addWorksheet(sheet.name);
      sheet.rows.forEach((row, r) => {
        row.forEach((v, c) => {
          if (v !== null && v !== "") ws.getCell(r + 1, c + 1).value = v;
        });
      });
      for (const m of sheet.merges ?? []) ws.mergeCells(m);
    }
    return book;
  }

  static async open(data: ArrayBuffer | Uint8Array): Promise<FileWorkbook> {
    return new FileWorkbook(await loadWorkbook(data));
  }

  sheetNames(): string[] {
    return this.wb.worksheets.map((w) => w.name);
  }

  readSheets(): SheetData[] {
    return sheetsFromWorkbook(this.wb);
  }

  /**
   * Adds one sheet per spec; returns the names used. The one sheet that is replaced rather than
   * added is this tool's own hidden record data. On any failure, everything is put back as it was.
   */
  async addSheets(specs: readonly SheetSpec[]): Promise<string[]> {
    const before = new Set(this.wb.worksheets.map((w) => w.id));
    const oldData = specs.some((s) => s.name === RECORD_DATA_SHEET) ? this.wb.getWorksheet(RECORD_DATA_SHEET) : undefined;
    if (oldData) oldData.name = `${RECORD_DATA_SHEET}_旧`;
    try {
      const names: string[] = [];
      for (const spec of specs) {
        const ws = addSpecSheet(this.wb, spec);
        if (spec.protect) await protectSheet(ws);
        names.push(ws.name);
      }
      if (oldData) this.wb.removeWorksheet(oldData.id);
      return names;
    } catch (e) {
      // A sheet that failed half-way is in the book too: remove everything this call added.
      for (const ws of this.wb.worksheets.filter((w) => !before.has(w.id))) this.wb.removeWorksheet(ws.id);
      if (oldData) oldData.name = RECORD_DATA_SHEET;
      throw e;
    }
  }

  async toBuffer(): Promise<Uint8Array> {
    return new Uint8Array(await this.wb.xlsx.writeBuffer());
  }
}
