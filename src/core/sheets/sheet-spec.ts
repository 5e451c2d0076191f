import type { Cell } from "../grid/cell";

/**
 * How the core describes a sheet to write. Hosts render specs exactly; they decide nothing.
 * Layout, top to bottom: optional merged title row, header rows, body rows, note rows.
 */
export interface SheetSpec {
  /** Wanted name; a host adds " (2)", " (3)"… when it is taken. */
  name: string;
  /** Merged across every column in the first row (bureau + year + table name). */
  title?: string;
  /** One or more header rows; "" inside a merged area. */
  header: string[][];
  /** Merges inside the header block, as A1 ranges counted from the first header row ("B1:C1"). */
  headerMerges?: string[];
  columns: ColumnSpec[];
  /** Body values; ISO `YYYY-MM-DD` strings in date columns are written as dates. */
  body: Cell[][];
  /** Lines below the body, each merged across the columns ("注：…"). */
  notes?: string[];
  /** Further tables below the notes, each with a merged caption row and its own header row. */
  sections?: SectionSpec[];
  /** Keep title and header in view while scrolling (default true). */
  freeze?: boolean;
  print?: PrintSpec;
  state?: "visible" | "hidden" | "veryHidden";
  /** Protect against accidental edits (no password: the user can unprotect). */
  protect?: boolean;
  /** A column chart of one section, where the host can draw charts (Excel; not ExcelJS). */
  chart?: { section: number; title: string };
}

export interface SectionSpec {
  caption: string;
  header: string[];
  body: Cell[][];
}

export interface ColumnSpec {
  /** Width in characters (Excel's column width unit). */
  width: number;
  /** text: "@" (codes keep their zeros); date: yyyy"年"m"月"d"日"; integer: 0. */
  format?: "text" | "date" | "integer" | "general";
  /** Dropdown of allowed values for the body (data validation). */
  list?: readonly string[];
  /** How many body rows the dropdown covers beyond the written rows (for sheets staff fill in). */
  listRows?: number;
  wrap?: boolean;
}

export interface PrintSpec {
  orientation: "landscape" | "portrait";
  fitToWidth: boolean;
  repeatHeader: boolean;
  /**
   * How many leading columns are printed (the print area; the title and notes are merged across
   * them). The columns after them stay in the sheet for the screen and for reading back.
   */
  columns?: number;
}

export const DEFAULT_PRINT: PrintSpec = { orientation: "landscape", fitToWidth: true, repeatHeader: true };

export const DATE_FORMAT = 'yyyy"年"m"月"d"日"';

/**
 * The widest a printed table may be, in Excel column-width units, to print one page wide on A4
 * landscape with 11 pt text at 9 pt or more: a width unit prints about 7 pt wide (measured in
 * LibreOffice's PDF), the page holds 784 pt between the margins, and 9/11 of the text's size is
 * the most it may shrink. Tables are laid out within it; the print test measures the result.
 */
export const PRINT_WIDTH_LIMIT = 128;

/** Excel's tallest row, in points. */
export const MAX_ROW_HEIGHT = 409;

/** The columns of `spec` that are printed, and their width in column-width units. */
export function printedWidth(spec: SheetSpec): number {
  return spec.columns.slice(0, spec.print?.columns ?? spec.columns.length).reduce((a, c) => a + c.width, 0);
}

/** Row positions (1-based) of each block, the same for every host. */
export interface SpecLayout {
  titleRow: number | null;
  headerFirst: number;
  headerLast: number;
  bodyFirst: number;
  bodyLast: number;
  notesFirst: number;
  /** First row of each section (its caption row); its header follows, then its body. */
  sectionsFirst: number[];
}

export function specLayout(spec: SheetSpec): SpecLayout {
  const titleRow = spec.title ? 1 : null;
  const headerFirst = titleRow ? 2 : 1;
  const headerLast = headerFirst + spec.header.length - 1;
  const bodyFirst = headerLast + 1;
  const bodyLast = bodyFirst + spec.body.length - 1;
  const notesFirst = bodyLast + 1;
  const sectionsFirst: number[] = [];
  let next = notesFirst + (spec.notes?.length ?? 0) + 1;
  for (const s of spec.sections ?? []) {
    sectionsFirst.push(next);
    next += 2 + s.body.length + 1;
  }
  return { titleRow, headerFirst, headerLast, bodyFirst, bodyLast, notesFirst, sectionsFirst };
}

