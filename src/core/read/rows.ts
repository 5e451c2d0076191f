import { cellAddress, parseRange, rangeAddress } from "../grid/address";
import type { Cell } from "../grid/cell";
import { EXCEL_CELL_CHARS, isBlank, isErrorValue } from "../grid/cell";
import type { IssueList } from "../issue";
import type { Recognised } from "./recognize";
import type { ColumnDef, SheetSchema } from "./schema";
import { cellText, looksLikeFormula } from "../values/text";

/** Placeholders staff type for "nothing here". */
const PLACEHOLDER = /^[-—－/／\\、.。]+$|^(无|暂无|空)$/u;

/** One data row of a recognised sheet, with checked access to its cells. */
export interface DataRow {
  /** 0-based row index in the sheet. */
  index: number;
  /** 1-based sheet row number. */
  row: number;
  has(key: string): boolean;
  /** The cell held an error value (#N/A…), already reported. */
  isError(key: string): boolean;
  /** The raw cell, or null when blank, a placeholder, or an error value (already reported). */
  value(key: string): Cell;
  /** NFKC-trimmed text of value(key). */
  text(key: string): string;
  /**
   * Where `key` sits in this sheet's rows (-1: the sheet has no such column), for textAt/valueAt:
   * the same for every row of a sheet, so a reader of a big sheet resolves its keys once rather
   * than once per cell read (measured: ~20 ns a lookup, ~15 lookups a target row).
   */
  slot(key: string): number;
  /** text(key) for slot(key). */
  textAt(slot: number): string;
  /** value(key) for slot(key). */
  valueAt(slot: number): Cell;
  address(key: string): string;
  /** Reports an issue at the cell of `key`. */
  error(code: string, key: string, message: string): void;
  warning(code: string, key: string, message: string): void;
}

const NOTE_ROW = /^(注|说明|备注|填表|合计|小计|总计)/u;

/** First characters a placeholder can start with: the regular expression runs only on these. */
const PLACEHOLDER_START = new Set([..."-—－/／\\、.。无暂空"].map((c) => c.charCodeAt(0)));

function isPlaceholder(text: string): boolean {
  return PLACEHOLDER_START.has(text.charCodeAt(0)) && PLACEHOLDER.test(text);
}

/** What every row of one sheet shares: column slots, the sheet, the issue list. */
interface SheetContext {
  sheet: string;
  issues: IssueList;
  /** Column key → slot in the per-row arrays (mapped columns only). */
  slots: Map<string, number>;
  /** Column index of each slot. */
  columns: number[];
  /** Column index of every key the header maps (for addresses). */
  header: Map<string, number>;
}

class Row implements DataRow {
  readonly row: number;

  constructor(
    private readonly ctx: SheetContext,
    readonly index: number,
    /** Raw cell per slot, null when blank, a placeholder or an error value. */
    private readonly values: Cell[],
    /** cellText per slot, filled on first use. */
    private readonly texts: (string | undefined)[],
    private readonly errors: readonly boolean[] | null,
  ) {
    this.row = index + 1;
  }

  has(key: string): boolean {
    return this.ctx.header.has(key);
  }

  isError(key: string): boolean {
    const slot = this.slot(key);
    return slot >= 0 && this.errors !== null && this.errors[slot];
  }

  value(key: string): Cell {
    return this.valueAt(this.slot(key));
  }

  slot(key: string): number {
    return this.ctx.slots.get(key) ?? -1;
  }

  textAt(slot: number): string {
    if (slot < 0) return "";
    let t = this.texts[slot];
    if (t === undefined) this.texts[slot] = t = cellText(this.values[slot]);
    return t;
  }

  valueAt(slot: number): Cell {
    return slot < 0 ? null : this.values[slot];
  }

  text(key: string): string {
    return this.textAt(this.slot(key));
  }

  address(key: string): string {
    return cellAddress(this.index, this.ctx.header.get(key) ?? 0);
  }

  error(code: string, key: string, message: string): void {
    if (!this.ctx.issues.countOnly(code, this.ctx.sheet)) this.ctx.issues.error(code, this.ctx.sheet, this.address(key), message);
  }

  warning(code: string, key: string, message: string): void {
    if (!this.ctx.issues.countOnly(code, this.ctx.sheet)) this.ctx.issues.warning(code, this.ctx.sheet, this.address(key), message);
  }
}

