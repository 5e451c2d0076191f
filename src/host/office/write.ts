import { type Cell, columnLetter, type ColumnSpec, DEFAULT_PRINT, isDateValue, isoToSerial, looksLikeFormula, numberFormat, parseRange, rowHeights, SHEET_STYLE, type SheetSpec, specLayout } from "../../core";
import { payloadBytes, type SyncBudget } from "./budget";
import type { Features } from "./requirements";

const FONT = SHEET_STYLE.font;
/**
 * Points of one column-width unit when it cannot be measured (OfficeHost measures the workbook's
 * own, widthUnitPoints): a unit is one maximum digit width of the Normal style's font, 7 px for
 * Calibri 11 (ECMA-376 Part 1, §18.3.1.13 col) and 8 px for the CJK body fonts of Chinese Excel,
 * at 0.75 pt a pixel — 5.25 to 6 pt; 5.75 keeps a column within 10 % of the file host's either way.
 */
export const POINTS_PER_UNIT = 5.75;
/** Excel's tallest row: 409 points (https://support.microsoft.com/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3). */
const MAX_ROW_POINTS = 409;
/** What one queued row-height operation adds to a request, roughly. */
const ROW_HEIGHT_OP_BYTES = 300;
/** What a queued title, note or caption row adds besides its text, roughly (merge, format, font). */
const ROW_OP_BYTES = 1_000;

/**
 * A value as Excel should receive it. Writing `values` is typing: a leading `'` is taken as a
 * quote prefix and not kept, and text starting with = + - is taken as a formula
 * (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member;
 * http://support.microsoft.com/kb/269370/en-us) — so such text gets one `'` more, which Excel
 * drops and the cell keeps the text as it was. Dates of a date column go as serial numbers.
 */
export function excelValue(v: Cell, col: ColumnSpec | undefined): Cell {
  if (typeof v !== "string") return v ?? "";
  if (isDate(v, col)) return isoToSerial(v);
  return v.startsWith("'") || looksLikeFormula(v) ? `'${v}` : v;
}

const isDate: (v: string, col: ColumnSpec | undefined) => boolean = isDateValue;

/**
 * The number format of one cell: "@" for every text, so Excel keeps it as typed — 00123, 5%,
 * 1E5, 2026-03-01, 2026年3月1日, TRUE stay text ("format the cells as text before you enter any
 * data", http://support.microsoft.com/kb/269370/en-us) — else the column's format (an empty
 * cell keeps it too: staff fill in dates and numbers there later).
 */
export function cellFormat(value: Cell, columnFormat: string): string {
  return typeof value === "string" && value !== "" ? "@" : columnFormat;
}

function grid<T>(rows: number, cols: number, f: (r: number, c: number) => T): T[][] {
  return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => f(r, c)));
}

function borders(range: Excel.Range): void {
  for (const edge of ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal", "InsideVertical"] as const) {
    range.format.borders.getItem(edge).style = "Continuous";
  }
}

/** Values of cells and their number formats, set together ("@" first, then the text). */
function setCells(range: Excel.Range, values: Cell[][], formats: (r: number, c: number) => string): void {
  range.numberFormat = values.map((row, r) => row.map((v, c) => cellFormat(v, formats(r, c))));
  range.values = values as (string | number | boolean)[][];
}

/** One merged row across `width` columns holding `text` in its first cell (title, note, caption). */
function textRow(ws: Excel.Worksheet, row: number, width: number, text: string): Excel.Range {
  const range = ws.getRange(`A${row}:${columnLetter(width - 1)}${row}`);
  // Merge before anything is set on the cells: a merge keeps the first cell's format only.
  if (width > 1) range.merge(false);
  setCells(range, grid(1, width, (_, c) => (c === 0 ? excelValue(text, undefined) : "")), () => "General");
  return range;
}

/**
 * Queues the writing of one spec into an empty worksheet: values and formats of the body in row
 * blocks (each reserved against the request budget), header and title with merges, widths,
 * heights, freeze, validation, print layout, a chart beside its table and protection where the
 * requirement sets allow. Merges come before fills and borders. `pointsPerUnit`: the points of
 * one column-width unit in this workbook.
 */
