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
}

export const DEFAULT_PRINT: PrintSpec = { orientation: "landscape", fitToWidth: true, repeatHeader: true };

export const DATE_FORMAT = 'yyyy"年"m"月"d"日"';

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
    return Math.round(lines * LINE_POINTS + 4);
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
