import { parseRange } from "../grid/address";
import type { Cell } from "../grid/cell";
import type { ColumnDef, SheetSchema } from "./schema";
import { cellText, compactKey } from "../values/text";

/** How far down a header row is looked for (title rows, notes and blank rows above it). */
export const HEADER_SCAN_ROWS = 30;

export interface HeaderMatch {
  /** 0-based index of the first header row. */
  firstRow: number;
  /** 0-based index of the last header row (data starts below it). */
  lastRow: number;
  /** Column key → 0-based column index. */
  columns: Map<string, number>;
  /** Columns whose label matched a key already taken: [key, column]. */
  duplicates: [string, number][];
  /** Header label per column as read (for messages). */
  labels: string[];
  matched: number;
  requiredMatched: number;
}

/** Header text as compared: no white space, no required-marks, NFKC, lower-case. */
export function headerKey(label: string): string {
  return compactKey(label).replace(/[*＊]/g, "").replace(/\((必填|选填|可选|必选)\)$/u, "");
}

function withoutParentheses(key: string): string {
  return key.replace(/\([^)]*\)/g, "");
}

/**
 * The two keys a label is looked up by, memoised: finding a header tries every cell of a sheet's
 * first rows against every kind of sheet, several times over, and most of those cells are data.
 */
const keysMemo = new Map<string, [key: string, bare: string]>();

function labelKeys(label: string): [key: string, bare: string] {
  let keys = keysMemo.get(label);
  if (!keys) {
    const key = headerKey(label);
    keys = [key, withoutParentheses(key)];
    if (keysMemo.size > 20_000) keysMemo.clear();
    keysMemo.set(label, keys);
  }
  return keys;
}

const aliasCache = new WeakMap<SheetSchema, Map<string, ColumnDef>>();

function aliasIndex(schema: SheetSchema): Map<string, ColumnDef> {
  let index = aliasCache.get(schema);
  if (!index) {
    index = new Map();
    for (const c of schema.columns) for (const a of [c.label, ...c.aliases]) index.set(headerKey(a), c);
    aliasCache.set(schema, index);
  }
  return index;
}

export function matchLabel(schema: SheetSchema, label: string): ColumnDef | null {
  const index = aliasIndex(schema);
  const [key, bare] = labelKeys(label);
  if (!key) return null;
  return index.get(key) ?? index.get(bare) ?? null;
}

/** Cells covered by a merge but not its top-left, as "row,col" → the top-left's value. */
function mergeFill(rows: Cell[][], merges: readonly string[] | undefined, maxRow: number): Map<string, Cell> {
  const fill = new Map<string, Cell>();
  for (const m of merges ?? []) {
    const r = parseRange(m);
    if (!r || r.row > maxRow) continue;
    const v = rows[r.row]?.[r.col] ?? null;
    for (let i = r.row; i < r.row + r.rowSpan && i <= maxRow; i++) {
      for (let j = r.col; j < r.col + r.colSpan; j++) if (i !== r.row || j !== r.col) fill.set(`${i},${j}`, v);
    }
  }
  return fill;
}

function scoreLabels(schema: SheetSchema, candidates: string[][], firstRow: number, lastRow: number): HeaderMatch {
  const columns = new Map<string, number>();
  const duplicates: [string, number][] = [];
  const labels: string[] = [];
  candidates.forEach((options, c) => {
    labels[c] = options[0] ?? "";
    for (const label of options) {
      const def = matchLabel(schema, label);
      if (!def) continue;
      labels[c] = label;
      if (columns.has(def.key)) duplicates.push([def.key, c]);
      else columns.set(def.key, c);
      return;
    }
  });
  const requiredMatched = schema.columns.filter((c) => c.required && columns.has(c.key)).length;
  return { firstRow, lastRow, columns, duplicates, labels, matched: columns.size, requiredMatched };
}

function better(a: HeaderMatch | null, b: HeaderMatch): boolean {
  if (!a) return true;
  if (b.requiredMatched !== a.requiredMatched) return b.requiredMatched > a.requiredMatched;
  return b.matched > a.matched;
}

/**
 * The text of each cell findHeader looks at (merged cells filled from their first cell), for
 * callers that look for several kinds of header in one sheet: every row is scored alone, as the
 * lower row of a pair, and alone again, for each kind.
 */
export function headerCells(rows: Cell[][], merges?: readonly string[]): string[][] {
  const limit = Math.min(rows.length, HEADER_SCAN_ROWS);
  const fill = mergeFill(rows, merges, limit);
  const texts: string[][] = [];
  for (let r = 0; r <= limit && r < rows.length; r++) {
    // Row r is read as wide as its pairs with the rows above and below it are.
    const width = Math.max(rows[r - 1]?.length ?? 0, rows[r]?.length ?? 0, rows[r + 1]?.length ?? 0);
    texts.push(Array.from({ length: width }, (_, c) => {
      const v = rows[r]?.[c];
      return cellText(v === null || v === undefined ? (fill.get(`${r},${c}`) ?? null) : v);
    }));
  }
  return texts;
}

/**
 * Finds the header of `schema` in the first rows of a sheet: one row, or two rows where the upper
 * one groups columns (a merged "抽查项目" over "抽查类别 | 抽查事项"). Null when fewer than two
 * columns match.
 */
export function findHeader(rows: Cell[][], schema: SheetSchema, merges?: readonly string[], texts: string[][] = headerCells(rows, merges)): HeaderMatch | null {
  const limit = Math.min(rows.length, HEADER_SCAN_ROWS);
  const text = (r: number, c: number): string => texts[r][c] ?? "";
  // Row r scored alone, over `width` columns (a row is scored again as the lower row of a pair).
  const singles: { width: number; match: HeaderMatch }[] = [];
  const singleAt = (r: number, width: number): HeaderMatch => {
    const hit = singles[r];
    if (hit && hit.width === width) return hit.match;
    const match = scoreLabels(schema, Array.from({ length: width }, (_, c) => [text(r, c)]), r, r);
    singles[r] = { width, match };
    return match;
  };
  let best: HeaderMatch | null = null;
  for (let r = 0; r < limit; r++) {
    const width = Math.max(rows[r]?.length ?? 0, rows[r + 1]?.length ?? 0);
    const single = singleAt(r, width);
    if (better(best, single)) best = single;
    if (r + 1 >= rows.length) continue;
    let group = "";
    const pairs = Array.from({ length: width }, (_, c) => {
      const top = text(r, c);
      const bottom = text(r + 1, c);
      // A blank upper cell over a filled lower one continues the group to its left (merged header).
      group = top !== "" ? top : bottom !== "" ? group : "";
      return bottom === "" ? [top] : [bottom, group + bottom];
    });
    const double = scoreLabels(schema, pairs, r, r + 1);
    const singleBelow = singleAt(r + 1, width);
    if (double.matched > single.matched && double.matched > singleBelow.matched && better(best, double)) best = double;
  }
  return best && best.matched >= 2 ? best : null;
}
