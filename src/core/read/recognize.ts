import type { Cell, SheetData } from "../grid/cell";
import { isBlank } from "../grid/cell";
import { columnLetter, cellAddress } from "../grid/address";
import { findHeader, headerCells, type HeaderMatch } from "./header";
import type { IssueList } from "../issue";
import { SHEET_KINDS, type SheetKind } from "../model";
import { hasRules, type AlgorithmId } from "../draw/algorithm";
import { OUTPUT_SHEET_PREFIXES, schemasFor, WRITTEN_PLAN_TABLE, type Schemas, type SheetSchema } from "./schema";
import { cellText, normalizeText } from "../values/text";
import { isValidUscc, normalizeUscc } from "../values/uscc";

export interface Recognised {
  sheet: SheetData;
  header: HeaderMatch;
}

export type Recognition = Record<SheetKind, Recognised | null> & {
  /** Every task sheet, the one under `tasks` first (dr-2026.2 reads several; dr-2026.1 one). */
  taskSheets: Recognised[];
  schemas: Schemas;
};

const REQUIRED_KINDS: readonly SheetKind[] = ["targets", "inspectors", "tasks"];

function isOutputSheet(name: string, v2: boolean): boolean {
  const n = normalizeText(name);
  if (v2 && PLAN_TABLES.some((p) => n.startsWith(p))) return WRITTEN_PLAN_TABLE.test(n);
  return OUTPUT_SHEET_PREFIXES.some((p) => n.startsWith(p));
}

const PLAN_TABLES = ["部门内部抽查计划", "部门联合抽查计划", "随机抽查工作计划"];

/** How strongly a header speaks for a kind: every required column counts double. */
function strength(h: HeaderMatch): number {
  return h.matched + h.requiredMatched;
}

/**
 * A header counts as this kind when it has a required column and at least two matches in all;
 * a recusal list must name both a person and a target.
 */
function plausible(kind: SheetKind, h: HeaderMatch | null): h is HeaderMatch {
  if (h === null || h.matched < 2) return false;
  if (kind === "recusals") {
    const has = (k: string): boolean => h.columns.has(k);
    return (has("cert") || has("inspectorName")) && (has("uscc") || has("targetName"));
  }
  return h.requiredMatched >= 1;
}

/**
 * The USCC column found by content where no header names it: at least 80% of the first 200
 * filled values are 18-character codes that pass the check digit.
 */
function usccColumnByContent(rows: Cell[][], header: HeaderMatch): number | null {
  const taken = new Set(header.columns.values());
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  for (let c = 0; c < width; c++) {
    if (taken.has(c)) continue;
    let filled = 0;
    let valid = 0;
    for (let r = header.lastRow + 1; r < rows.length && filled < 200; r++) {
      const v = rows[r]?.[c];
      if (isBlank(v ?? null)) continue;
      filled += 1;
      if (typeof v === "string" && isValidUscc(normalizeUscc(v))) valid += 1;
    }
    if (filled >= 3 && valid * 5 >= filled * 4) return c;
  }
  return null;
}

/**
 * A further task sheet (dr-2026.2) must read as a plan table, not merely share two labels with
 * one: a code or 序号, a department, and a quantity or scope.
 */
function isTaskTable(h: HeaderMatch): boolean {
  const has = (k: string): boolean => h.columns.has(k);
  return (has("code") || has("seq")) && (has("initiator") || has("partners")) && (has("quantity") || has("scope"));
}

function describe(schema: SheetSchema): string {
  return `${schema.title}（${schema.columns.filter((c) => c.required).map((c) => c.label).join("、")}）`;
}

/**
 * Decides which sheet holds which kind of data, by header aliases (then by content for the USCC
 * column), whatever the sheets are called. `assign` overrides the choice per kind.
 */
