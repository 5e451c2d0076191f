import type { Cell } from "./cell";

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