export async function writeSpec(ws: Excel.Worksheet, spec: SheetSpec, features: Features, budget: SyncBudget, pointsPerUnit = POINTS_PER_UNIT): Promise<void> {
  const layout = specLayout(spec);
  const columns = spec.columns.length;
  // The title and the notes span the printed columns (all, unless the spec prints fewer).
  const width = spec.print?.columns ?? columns;
  const last = columnLetter(width - 1);
  const lastColumn = columnLetter(columns - 1);
  const heights = rowHeights(spec);
  const rowHeight = (h: number): number => Math.min(h, MAX_ROW_POINTS);

  if (spec.state === "hidden" || spec.state === "veryHidden") ws.visibility = spec.state === "hidden" ? "Hidden" : "VeryHidden";

  spec.columns.forEach((col, j) => {
    ws.getRange(`${columnLetter(j)}:${columnLetter(j)}`).format.columnWidth = Math.round(col.width * pointsPerUnit * 100) / 100;
  });

  if (layout.titleRow) {
    await budget.reserve(ROW_OP_BYTES + payloadBytes([[spec.title]]));
    const title = textRow(ws, layout.titleRow, width, spec.title!);
    title.format.font.bold = SHEET_STYLE.title.bold;
    title.format.font.size = SHEET_STYLE.title.size;
    title.format.font.name = FONT;
    title.format.horizontalAlignment = "Center";
    title.format.rowHeight = rowHeight(SHEET_STYLE.title.rowHeight);
  }

  const header = ws.getRange(`A${layout.headerFirst}:${lastColumn}${layout.headerLast}`);
  await budget.reserve(payloadBytes(spec.header) * 2 + ROW_OP_BYTES);
  for (const m of spec.headerMerges ?? []) {
    const r = parseRange(m);
    if (!r) continue;
    ws.getRangeByIndexes(layout.headerFirst - 1 + r.row, r.col, r.rowSpan, r.colSpan).merge(false);
  }
  setCells(header, grid(spec.header.length, columns, (r, c) => excelValue(spec.header[r][c] ?? "", undefined)), () => "General");
  header.format.font.bold = true;
  header.format.font.name = FONT;
  header.format.wrapText = true;
  header.format.horizontalAlignment = "Center";
  header.format.verticalAlignment = "Center";
  header.format.fill.color = `#${SHEET_STYLE.headerFill}`;
  borders(header);
  heights.header.forEach((h, i) => {
    ws.getRange(`${layout.headerFirst + i}:${layout.headerFirst + i}`).format.rowHeight = rowHeight(h);
  });

  // Body in blocks of rows, each within the request budget.
  const formats = spec.columns.map(numberFormat);
  let r = 0;
  while (r < spec.body.length) {
    let bytes = 0;
    let n = 0;
    while (r + n < spec.body.length && (n === 0 || bytes < 1_000_000)) {
      bytes += payloadBytes([spec.body[r + n]]) * 2;
      n += 1;
    }
    await budget.reserve(bytes);
    const block = ws.getRangeByIndexes(layout.bodyFirst - 1 + r, 0, n, columns);
    setCells(block, grid(n, columns, (i, c) => excelValue(spec.body[r + i][c] ?? null, spec.columns[c])), (_, c) => formats[c]);
    block.format.font.name = FONT;
    block.format.wrapText = true;
    block.format.verticalAlignment = "Center";
    borders(block);
    r += n;
  }
  // Taller rows in runs of equal height: one operation per run, each counted against the budget.
  for (let i = 0; i < heights.body.length; ) {
    const h = heights.body[i];
    let j = i + 1;
    while (j < heights.body.length && heights.body[j] === h) j += 1;
    if (h > 20) {
      await budget.reserve(ROW_HEIGHT_OP_BYTES);
      ws.getRange(`${layout.bodyFirst + i}:${layout.bodyFirst + j - 1}`).format.rowHeight = rowHeight(h);
    }
    i = j;
  }

  for (const [i, note] of (spec.notes ?? []).entries()) {
    await budget.reserve(ROW_OP_BYTES + payloadBytes([[note]]));
    const row = textRow(ws, layout.notesFirst + i, width, note);
    row.format.wrapText = true;
    row.format.font.size = SHEET_STYLE.note.size;
  }

  for (const [k, section] of (spec.sections ?? []).entries()) {
    const first = layout.sectionsFirst[k];
    await budget.reserve(ROW_OP_BYTES + payloadBytes([[section.caption]]));
    const caption = textRow(ws, first, width, section.caption);
    caption.format.font.bold = SHEET_STYLE.sectionCaption.bold;
    caption.format.font.size = SHEET_STYLE.sectionCaption.size;
    const cols = section.header.length;
    await budget.reserve(payloadBytes(section.body) * 2 + payloadBytes([section.header]) * 2 + ROW_OP_BYTES);
    const table = ws.getRangeByIndexes(first, 0, section.body.length + 1, cols);
    setCells(table, grid(section.body.length + 1, cols, (i, c) => excelValue(i === 0 ? section.header[c] : (section.body[i - 1][c] ?? null), undefined)), () => "General");
    borders(table);
    ws.getRangeByIndexes(first, 0, 1, cols).format.font.bold = true;
  }

  if (spec.freeze !== false) ws.freezePanes.freezeRows(layout.headerLast);

  if (features.dataValidation) {
    spec.columns.forEach((col, j) => {
      if (!col.list?.length) return;
      const rows = Math.max(spec.body.length, col.listRows ?? 0);
      if (rows === 0) return;
      const range = ws.getRangeByIndexes(layout.bodyFirst - 1, j, rows, 1);
      range.dataValidation.rule = { list: { inCellDropDown: true, source: col.list.join(",") } };
      range.dataValidation.errorAlert = { showAlert: true, style: "Stop", title: SHEET_STYLE.listError.title, message: SHEET_STYLE.listError.message(col.list) };
    });
  }

  if (features.pageLayout) {
    const print = spec.print ?? DEFAULT_PRINT;
    ws.pageLayout.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
    ws.pageLayout.paperSize = SHEET_STYLE.page.paper;
    if (print.fitToWidth) ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    if (print.repeatHeader) ws.pageLayout.setPrintTitleRows(`$${layout.headerFirst}:$${layout.headerLast}`);
    if (print.columns) ws.pageLayout.setPrintArea(`A1:${last}${Math.max(layout.notesFirst + (spec.notes?.length ?? 0) - 1, layout.bodyLast)}`);
  }

  if (spec.chart && spec.sections?.[spec.chart.section]) {
    const s = spec.sections[spec.chart.section];
    const first = layout.sectionsFirst[spec.chart.section];
    const source = ws.getRangeByIndexes(first, 0, s.body.length + 1, s.header.length);
    const chart = ws.charts.add("ColumnClustered", source, "Columns");
    chart.title.text = spec.chart.title;
    // Beside its table: one blank column to the right of it, level with its header row (without
    // a position Excel places a new chart over the middle of the window, on whatever is there).
    chart.setPosition(`${columnLetter(s.header.length + 1)}${first + 1}`);
  }

  if (spec.protect) ws.protection.protect({ allowFormatColumns: true, allowFormatRows: true, allowSort: true, allowAutoFilter: true });
}
