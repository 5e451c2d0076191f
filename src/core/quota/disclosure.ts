import type { Cell, SheetData } from "../grid/cell";
import { cellAddress } from "../grid/address";
import { deadline, type ExtraDays } from "../calendar/workdays";
import { parseDate } from "../values/date";
import { findHeader } from "../read/header";
import type { Rules } from "../model";
import type { DrawRecord } from "../draw/record";
import { IssueList, type Issue } from "../issue";
import type { SheetSchema } from "../read/schema";
import { cellText, compactKey } from "../values/text";
import { parseInspectionResult, RESULT_VALUES } from "../values/vocabulary";

/** 检查结果 vocabulary: docs/workbook.md §4.8 (kept here too for the sheets that offer it as a dropdown). */
export { RESULT_VALUES };

export const DISCLOSURE_COLUMNS = [
  "序号", "抽查计划编号", "抽查计划名称", "抽查任务编号", "抽查任务名称", "抽查类型", "检查机关", "单位名称",
  "统一社会信用代码", "抽查事项", "检查完成日期", "检查结果", "公示截止日期", "公示日期", "备注",
] as const;

const col = (key: string, label: string) => ({ key, label, aliases: [] as string[] });
/** For reading a 结果公示 sheet back after staff filled it in. */
export const DISCLOSURE_SCHEMA: SheetSchema = {
  kind: "tasks",
  title: "结果公示",
  columns: [
    { ...col("task", "抽查任务编号"), required: true },
    { ...col("uscc", "统一社会信用代码"), required: true },
    col("name", "单位名称"),
    col("done", "检查完成日期"),
    col("result", "检查结果"),
    col("published", "公示日期"),
  ],
};

export type RowStatus = "未检查" | "待公示" | "按期" | "逾期" | "无法判断";

export interface DisclosureRowCheck {
  sheet: string;
  row: number;
  task: string;
  uscc: string;
  name: string;
  done: string | null;
  deadline: string | null;
  published: string | null;
  /** A word of RESULT_VALUES when the cell holds one (in any accepted spelling), else the text as typed ("" when blank). */
  result: string;
  status: RowStatus;
  note: string;
}

/** The 结果公示 rows read back, each judged, and the problems of the cells staff filled in. */
export interface DisclosureCheck {
  byRow: DisclosureRowCheck[];
  /** Errors at the cells of 检查完成日期, 检查结果 and 公示日期 (docs/workbook.md §3.7). */
  issues: Issue[];
}

const label = (x: DisclosureRowCheck): string => `${x.sheet}!${x.row}:${x.row}`;
const accepted = (result: string): boolean => (RESULT_VALUES as readonly string[]).includes(result);

/**
 * Reads back every 结果公示 sheet staff have filled in and judges each row: 检查结果 a word of the
 * vocabulary, and 公示日期 within 检查完成日期 + N working days (or, not yet published, whether
 * `today` is past it). A cell that cannot be right — not a date, a date after `today`, 公示日期
 * before 检查完成日期, a result outside the vocabulary, a result or 公示日期 without 检查完成日期,
 * a 公示日期 without a result — is an error at that cell, and its row is 无法判断 unless it is
 * late by its dates anyway. Null when no 结果公示 sheet has a row.
 */
