import type ExcelJS from "exceljs";
import { type Cell, columnLetter, type ColumnSpec, DEFAULT_PRINT, isDateValue, isoToSerial, numberFormat, parseRange, rowHeights, SHEET_STYLE, type SheetSpec, specLayout, uniqueSheetName } from "../../core";

const THIN: Partial<ExcelJS.Borders> = {
  top: { style: "thin" },
  left: { style: "thin" },
  bottom: { style: "thin" },
  right: { style: "thin" },
};
const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${SHEET_STYLE.headerFill}` } };
const FONT = SHEET_STYLE.font;

/** ISO dates in date columns become Excel dates (UTC midnight, as ExcelJS expects). */
function bodyValue(v: Cell, col: ColumnSpec): ExcelJS.CellValue {
  if (isDateValue(v, col)) {
    const [y, m, d] = v.split("-").map(Number);
    return new Date(Date.UTC(y, m - 1, d));
  }
  return v;
}

/** Serial of an ISO date, for hosts that write numbers (kept here so both ends agree in tests). */
export const serialOf = isoToSerial;

/** ExcelJS supports range data validations but its typings omit them. */
function rangeValidations(ws: ExcelJS.Worksheet): { add(address: string, dv: ExcelJS.DataValidation): void } {
  return (ws as unknown as { dataValidations: { add(address: string, dv: ExcelJS.DataValidation): void } }).dataValidations;
}

/** Renders a sheet spec as a new worksheet; the name is made unique among the book's sheets. */
export function addSpecSheet(wb: ExcelJS.Workbook, spec: SheetSpec): ExcelJS.Worksheet {
  const name = uniqueSheetName(spec.name, wb.worksheets.map((w) => w.name));
  const layout = specLayout(spec);
  const print = spec.print ?? DEFAULT_PRINT;
  // The title and the notes span the printed columns (all, unless the spec prints fewer).
  const width = print.columns ?? spec.columns.length;
  const last = columnLetter(width - 1);
  const ws = wb.addWorksheet(name, {
    state: spec.state ?? "visible",
    views: spec.freeze === false ? [] : [{ state: "frozen", xSplit: 0, ySplit: layout.headerLast }],
    pageSetup: {
      paperSize: 9, // A4 (SHEET_STYLE.page.paper)
      orientation: print.orientation,
      fitToPage: print.fitToWidth,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: print.repeatHeader ? `${layout.headerFirst}:${layout.headerLast}` : undefined,
      // ExcelJS puts "$" before each end: "A$1" becomes the absolute "$A$1" Excel and LibreOffice expect.
      printArea: print.columns ? `A$1:${last}$${Math.max(layout.notesFirst + (spec.notes?.length ?? 0) - 1, layout.bodyLast)}` : undefined,
      margins: { ...SHEET_STYLE.page.margins },
    },
  });

  spec.columns.forEach((col, i) => {
    const c = ws.getColumn(i + 1);
    c.width = col.width;
  });

  if (layout.titleRow) {
    const cell = ws.getCell(`A${layout.titleRow}`);
    cell.value = spec.title!;
    cell.font = { name: FONT, size: SHEET_STYLE.title.size, bold: SHEET_STYLE.title.bold };
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    ws.getRow(layout.titleRow).height = SHEET_STYLE.title.rowHeight;
    if (width > 1) ws.mergeCells(`A${layout.titleRow}:${last}${layout.titleRow}`);
  }

  const heights = rowHeights(spec);
  spec.header.forEach((labels, i) => {
    const row = ws.getRow(layout.headerFirst + i);
    row.height = heights.header[i];
    labels.forEach((label, j) => {
      const cell = row.getCell(j + 1);
      cell.value = label === "" ? null : label;
      cell.font = { name: FONT, bold: true };
      cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
      cell.border = THIN;
      cell.fill = HEADER_FILL;
    });
  });
  for (const m of spec.headerMerges ?? []) {
    const r = parseRange(m);
    if (!r) continue;
    const top = layout.headerFirst + r.row;
    ws.mergeCells(top, r.col + 1, top + r.rowSpan - 1, r.col + r.colSpan);
  }

  spec.body.forEach((values, i) => {
    const row = ws.getRow(layout.bodyFirst + i);
    row.height = heights.body[i];
    spec.columns.forEach((col, j) => {
      const cell = row.getCell(j + 1);
      const fmt = numberFormat(col);
      if (fmt !== "General") cell.numFmt = fmt;
      cell.value = bodyValue(values[j] ?? null, col);
      cell.border = THIN;
      cell.font = { name: FONT };
      cell.alignment = { vertical: "middle", wrapText: col.wrap ?? true };
    });
  });

  spec.columns.forEach((col, j) => {
    if (!col.list || col.list.length === 0) return;
    const rows = Math.max(spec.body.length, col.listRows ?? 0);
    if (rows === 0) return;
    const letter = columnLetter(j);
    rangeValidations(ws).add(`${letter}${layout.bodyFirst}:${letter}${layout.bodyFirst + rows - 1}`, {
      type: "list",
      allowBlank: true,
      formulae: [`"${col.list.join(",")}"`],
      showErrorMessage: true,
      errorStyle: "stop",
      errorTitle: SHEET_STYLE.listError.title,
      error: SHEET_STYLE.listError.message(col.list),
    });
  });

  (spec.sections ?? []).forEach((section, k) => {
    const first = layout.sectionsFirst[k];
    const caption = ws.getCell(`A${first}`);
    caption.value = section.caption;
    caption.font = { name: FONT, size: SHEET_STYLE.sectionCaption.size, bold: SHEET_STYLE.sectionCaption.bold };
    if (width > 1) ws.mergeCells(`A${first}:${last}${first}`);
    section.header.forEach((label, j) => {
      const cell = ws.getCell(first + 1, j + 1);
      cell.value = label;
      cell.font = { name: FONT, bold: true };
      cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
      cell.border = THIN;
      cell.fill = HEADER_FILL;
    });
    section.body.forEach((values, i) => {
      values.forEach((v, j) => {
        const cell = ws.getCell(first + 2 + i, j + 1);
        cell.value = v;
        cell.border = THIN;
        cell.font = { name: FONT };
        cell.alignment = { vertical: "middle", wrapText: true };
      });
    });
  });

  (spec.notes ?? []).forEach((note, i) => {
    const r = layout.notesFirst + i;
    const cell = ws.getCell(`A${r}`);
    cell.value = note;
    cell.font = { name: FONT, size: SHEET_STYLE.note.size };
    cell.alignment = { wrapText: true, vertical: "top" };
    if (width > 1) ws.mergeCells(`A${r}:${last}${r}`);
  });
  return ws;
}

/** Protection without a password: guards against slips, and the user can lift it in Excel. */
export async function protectSheet(ws: ExcelJS.Worksheet): Promise<void> {
  await ws.protect("", {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
    sort: true,
    autoFilter: true,
  });
}
