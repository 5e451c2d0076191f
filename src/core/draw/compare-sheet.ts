import { cellAddress } from "../grid/address";
import type { Cell, SheetData } from "../grid/cell";
import { parseDate } from "../values/date";
import { specLayout, type SheetSpec } from "../sheets/sheet-spec";
import { cellText } from "../values/text";

export interface Difference {
  sheet: string;
  cell: string;
  expected: string;
  found: string;
}

export interface CompareOptions {
  /** Body columns staff fill in (by header text): never compared. */
  clerkColumns?: readonly string[];
  /** Compare the title and header rows too (sheets written since 0.3.0; earlier ones: body and notes only). */
  header?: boolean;
}

/** One row the spec puts below the header: body, note, blank separator, section caption, header or body. */
interface Line {
  values: Cell[];
  /** Columns compared; dates (a body column of format date) compare as dates. */
  compared: number[];
  dates: ReadonlySet<number>;
}

/** A value as the user sees it in the message (not normalised: the full-width punctuation stays). */
const shown = (v: Cell): string => (v === null ? "" : String(v).trim());

const text = (v: Cell, isDate: boolean): string => (isDate && v !== null && v !== "" ? (parseDate(v) ?? cellText(v)) : cellText(v));

const same = (expected: Cell, found: Cell, isDate: boolean): boolean =>
  typeof expected === "number" && typeof found === "number" ? expected === found : text(expected, isDate) === text(found, isDate);

/** Every row below the header the spec writes, in order, with the columns verify compares in each. */
function linesOf(spec: SheetSpec, clerk: ReadonlySet<number>): Line[] {
  const width = spec.columns.length;
  const all = (n: number): number[] => Array.from({ length: n }, (_, i) => i);
  const dates = new Set(spec.columns.flatMap((c, i) => (c.format === "date" ? [i] : [])));
  const none = new Set<number>();
  const lines: Line[] = spec.body.map((values) => ({ values, compared: all(width).filter((c) => !clerk.has(c)), dates }));
  for (const n of spec.notes ?? []) lines.push({ values: [n], compared: [0], dates: none });
  for (const s of spec.sections ?? []) {
    lines.push({ values: [], compared: all(width), dates: none });
    lines.push({ values: [s.caption], compared: [0], dates: none });
    lines.push({ values: s.header, compared: all(s.header.length), dates: none });
    for (const row of s.body) lines.push({ values: row, compared: all(Math.max(width, row.length)), dates: none });
  }
  return lines;
}

const keyOf = (line: Line, row: readonly Cell[]): string => line.compared.map((c) => text(row[c] ?? null, line.dates.has(c))).join("\u0000");
const isBlank = (row: readonly Cell[] | undefined): boolean => !row || row.every((v) => cellText(v) === "");

/**
 * Compares a visible sheet with the spec it was written from, cell by cell (docs/draw-spec.md §6):
 * body, notes and sections, and with `header` the title and header rows. A row deleted or added
 * shows as that row, not as every row after it. Staff's columns are left out.
 */
export function compareSheet(spec: SheetSpec, sheet: SheetData | undefined, out: Difference[], options: CompareOptions = {}): void {
  if (!sheet) {
    out.push({ sheet: spec.name, cell: "", expected: "工作表存在", found: "工作表不存在（被删除或改名）" });
    return;
  }
  const layout = specLayout(spec);
  const diff = (r: number, c: number, expected: Cell, found: Cell): void => {
    out.push({ sheet: sheet.name, cell: cellAddress(r, c), expected: shown(expected), found: shown(found) });
  };
  if (options.header) {
    if (layout.titleRow !== null && !same(spec.title ?? null, sheet.rows[0]?.[0] ?? null, false)) diff(0, 0, spec.title ?? null, sheet.rows[0]?.[0] ?? null);
    spec.header.forEach((row, i) => {
      const r = layout.headerFirst - 1 + i;
      row.forEach((v, c) => {
        const found = sheet.rows[r]?.[c] ?? null;
        if (!same(v, found, false)) diff(r, c, v, found);
      });
    });
  }
  const clerkNames = new Set(options.clerkColumns ?? []);
  const header = spec.header[spec.header.length - 1] ?? [];
  const clerk = new Set(header.flatMap((h, i) => (clerkNames.has(h) ? [i] : [])));
  const lines = linesOf(spec, clerk);
  const first = layout.bodyFirst - 1;
  const found = sheet.rows.slice(first);
  let i = 0;
  let j = 0;
  const rowLabel = (n: number): string => `${n + 1}:${n + 1}`;
  while (i < lines.length) {
    const line = lines[i];
    const row = found[j] ?? [];
    if (keyOf(line, row) === keyOf(line, line.values)) {
      i++;
      j++;
      continue;
    }
    // A deleted row: what is here is what should come next. An added row: what should be here comes next.
    const next = lines[i + 1];
    if (next && keyOf(next, row) === keyOf(next, next.values) && !isBlank(line.values)) {
      out.push({ sheet: sheet.name, cell: rowLabel(first + j), expected: summary(line), found: "这一行被删除" });
      i++;
      continue;
    }
    const after = found[j + 1];
    if (after && keyOf(line, after) === keyOf(line, line.values) && !isBlank(row)) {
      out.push({ sheet: sheet.name, cell: rowLabel(first + j), expected: "（无此行）", found: `多出一行：${summary({ ...line, values: row })}` });
      j++;
      continue;
    }
    for (const c of line.compared) {
      const v = line.values[c] ?? null;
      const f = row[c] ?? null;
      if (!same(v, f, line.dates.has(c))) diff(first + j, c, v, f);
    }
    i++;
    j++;
  }
  const rest = found.slice(j);
  const extra = rest.findIndex((r) => !isBlank(r));
  if (extra >= 0) {
    const from = first + j + extra;
    out.push({ sheet: sheet.name, cell: `${from + 1}:${sheet.rows.length}`, expected: "（无内容）", found: `表格末尾多出内容：${summary({ values: rest[extra], compared: rest[extra].map((_, c) => c), dates: new Set() })}` });
  }
}

/** A row in a message: its compared cells joined, shortened. */
function summary(line: Line): string {
  const s = line.compared
    .map((c) => shown(line.values[c] ?? null))
    .filter((v) => v !== "")
    .join(" | ");
  return s.length > 80 ? `${s.slice(0, 80)}…` : s;
}
