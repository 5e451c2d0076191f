/*
 * A SheetSpec rendered as a worksheet part, looking as src/host/file/write-spec.ts (ExcelJS) has
 * always drawn it: title, header, body, notes and sections with the same fonts, fill, borders,
 * number formats, row heights, column widths, merges, dropdowns, frozen header, protection and
 * print setup. Strings are written inline (no change to the book's shared strings).
 */
import { type Cell, columnLetter, type SheetData, type ColumnSpec, DEFAULT_PRINT, isDateValue, isoToSerial, numberFormat, parseRange, rowHeights, SHEET_STYLE, type SheetSpec, specLayout } from "../../../core";
import type { CellStyle, StyleBook } from "./styles";
import { escapeAttr, escapeText } from "./xml";

const FONT = SHEET_STYLE.font;
const HEADER: CellStyle = { font: { bold: true }, fill: SHEET_STYLE.headerFill, border: true, align: { horizontal: "center", vertical: "center", wrap: true } };
const TITLE: CellStyle = { font: { size: SHEET_STYLE.title.size, bold: SHEET_STYLE.title.bold }, align: { horizontal: "center", vertical: "center", wrap: true } };
const CAPTION: CellStyle = { font: { size: SHEET_STYLE.sectionCaption.size, bold: SHEET_STYLE.sectionCaption.bold } };
const NOTE: CellStyle = { font: { size: SHEET_STYLE.note.size }, align: { vertical: "top", wrap: true } };
const SECTION_BODY: CellStyle = { font: {}, border: true, align: { vertical: "center", wrap: true } };
const bodyStyle = (col: ColumnSpec): CellStyle => ({ font: {}, border: true, numFmt: numberFormat(col), align: { vertical: "center", wrap: col.wrap ?? true } });

/** A rendered sheet: its part's XML and the defined names (print titles, print area) it needs. */
export interface RenderedSheet {
  xml: string;
  printTitles?: string;
  printArea?: string;
}

/** Quoted for a formula ('name'!), as Excel writes sheet names in defined names. */
export const quoteSheet = (name: string): string => `'${name.replace(/'/g, "''")}'`;

function cellXml(ref: string, style: number, v: Cell, date1904: boolean, col?: ColumnSpec): string {
  if (v === null || v === undefined || v === "") return `<c r="${ref}" s="${style}"/>`;
  if (typeof v === "number") return Number.isFinite(v) ? `<c r="${ref}" s="${style}"><v>${v}</v></c>` : `<c r="${ref}" s="${style}" t="e"><v>#NUM!</v></c>`;
  if (typeof v === "boolean") return `<c r="${ref}" s="${style}" t="b"><v>${v ? 1 : 0}</v></c>`;
  if (col && isDateValue(v, col)) return `<c r="${ref}" s="${style}"><v>${isoToSerial(v) - (date1904 ? 1462 : 0)}</v></c>`;
  const s = String(v);
  const space = /^\s|\s$|\n/.test(s) ? ' xml:space="preserve"' : "";
  return `<c r="${ref}" s="${style}" t="inlineStr"><is><t${space}>${escapeText(s)}</t></is></c>`;
}

