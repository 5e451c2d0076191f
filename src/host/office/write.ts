import { type Cell, columnLetter, type ColumnSpec, DEFAULT_PRINT, isDateValue, isoToSerial, looksLikeFormula, numberFormat, parseRange, rowHeights, SHEET_STYLE, type SheetSpec, specLayout } from "../../core";
import { payloadBytes, type SyncBudget } from "./budget";
import type { Features } from "./requirements";

const FONT = SHEET_STYLE.font;
/** Excel column width is set in points; one character of width is about 7 points in 宋体 11. */
const POINTS_PER_CHAR = 7;
/** What one queued row-height operation adds to a request, roughly. */
const ROW_HEIGHT_OP_BYTES = 300;

/** Values as Excel should store them: dates as serials, formula-like text escaped as text. */
export function excelValue(v: Cell, col: ColumnSpec | undefined): Cell {
  if (isDateValue(v, col)) return isoToSerial(v);
  if (typeof v === "string" && looksLikeFormula(v)) return `'${v}`;
  return v ?? "";
}

function grid<T>(rows: number, cols: number, f: (r: number, c: number) => T): T[][] {
  return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => f(r, c)));
}

function borders(range: Excel.Range): void {
  for (const edge of ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal", "InsideVertical"] as const) {
    range.format.borders.getItem(edge).style = "Continuous";
  }
}

/**
 * Queues the writing of one spec into an empty worksheet: values and formats of the body in row
 * blocks (each reserved against the request budget), header and title with merges, widths,
 * heights, freeze, validation, print layout and protection where the requirement sets allow.
 */
export async function writeSpec(ws: Excel.Worksheet, spec: SheetSpec, features: Features, budget: SyncBudget): Promise<void> {
  const layout = specLayout(spec);
  const columns = spec.columns.length;
  // The title and the notes span the printed columns (all, unless the spec prints fewer).
  const width = spec.print?.columns ?? columns;
  const last = columnLetter(width - 1);
  const lastColumn = columnLetter(columns - 1);
  const heights = rowHeights(spec);

  if (spec.state === "hidden" || spec.state === "veryHidden") ws.visibility = spec.state === "hidden" ? "Hidden" : "VeryHidden";

  spec.columns.forEach((col, j) => {
    ws.getRange(`${columnLetter(j)}:${columnLetter(j)}`).format.columnWidth = col.width * POINTS_PER_CHAR;
  });

  if (layout.titleRow) {
    const title = ws.getRange(`A${layout.titleRow}:${last}${layout.titleRow}`);
    if (width > 1) title.merge(false);
    title.values = grid(1, width, (_, c) => (c === 0 ? spec.title! : ""));
    title.format.font.bold = SHEET_STYLE.title.bold;
    title.format.font.size = SHEET_STYLE.title.size;
    title.format.font.name = FONT;
    title.format.horizontalAlignment = "Center";
    title.format.rowHeight = SHEET_STYLE.title.rowHeight;
  }

  const header = ws.getRange(`A${layout.headerFirst}:${lastColumn}${layout.headerLast}`);
  await budget.reserve(payloadBytes(spec.header));
  header.values = grid(spec.header.length, columns, (r, c) => excelValue(spec.header[r][c] ?? "", undefined));
  header.format.font.bold = true;
  header.format.font.name = FONT;
  header.format.wrapText = true;
  header.format.horizontalAlignment = "Center";
  header.format.verticalAlignment = "Center";
  header.format.fill.color = `#${SHEET_STYLE.headerFill}`;
  borders(header);
  heights.header.forEach((h, i) => {
    ws.getRange(`${layout.headerFirst + i}:${layout.headerFirst + i}`).format.rowHeight = h;
  });
  for (const m of spec.headerMerges ?? []) {
    const r = parseRange(m);
    if (!r) continue;
    ws.getRangeByIndexes(layout.headerFirst - 1 + r.row, r.col, r.rowSpan, r.colSpan).merge(false);
  }

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
    block.numberFormat = grid(n, columns, (_, c) => formats[c]);
    block.values = grid(n, columns, (i, c) => excelValue(spec.body[r + i][c] ?? null, spec.columns[c]));
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
      ws.getRange(`${layout.bodyFirst + i}:${layout.bodyFirst + j - 1}`).format.rowHeight = h;
    }
    i = j;
  }

  (spec.notes ?? []).forEach((note, i) => {
    const row = ws.getRange(`A${layout.notesFirst + i}:${last}${layout.notesFirst + i}`);
    if (width > 1) row.merge(false);
    row.values = grid(1, width, (_, c) => (c === 0 ? excelValue(note, undefined) : ""));
    row.format.wrapText = true;
    row.format.font.size = SHEET_STYLE.note.size;
  });

  for (const [k, section] of (spec.sections ?? []).entries()) {
    const first = layout.sectionsFirst[k];
    const caption = ws.getRange(`A${first}:${last}${first}`);
    if (width > 1) caption.merge(false);
    caption.values = grid(1, width, (_, c) => (c === 0 ? section.caption : ""));
    caption.format.font.bold = SHEET_STYLE.sectionCaption.bold;
    caption.format.font.size = SHEET_STYLE.sectionCaption.size;
    const cols = section.header.length;
    await budget.reserve(payloadBytes(section.body) + payloadBytes([section.header]));
    const table = ws.getRangeByIndexes(first, 0, section.body.length + 1, cols);
    table.values = grid(section.body.length + 1, cols, (i, c) => excelValue(i === 0 ? section.header[c] : (section.body[i - 1][c] ?? null), undefined));
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
  }

  if (spec.protect) ws.protection.protect({ allowFormatColumns: true, allowFormatRows: true, allowSort: true, allowAutoFilter: true });
}
