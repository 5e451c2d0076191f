import { cellAddress, parseRange, rangeAddress } from "./address";
import type { Cell } from "./cell";
import { isBlank, isBlankRow, isErrorValue } from "./cell";
import type { IssueList } from "./issue";
import type { Recognised } from "./recognize";
import type { ColumnDef, SheetSchema } from "./schema";
import { cellText, looksLikeFormula } from "./text";

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
  address(key: string): string;
  /** Reports an issue at the cell of `key`. */
  error(code: string, key: string, message: string): void;
  warning(code: string, key: string, message: string): void;
}

const NOTE_ROW = /^(注|说明|备注|填表|合计|小计|总计)/u;

/**
 * Walks the data rows below the header: skips blank rows, reports (and skips) note rows, error
 * values, text Excel would take for a formula, and merged cells in the data area.
 */
export function* dataRows(rec: Recognised, schema: SheetSchema, issues: IssueList): Generator<DataRow> {
  const { sheet, header } = rec;
  const defs = new Map<string, ColumnDef>(schema.columns.map((c) => [c.key, c]));
  const mapped = [...header.columns.entries()];
  const notes = noteRows(rec, mapped);
  reportMerges(rec, schema, notes, issues);
  for (let r = header.lastRow + 1; r < sheet.rows.length; r++) {
    const cells = sheet.rows[r] ?? [];
    if (isBlankRow(cells) || !mapped.some(([, c]) => !isBlank(cells[c] ?? null))) continue;
    const note = notes.get(r);
    if (note !== undefined) {
      issues.warning("NOTE_ROW", sheet.name, `${r + 1}:${r + 1}`, `第 ${r + 1} 行像是说明或合计行（“${note.slice(0, 20)}”），未作为数据读取。`);
      continue;
    }
    const values = new Map<string, Cell>();
    const texts = new Map<string, string>();
    const errors = new Set<string>();
    for (const [key, c] of mapped) {
      const raw = cells[c] ?? null;
      const def = defs.get(key)!;
      const addr = cellAddress(r, c);
      if (isErrorValue(raw)) {
        issues.add(
          def.drawReads ? "error" : "warning",
          "ERROR_VALUE",
          sheet.name,
          addr,
          `“${def.label}”是错误值 ${raw.trim()}，${def.drawReads ? "抽取前必须改正" : "请改正（抽取不读取此列）"}。`,
        );
        values.set(key, null);
        errors.add(key);
        continue;
      }
      if (typeof raw === "string") {
        const t = cellText(raw);
        if (t === "" || PLACEHOLDER.test(t)) {
          values.set(key, null);
          continue;
        }
        if (looksLikeFormula(t) && t.length > 1) {
          issues.warning("FORMULA_TEXT", sheet.name, addr, `“${def.label}”以“${t[0]}”开头（${t.slice(0, 20)}），写入结果时将按文本处理，请确认内容无误。`);
        }
      }
      values.set(key, raw);
    }
    const at = (key: string): string => cellAddress(r, header.columns.get(key) ?? 0);
    yield {
      index: r,
      row: r + 1,
      has: (key) => header.columns.has(key),
      isError: (key) => errors.has(key),
      value: (key) => values.get(key) ?? null,
      text: (key) => {
        let t = texts.get(key);
        if (t === undefined) texts.set(key, (t = cellText(values.get(key) ?? null)));
        return t;
      },
      address: at,
      error: (code, key, message) => issues.error(code, sheet.name, at(key), message),
      warning: (code, key, message) => issues.warning(code, sheet.name, at(key), message),
    };
  }
}

/** Rows below the header with a single filled cell that reads like a note or a total → that text. */
function noteRows(rec: Recognised, mapped: [string, number][]): Map<number, string> {
  const notes = new Map<number, string>();
  const { sheet, header } = rec;
  for (let r = header.lastRow + 1; r < sheet.rows.length; r++) {
    const cells = sheet.rows[r] ?? [];
    const filled = cells.filter((v) => !isBlank(v ?? null));
    if (filled.length !== 1 || !mapped.some(([, c]) => !isBlank(cells[c] ?? null))) continue;
    const text = cellText(filled[0]);
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