/** The cells a host writes for a spec, row by row, where specLayout places them: title, header, body, notes, then each section after a blank row. */
export function specGrid(spec: SheetSpec): Cell[][] {
  const rows: Cell[][] = [];
  if (spec.title) rows.push([spec.title]);
  rows.push(...spec.header, ...spec.body, ...(spec.notes ?? []).map((n) => [n]));
  for (const s of spec.sections ?? []) rows.push([], [s.caption], s.header, ...s.body);
  return rows;
}

/** Display width of text in Excel column units: CJK and full-width characters count two. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return w;
}

const LINE_POINTS = 14.5;

/** Lines a value takes in a wrapped cell of `width` characters. */
function linesOf(value: unknown, width: number): number {
  if (value === null || value === undefined || value === "") return 1;
  const usable = Math.max(1, Math.floor((width - 1) * 0.9)); // fonts render a little wider than Excel's width unit
  return String(value)
    .split("\n")
    .reduce((n, part) => n + Math.max(1, Math.ceil(displayWidth(part) / usable)), 0);
}

/**
 * Row heights (points) for the header and body rows, from the text and the column widths: wrapped
 * text must show whole on screen and on paper, whichever host renders the sheet.
 */
export function rowHeights(spec: SheetSpec): { header: number[]; body: number[] } {
  const height = (row: readonly unknown[], spans: (j: number) => number): number => {
    const lines = Math.max(1, ...row.map((v, j) => (spec.columns[j]?.wrap === false ? 1 : linesOf(v, spans(j)))));
    return Math.min(MAX_ROW_HEIGHT, Math.round(lines * LINE_POINTS + 4));
  };
  const headerSpan = (i: number) => (j: number): number => {
    for (const m of spec.headerMerges ?? []) {
      const match = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(m);
      if (!match) continue;
      const c1 = match[1].charCodeAt(0) - 65;
      const c2 = match[3].charCodeAt(0) - 65;
      if (Number(match[2]) - 1 === i && c1 === j) return spec.columns.slice(c1, c2 + 1).reduce((a, c) => a + c.width, 0);
    }
    return spec.columns[j]?.width ?? 10;
  };
  return {
    header: spec.header.map((row, i) => height(row, headerSpan(i))),
    body: spec.body.map((row) => height(row, (j) => spec.columns[j]?.width ?? 10)),
  };
}

/** Lines that fit a row of the tallest height. */
const MAX_LINES = Math.floor((MAX_ROW_HEIGHT - 4) / LINE_POINTS);

/**
 * A row whose text would pass Excel's 409 pt continues on the rows below it: each long cell is
 * cut where a sentence or list item ends (；。), else between characters, into pieces that fit,
 * and the rows after the first hold only those pieces. Joined again in order, the pieces are the
 * text as it was (a reader takes a row holding nothing else as the row above's continuation).
 */
export function continueTallRows(spec: SheetSpec): SheetSpec {
  const body: Cell[][] = [];
  for (const row of spec.body) {
    const pieces = row.map((v, j) => (typeof v === "string" && spec.columns[j]?.wrap !== false ? pieceText(v, spec.columns[j]?.width ?? 10) : [v]));
    const rows = Math.max(1, ...pieces.map((p) => p.length));
    for (let k = 0; k < rows; k++) body.push(row.map((v, j) => (k === 0 ? pieces[j][0] : (pieces[j][k] ?? null))));
  }
  return body.length === spec.body.length ? spec : { ...spec, body };
}

/** `text` cut into pieces of at most MAX_LINES lines in a column `width` wide. */
function pieceText(text: string, width: number): Cell[] {
  if (linesOf(text, width) <= MAX_LINES) return [text];
  const out: string[] = [];
  let rest = text;
  while (linesOf(rest, width) > MAX_LINES) {
    // The longest head that fits, ending after a ；or 。 where there is one.
    let fit = 1;
    while (fit < rest.length && linesOf(rest.slice(0, fit + 1), width) <= MAX_LINES) fit += 1;
    const head = rest.slice(0, fit);
    const stop = Math.max(head.lastIndexOf("；"), head.lastIndexOf("。"), head.lastIndexOf(";"));
    const cut = stop > fit / 2 ? stop + 1 : fit;
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  out.push(rest);
  return out;
}