/**
 * Walks the data rows below the header: skips blank rows, reports (and skips) note rows, error
 * values, text Excel would take for a formula, and merged cells in the data area.
 */
export function* dataRows(rec: Recognised, schema: SheetSchema, issues: IssueList): Generator<DataRow> {
  const { sheet, header } = rec;
  const defs = new Map<string, ColumnDef>(schema.columns.map((c) => [c.key, c]));
  const mapped = [...header.columns.entries()];
  const ctx: SheetContext = {
    sheet: sheet.name,
    issues,
    slots: new Map(mapped.map(([key], slot) => [key, slot])),
    columns: mapped.map(([, c]) => c),
    header: header.columns,
  };
  const slotDefs = mapped.map(([key]) => defs.get(key)!);
  const notes = noteRows(rec, ctx.columns);
  reportMerges(rec, schema, notes, issues);
  const width = ctx.columns.length;
  for (let r = header.lastRow + 1; r < sheet.rows.length; r++) {
    const cells = sheet.rows[r] ?? [];
    if (!anyFilled(cells, ctx.columns)) continue;
    const note = notes.get(r);
    if (note !== undefined) {
      issues.warning("NOTE_ROW", sheet.name, `${r + 1}:${r + 1}`, `第 ${r + 1} 行像是说明或合计行（“${note.slice(0, 20)}”），未作为数据读取。`);
      continue;
    }
    const values = new Array<Cell>(width);
    const texts = new Array<string | undefined>(width);
    let errors: boolean[] | null = null;
    for (let slot = 0; slot < width; slot++) {
      const c = ctx.columns[slot];
      const raw = cells[c] ?? null;
      values[slot] = raw;
      if (typeof raw !== "string") continue;
      const typed: string = raw; // (isErrorValue narrows raw to never below)
      if (isErrorValue(raw)) {
        const def = slotDefs[slot];
        issues.add(
          def.drawReads ? "error" : "warning",
          "ERROR_VALUE",
          sheet.name,
          cellAddress(r, c),
          `“${def.label}”是错误值 ${raw.trim()}，${def.drawReads ? "抽取前必须改正" : "请改正（抽取不读取此列）"}。`,
        );
        values[slot] = null;
        (errors ??= new Array<boolean>(width).fill(false))[slot] = true;
        continue;
      }
      const t = dataText(raw);
      if (t === "" || isPlaceholder(t)) {
        values[slot] = null;
        texts[slot] = "";
        continue;
      }
      texts[slot] = t;
      if (typed.length > EXCEL_CELL_CHARS || t.length > EXCEL_CELL_CHARS) checkLength(issues, sheet.name, cellAddress(r, c), `“${slotDefs[slot].label}”`, typed, t, !slotDefs[slot].unwritten);
      if (looksLikeFormula(t) && t.length > 1) {
        issues.warning("FORMULA_TEXT", sheet.name, cellAddress(r, c), `“${slotDefs[slot].label}”以“${t[0]}”开头（${t.slice(0, 20)}），写入结果时将按文本处理，请确认内容无误。`);
      }
    }
    yield new Row(ctx, r, values, texts, errors);
  }
}

/** 40000 → `40,000`. */
const grouped = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");

/**
 * A text longer than an Excel cell holds — as typed (trimmed) or as read (NFKC may lengthen it) —
 * reported at its cell as TEXT_TOO_LONG: an error where an output sheet copies the text (`written`),
 * as the draw could not write it; a warning elsewhere. `what` names it: `“单位名称”`, `计划表标题`.
 */
export function checkLength(issues: IssueList, sheet: string, cell: string, what: string, typed: string, read: string, written: boolean): void {
  const n = Math.max(typed.trim().length, read.length);
  if (n <= EXCEL_CELL_CHARS) return;
  const limit = `超过 Excel 单元格上限 ${grouped(EXCEL_CELL_CHARS)} 个字符`;
  if (written) issues.error("TEXT_TOO_LONG", sheet, cell, `${what}有 ${grouped(n)} 个字符，${limit}，抽取结果无法写出；请缩短到 ${grouped(EXCEL_CELL_CHARS)} 个字符以内。`);
  else issues.warning("TEXT_TOO_LONG", sheet, cell, `${what}有 ${grouped(n)} 个字符，${limit}（抽取不写出此列，请核对）。`);
}