export function recognise(
  sheets: readonly SheetData[],
  issues: IssueList,
  assign: Partial<Record<SheetKind, string | null>> = {},
  algorithm: AlgorithmId = "dr-2026.1",
): Recognition {
  const SCHEMAS = schemasFor(algorithm) as Record<SheetKind, SheetSchema>;
  const KINDS = SHEET_KINDS.filter((k) => SCHEMAS[k] !== undefined);
  const severalTaskSheets = hasRules(algorithm, "dr-2026.2") && !("tasks" in assign);
  const result = { ...Object.fromEntries(SHEET_KINDS.map((k) => [k, null])), taskSheets: [], schemas: SCHEMAS } as unknown as Recognition;
  const candidates: { kind: SheetKind; sheet: SheetData; header: HeaderMatch; order: number }[] = [];
  const taken = new Set<string>();

  for (const kind of KINDS) {
    if (!(kind in assign)) continue;
    const name = assign[kind];
    if (name === null || name === undefined) continue;
    const sheet = sheets.find((s) => s.name === name);
    const header = sheet ? findHeader(sheet.rows, SCHEMAS[kind], sheet.merges) : null;
    if (!sheet) issues.error("SHEET_NOT_FOUND", name, "", `工作簿中没有名为“${name}”的工作表。`);
    else if (!header) issues.error("HEADER_NOT_FOUND", name, "", `没有找到${describe(SCHEMAS[kind])}的表头行。`);
    else {
      result[kind] = { sheet, header };
      taken.add(sheet.name);
    }
  }

  sheets.forEach((sheet, order) => {
    if (taken.has(sheet.name) || isOutputSheet(sheet.name, hasRules(algorithm, "dr-2026.2"))) return;
    const cells = headerCells(sheet.rows, sheet.merges);
    for (const kind of KINDS) {
      if (kind in assign) continue;
      const header = findHeader(sheet.rows, SCHEMAS[kind], sheet.merges, cells);
      if (plausible(kind, header)) candidates.push({ kind, sheet, header, order });
    }
  });
  candidates.sort((a, b) => strength(b.header) - strength(a.header) || a.order - b.order);
  for (const c of candidates) {
    if (taken.has(c.sheet.name)) continue;
    const chosen = result[c.kind];
    if (chosen && c.kind === "tasks" && severalTaskSheets && isTaskTable(c.header)) {
      result.taskSheets.push({ sheet: c.sheet, header: c.header });
      taken.add(c.sheet.name);
      continue;
    }
    if (chosen) {
      const full = c.header.requiredMatched === SCHEMAS[c.kind].columns.filter((x) => x.required).length;
      if (full) {
        issues.warning(
          "SHEET_AMBIGUOUS",
          c.sheet.name,
          "",
          `也像${SCHEMAS[c.kind].title}，但已使用工作表“${chosen.sheet.name}”（表头更完整，或排在前面）。`,
        );
      }
      continue;
    }
    result[c.kind] = { sheet: c.sheet, header: c.header };
    taken.add(c.sheet.name);
  }
  if (result.tasks) result.taskSheets.unshift(result.tasks);
  // In the workbook's order, as the clerk sees them.
  const order = new Map(sheets.map((s, i) => [s.name, i]));
  result.taskSheets.sort((a, b) => order.get(a.sheet.name)! - order.get(b.sheet.name)!);
  result.tasks = result.taskSheets[0] ?? null;

  for (const kind of KINDS) {
    const r = result[kind];
    if (!r) {
      if (REQUIRED_KINDS.includes(kind) && !(kind in assign)) {
        issues.error("SHEET_MISSING", "", "", `没有找到${describe(SCHEMAS[kind])}：请检查表头是否为第一行内容之一。`);
      } else if (kind === "matters" && !(kind in assign)) {
        issues.warning("SHEET_MISSING", "", "", `没有找到${SCHEMAS.matters.title}：任务中的抽查事项将不做核对。`);
      }
      continue;
    }
    if (kind === "tasks") for (const t of result.taskSheets) completeColumns(SCHEMAS[kind], t, issues);
    else completeColumns(SCHEMAS[kind], r, issues);
  }
  return result;
}

function completeColumns(schema: SheetSchema, r: Recognised, issues: IssueList): void {
  const kind = schema.kind;
  const { header, sheet } = r;
  if (kind === "targets" || kind === "recusals") {
    if (!header.columns.has("uscc")) {
      const c = usccColumnByContent(sheet.rows, header);
      if (c !== null) {
        header.columns.set("uscc", c);
        header.matched += 1;
        header.requiredMatched += kind === "targets" ? 1 : 0;
        const label = cellText(sheet.rows[header.lastRow]?.[c] ?? null) || "（无表头）";
        issues.warning(
          "COLUMN_BY_CONTENT",
          sheet.name,
          cellAddress(header.lastRow, c),
          `列“${label}”的内容是统一社会信用代码，已按统一社会信用代码列读取；建议把表头改为“统一社会信用代码”。`,
        );
      }
    }
  }
  for (const [key, c] of header.duplicates) {
    const def = schema.columns.find((x) => x.key === key)!;
    issues.warning(
      "HEADER_DUPLICATE",
      sheet.name,
      cellAddress(header.lastRow, c),
      `第 ${columnLetter(c)} 列与第 ${columnLetter(header.columns.get(key)!)} 列都是“${def.label}”，只读取第 ${columnLetter(header.columns.get(key)!)} 列。`,
    );
  }
  for (const def of schema.columns) {
    if (def.required && !header.columns.has(def.key)) {
      issues.error(
        "COLUMN_MISSING",
        sheet.name,
        `${header.lastRow + 1}:${header.lastRow + 1}`,
        `${schema.title}缺少必填列“${def.label}”（也可写作：${def.aliases.slice(0, 4).join("、") || "无"}）。`,
      );
    }
  }
}