/** The worksheet XML of a spec named `name` (already unique in the book). */
export function renderSheet(spec: SheetSpec, name: string, styles: StyleBook, date1904: boolean): RenderedSheet {
  const layout = specLayout(spec);
  const print = spec.print ?? DEFAULT_PRINT;
  const width = print.columns ?? spec.columns.length;
  const last = columnLetter(width - 1);
  const heights = rowHeights(spec);
  const s = (style: CellStyle): number => styles.index(style, FONT);

  /** Row number → [height, cells by column]. */
  const rows = new Map<number, { height?: number; cells: Map<number, string> }>();
  const rowOf = (r: number) => {
    let row = rows.get(r);
    if (!row) rows.set(r, (row = { cells: new Map() }));
    return row;
  };
  const put = (r: number, c: number, style: number, v: Cell, col?: ColumnSpec): void => {
    rowOf(r).cells.set(c, cellXml(`${columnLetter(c)}${r}`, style, v, date1904, col));
  };
  const merges: string[] = [];
  /** A row-wide merge A..last: its other cells carry the first one's style, as before. */
  const mergeRow = (r: number, style: number): void => {
    if (width <= 1) return;
    merges.push(`A${r}:${last}${r}`);
    for (let c = 1; c < width; c++) if (!rowOf(r).cells.has(c)) put(r, c, style, null);
  };

  if (layout.titleRow) {
    const st = s(TITLE);
    put(layout.titleRow, 0, st, spec.title!);
    rowOf(layout.titleRow).height = SHEET_STYLE.title.rowHeight;
    mergeRow(layout.titleRow, st);
  }
  const header = s(HEADER);
  spec.header.forEach((labels, i) => {
    const r = layout.headerFirst + i;
    rowOf(r).height = heights.header[i];
    labels.forEach((label, j) => put(r, j, header, label === "" ? null : label));
  });
  for (const m of spec.headerMerges ?? []) {
    const range = parseRange(m);
    if (!range) continue;
    const top = layout.headerFirst + range.row;
    merges.push(`${columnLetter(range.col)}${top}:${columnLetter(range.col + range.colSpan - 1)}${top + range.rowSpan - 1}`);
  }
  // The body (up to a million rows) is rendered straight into its rows' XML, in order, without the
  // maps the few rows around it use; no other row falls inside it (specLayout).
  const bodyStyles = spec.columns.map((col) => s(bodyStyle(col)));
  const letters = spec.columns.map((_, j) => columnLetter(j));
  const bodyXml: string[] = new Array<string>(spec.body.length);
  spec.body.forEach((values, i) => {
    const r = layout.bodyFirst + i;
    const height = heights.body[i];
    let xml = `<row r="${r}"${height !== undefined ? ` ht="${height}" customHeight="1"` : ""}>`;
    for (let j = 0; j < spec.columns.length; j++) xml += cellXml(`${letters[j]}${r}`, bodyStyles[j], values[j] ?? null, date1904, spec.columns[j]);
    bodyXml[i] = `${xml}</row>`;
  });
  (spec.sections ?? []).forEach((section, k) => {
    const first = layout.sectionsFirst[k];
    const caption = s(CAPTION);
    put(first, 0, caption, section.caption);
    mergeRow(first, caption);
    section.header.forEach((label, j) => put(first + 1, j, header, label));
    const body = s(SECTION_BODY);
    section.body.forEach((values, i) => values.forEach((v, j) => put(first + 2 + i, j, body, v)));
  });
  const note = s(NOTE);
  (spec.notes ?? []).forEach((text, i) => {
    const r = layout.notesFirst + i;
    put(r, 0, note, text);
    mergeRow(r, note);
  });

  const validations: string[] = [];
  spec.columns.forEach((col, j) => {
    if (!col.list || col.list.length === 0) return;
    const n = Math.max(spec.body.length, col.listRows ?? 0);
    if (n === 0) return;
    const letter = columnLetter(j);
    validations.push(
      `<dataValidation type="list" allowBlank="1" showErrorMessage="1" errorStyle="stop" errorTitle="${escapeAttr(SHEET_STYLE.listError.title)}" error="${escapeAttr(SHEET_STYLE.listError.message(col.list))}" sqref="${letter}${layout.bodyFirst}:${letter}${layout.bodyFirst + n - 1}"><formula1>${escapeText(`"${col.list.join(",")}"`)}</formula1></dataValidation>`,
    );
  });

  // Overlapping merged areas make a file Excel calls damaged: refuse the sheet instead.
  const areas = merges.map((m) => parseRange(m)!);
  for (let i = 0; i < areas.length; i++) {
    for (let j = i + 1; j < areas.length; j++) {
      const [a, b] = [areas[i], areas[j]];
      if (a.row < b.row + b.rowSpan && b.row < a.row + a.rowSpan && a.col < b.col + b.colSpan && b.col < a.col + a.colSpan) {
        throw new Error(`“${name}”的合并区域 ${merges[i]} 与 ${merges[j]} 重叠`);
      }
    }
  }

  for (const r of rows.keys()) if (r >= layout.bodyFirst && r < layout.bodyFirst + spec.body.length) throw new Error(`“${name}”的第 ${r} 行与表体重叠`);
  const order = [...rows.keys()].sort((a, b) => a - b);
  let maxCol = spec.columns.length;
  const data: string[] = [];
  let bodyDone = spec.body.length === 0;
  const pushBody = (): void => {
    for (const xml of bodyXml) data.push(xml);
    bodyDone = true;
  };
  for (const r of order) {
    if (!bodyDone && r > layout.bodyFirst) pushBody();
    const row = rows.get(r)!;
    const cols = [...row.cells.keys()].sort((a, b) => a - b);
    if (cols.length) maxCol = Math.max(maxCol, cols[cols.length - 1] + 1);
    data.push(`<row r="${r}"${row.height !== undefined ? ` ht="${row.height}" customHeight="1"` : ""}>`);
    for (const c of cols) data.push(row.cells.get(c)!);
    data.push("</row>");
  }
  if (!bodyDone) pushBody();
  const bodyLast = spec.body.length ? layout.bodyFirst + spec.body.length - 1 : 0;
  const lastRow = Math.max(order.length ? order[order.length - 1] : 1, bodyLast);
  const freeze = spec.freeze !== false && layout.headerLast > 0;
  const views = freeze
    ? `<sheetView workbookViewId="0"><pane ySplit="${layout.headerLast}" topLeftCell="A${layout.headerLast + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A${layout.headerLast + 1}" sqref="A${layout.headerLast + 1}"/></sheetView>`
    : '<sheetView workbookViewId="0"/>';
  const m = SHEET_STYLE.page.margins;
  const xml = [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">',
    print.fitToWidth ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : "",
    `<dimension ref="A1:${columnLetter(Math.max(0, maxCol - 1))}${lastRow}"/>`,
    `<sheetViews>${views}</sheetViews>`,
    '<sheetFormatPr defaultRowHeight="15"/>',
    spec.columns.length ? `<cols>${spec.columns.map((c, i) => `<col min="${i + 1}" max="${i + 1}" width="${c.width}" customWidth="1"/>`).join("")}</cols>` : "",
    "<sheetData>",
    ...data,
    "</sheetData>",
    spec.protect ? '<sheetProtection sheet="1" formatColumns="0" formatRows="0" sort="0" autoFilter="0"/>' : "",
    merges.length ? `<mergeCells count="${merges.length}">${merges.map((r) => `<mergeCell ref="${r}"/>`).join("")}</mergeCells>` : "",
    validations.length ? `<dataValidations count="${validations.length}">${validations.join("")}</dataValidations>` : "",
    `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>`,
    `<pageSetup paperSize="9" orientation="${print.orientation}"${print.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : ""}/>`,
    "</worksheet>",
  ].join("");

  const q = quoteSheet(name);
  return {
    xml,
    printTitles: print.repeatHeader ? `${q}!$${layout.headerFirst}:$${layout.headerLast}` : undefined,
    printArea: print.columns ? `${q}!$A$1:$${last}$${Math.max(layout.notesFirst + (spec.notes?.length ?? 0) - 1, layout.bodyLast)}` : undefined,
  };
}

/** A sheet of plain values and merges, no styles (samples, tests). */
export function renderPlain(sheet: SheetData): string {
  const data: string[] = [];
  let maxCol = 1;
  sheet.rows.forEach((row, r) => {
    const cells: string[] = [];
    row.forEach((v, c) => {
      if (v === null || v === undefined || v === "") return;
      const ref = `${columnLetter(c)}${r + 1}`;
      maxCol = Math.max(maxCol, c + 1);
      cells.push(cellXml(ref, 0, v, false).replace(' s="0"', ""));
    });
    if (cells.length) data.push(`<row r="${r + 1}">${cells.join("")}</row>`);
  });
  const merges = sheet.merges ?? [];
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">',
    `<dimension ref="A1:${columnLetter(maxCol - 1)}${Math.max(1, sheet.rows.length)}"/>`,
    "<sheetData>",
    ...data,
    "</sheetData>",
    merges.length ? `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${escapeAttr(m)}"/>`).join("")}</mergeCells>` : "",
    "</worksheet>",
  ].join("");
}