/**
 * cellText of a string cell, for the data rows only. The same rule as normalizeText (values/text.ts), kept
 * as its own function on purpose: V8 optimises a function for the kinds of strings it has seen, and
 * the shared one also sees header labels, sheet names and lists; with its own copy the row loop
 * stays specialised to cell strings (measured in a bundle, as the file page and the pane run it:
 * reading 10,000 rows 14 % faster; a few percent at 100,000).
 */
export function dataText(value: string): string {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 0x20 || (c > 0x7e && (c < 0x4e00 || c > 0x9fff))) return value.normalize("NFKC").trim();
  }
  return value.trim();
}

function anyFilled(cells: readonly Cell[], columns: readonly number[]): boolean {
  for (const c of columns) if (!isBlank(cells[c] ?? null)) return true;
  return false;
}

/**
 * A table's own words around its rows: the title above its header (the first filled cell there)
 * and the note rows below it (备注：…, 注：…), as typed — a plan table is written back with them.
 */
export function tableFrame(rec: Recognised): TableFrame {
  const { sheet, header } = rec;
  const above: string[] = [];
  const aboveAt: string[] = [];
  for (let r = 0; r < header.firstRow; r++) {
    const row = sheet.rows[r] ?? [];
    const c = row.findIndex((v) => !isBlank(v ?? null));
    if (c >= 0 && typeof row[c] === "string") {
      above.push(row[c].trim());
      aboveAt.push(cellAddress(r, c));
    }
  }
  // The line that names the table ("…抽查工作计划"), not an "附件3" or the bureau's name above it.
  const named = above.findIndex((t) => /计划|方案|清单|表$/u.test(t));
  const t = named >= 0 ? named : above.length > 0 ? 0 : -1;
  const notes: string[] = [];
  const notesAt: string[] = [];
  for (const r of noteRows(rec, [...header.columns.values()]).keys()) {
    const row = sheet.rows[r] ?? [];
    const c = row.findIndex((v) => !isBlank(v ?? null));
    notes.push(String(row[c]).trim());
    notesAt.push(cellAddress(r, c));
  }
  return { title: t >= 0 ? above[t] : "", above, notes, at: { title: t >= 0 ? aboveAt[t] : "", notes: notesAt } };
}

/** A table's title, the lines above its header and its note rows, as typed; `at`: the cells of the title and of each note. */
export interface TableFrame {
  title: string;
  above: string[];
  notes: string[];
  at: { title: string; notes: string[] };
}

/** Rows below the header with a single filled cell that reads like a note or a total → that text. */
function noteRows(rec: Recognised, columns: readonly number[]): Map<number, string> {
  const notes = new Map<number, string>();
  const { sheet, header } = rec;
  for (let r = header.lastRow + 1; r < sheet.rows.length; r++) {
    const cells = sheet.rows[r] ?? [];
    let filled: Cell | undefined;
    let count = 0;
    for (let c = 0; c < cells.length && count < 2; c++) {
      if (!isBlank(cells[c] ?? null)) {
        count += 1;
        filled = cells[c];
      }
    }
    if (count !== 1 || !anyFilled(cells, columns)) continue;
    const text = cellText(filled);
    if (NOTE_ROW.test(text)) notes.set(r, text);
  }
  return notes;
}

/** A merge in the data area leaves every cell but its first blank: never guess what was meant. */
function reportMerges(rec: Recognised, schema: SheetSchema, notes: Map<number, string>, issues: IssueList): void {
  const { sheet, header } = rec;
  const byColumn = new Map<number, ColumnDef>();
  for (const def of schema.columns) {
    const c = header.columns.get(def.key);
    if (c !== undefined) byColumn.set(c, def);
  }
  for (const m of sheet.merges ?? []) {
    const range = parseRange(m);
    if (!range || range.row + range.rowSpan - 1 <= header.lastRow) continue;
    if (range.rowSpan === 1 && notes.has(range.row)) continue;
    const defs = [...byColumn.entries()]
      .filter(([c]) => c >= range.col && c < range.col + range.colSpan)
      .map(([, d]) => d);
    if (defs.length === 0) continue;
    const reads = defs.some((d) => d.drawReads);
    issues.add(
      reads ? "error" : "warning",
      "MERGED_CELL",
      sheet.name,
      rangeAddress(range),
      `“${defs.map((d) => d.label).join("、")}”列有合并单元格，合并后只有第一格有值；请取消合并，并在每一行填入各自的值。`,
    );
  }
}