export function checkDisclosure(sheets: readonly SheetData[], rules: Rules, today: string | null, calendar?: ExtraDays): DisclosureCheck | null {
  const byRow: DisclosureRowCheck[] = [];
  const issues = new IssueList();
  for (const sheet of sheets.filter((s) => s.name.startsWith("结果公示"))) {
    const header = findHeader(sheet.rows, DISCLOSURE_SCHEMA, sheet.merges);
    if (!header || header.requiredMatched < 2) continue;
    const at = (row: Cell[], key: string): Cell => (header.columns.has(key) ? (row[header.columns.get(key)!] ?? null) : null);
    for (let r = header.lastRow + 1; r < sheet.rows.length; r++) {
      const row = sheet.rows[r] ?? [];
      const task = cellText(at(row, "task"));
      const uscc = cellText(at(row, "uscc")).toUpperCase();
      if (!task || !uscc) continue;
      /** Where a column's cell of this row is (the whole row when the sheet lacks the column). */
      const where = (key: string): string => (header.columns.has(key) ? cellAddress(r, header.columns.get(key)!) : `${r + 1}:${r + 1}`);
      const problems: string[] = [];
      const problem = (code: string, key: string, text: string): void => {
        problems.push(text);
        issues.error(code, sheet.name, where(key), text);
      };
      const date = (key: string, what: string): string | null => {
        const cell = at(row, key);
        if (cellText(cell) === "") return null;
        const iso = parseDate(cell);
        if (iso === null) problem("DISCLOSURE_DATE_INVALID", key, `${what}“${cellText(cell)}”不是日期，请填写如 2026-05-20 的日期。`);
        else if (iso !== parseDate(cell, "end")) problem("DISCLOSURE_DATE_INVALID", key, `${what}“${cellText(cell)}”只写到月份，请写明哪一天（如 2026-05-20）。`);
        else if (today && iso > today) problem("DISCLOSURE_DATE_FUTURE", key, `${what} ${iso} 晚于今天（${today}），请核对。`);
        else return iso;
        return null;
      };
      const doneTyped = cellText(at(row, "done")) !== "";
      const publishedTyped = cellText(at(row, "published")) !== "";
      const done = date("done", "检查完成日期");
      const published = date("published", "公示日期");
      const typed = cellText(at(row, "result"));
      const result = typed === "" ? "" : (parseInspectionResult(typed) ?? typed);
      if (typed !== "" && !accepted(result)) problem("DISCLOSURE_RESULT_UNKNOWN", "result", `检查结果“${typed}”不是规定的写法，请从下拉列表中选择：${RESULT_VALUES.join("、")}。`);
      if (!doneTyped && (typed !== "" || publishedTyped)) problem("DISCLOSURE_DONE_MISSING", "done", `已填${typed !== "" ? "检查结果" : "公示日期"}，但未填检查完成日期，无法计算公示截止日期。`);
      if (publishedTyped && typed === "") problem("DISCLOSURE_RESULT_MISSING", "result", "已填公示日期，但未填检查结果。");
      if (done && published && published < done) problem("DISCLOSURE_DATE_ORDER", "published", `公示日期 ${published} 早于检查完成日期 ${done}，请核对。`);

      let due: string | null = null;
      let status: RowStatus = "无法判断";
      let note = problems.join("");
      if (!doneTyped && !publishedTyped && typed === "") status = "未检查";
      else if (done) {
        const d = deadline(done, rules.disclosureDays, rules.disclosureUnit, calendar);
        if (!d.ok) {
          // The deadline lies after d.knownUntil: what falls on or before that day is certain.
          note = [d.message, note].filter(Boolean).join("");
          if (problems.length === 0 && published && published <= d.knownUntil) status = "按期";
          else if (problems.length === 0 && !publishedTyped && today !== null && today <= d.knownUntil) status = "待公示";
        } else {
          due = d.date;
          // Late is late whatever else the row lacks; anything else with a problem cannot be judged.
          const late = published ? published > due : !publishedTyped && today !== null && today > due;
          if (late) status = "逾期";
          else if (problems.length === 0) status = published ? "按期" : "待公示";
        }
      }
      byRow.push({ sheet: sheet.name, row: r + 1, task, uscc, name: cellText(at(row, "name")), done, deadline: due, published, result, status, note });
    }
  }
  return byRow.length === 0 ? null : { byRow, issues: issues.list() };
}

/** The 结果公示 as the two rules judge it: every target the kept draws drew, and every row read back. */
export interface DisclosureSummary {
  /** Nothing filled in anywhere (or nothing to fill in): the rules have nothing to judge yet. */
  blank: boolean;
  /** Rows to publish: every row read back, and every drawn target that has none. */
  rows: number;
  /** Rows whose 检查结果 is a word of the vocabulary. */
  filled: number;
  /** Rows published on time with an accepted result. */
  onTime: number;
  /** Rows still to be published and not yet due (待公示, 未检查, drawn targets without a row). */
  pending: number;
  /** 逾期 rows, by place. */
  late: string[];
  /** Rows past their deadline without an accepted 检查结果. */
  overdue: string[];
  /** Rows with a 检查结果 outside the vocabulary. */
  invalid: string[];
  /** 无法判断 rows. */
  unknown: string[];
  /** Why the first 无法判断 row cannot be judged. */
  unknownWhy: string;
}

const rowKey = (task: string, uscc: string): string => `${compactKey(task)}\u0000${compactKey(uscc)}`;

/**
 * One evaluation for the draw and for every later quota report: the rows read back joined with the
 * targets of the kept draws (a drawn target whose row is missing, or whose 结果公示 is not yet in the
 * workbook because the draw is writing it now, is a row with nothing filled in). So a quota report
 * of a freshly drawn workbook says what the draw's own 配额核验 said.
 */
export function summarizeDisclosure(check: DisclosureCheck | null, draws: readonly DrawRecord[] = []): DisclosureSummary {
  const rows = check?.byRow ?? [];
  const seen = new Set(rows.map((x) => rowKey(x.task, x.uscc)));
  let unread = 0;
  for (const d of draws) {
    for (const t of d.tasks) {
      for (const s of t.selected) {
        const key = rowKey(t.code, s.id);
        if (!seen.has(key)) {
          seen.add(key);
          unread += 1;
        }
      }
    }
  }
  return {
    blank: rows.every((x) => x.status === "未检查"),
    rows: rows.length + unread,
    filled: rows.filter((x) => accepted(x.result)).length,
    onTime: rows.filter((x) => x.status === "按期").length,
    pending: rows.filter((x) => x.status === "待公示" || x.status === "未检查").length + unread,
    late: rows.filter((x) => x.status === "逾期").map(label),
    overdue: rows.filter((x) => x.status === "逾期" && !accepted(x.result)).map(label),
    invalid: rows.filter((x) => x.result !== "" && !accepted(x.result)).map(label),
    unknown: rows.filter((x) => x.status === "无法判断").map(label),
    unknownWhy: rows.find((x) => x.status === "无法判断")?.note ?? "",
  };
}
