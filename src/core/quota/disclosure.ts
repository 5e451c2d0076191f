import type { Cell, SheetData } from "../grid/cell";
import { deadline } from "../calendar/workdays";
import { parseDate } from "../values/date";
import { findHeader } from "../read/header";
import type { Rules } from "../model";
import type { SheetSchema } from "../read/schema";
import { cellText } from "../values/text";

/** 检查结果 vocabulary (docs/workbook.md §6.7: the result categories of the national credit disclosure system, 应急 wording). */
export const RESULT_VALUES = [
  "未发现问题", "发现问题已责令改正", "发现问题待后续处理", "未发现开展本次抽查涉及的经营活动", "已关闭停业或正在组织清算",
  "不配合检查情节严重", "通过登记的住所（经营场所）无法联系", "注销", "吊销", "撤销", "迁出",
] as const;

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
  result: string;
  status: RowStatus;
  note: string;
}

export interface DisclosureCheck {
  rows: number;
  filled: number;
  onTime: number;
  late: string[];
  missing: string[];
  unknown: string[];
  byRow: DisclosureRowCheck[];
}

/**
 * Reads back every 结果公示 sheet staff have filled in and judges each row: 检查结果 given, and
 * 公示日期 within 检查完成日期 + N working days (or, not yet published, whether `today` is past it).
 */
export function checkDisclosure(sheets: readonly SheetData[], rules: Rules, today: string | null): DisclosureCheck | null {
  const byRow: DisclosureRowCheck[] = [];
  for (const sheet of sheets.filter((s) => s.name.startsWith("结果公示"))) {
    const header = findHeader(sheet.rows, DISCLOSURE_SCHEMA, sheet.merges);
    if (!header || header.requiredMatched < 2) continue;
    const at = (row: Cell[], key: string): Cell => (header.columns.has(key) ? (row[header.columns.get(key)!] ?? null) : null);
    for (let r = header.lastRow + 1; r < sheet.rows.length; r++) {
      const row = sheet.rows[r] ?? [];
      const task = cellText(at(row, "task"));
      const uscc = cellText(at(row, "uscc")).toUpperCase();
      if (!task || !uscc) continue;
      const done = parseDate(at(row, "done"));
      const published = parseDate(at(row, "published"));
      const result = cellText(at(row, "result"));
      let due: string | null = null;
      let status: RowStatus;
      let note = "";
      if (!done) status = "未检查";
      else {
        const d = deadline(done, rules.disclosureDays, rules.disclosureUnit);
        if (!d.ok) {
          status = "无法判断";
          note = d.message;
        } else {
          due = d.date;
          if (published) status = published <= due ? "按期" : "逾期";
          else if (today && today > due) status = "逾期";
          else status = "待公示";
        }
      }
      byRow.push({ sheet: sheet.name, row: r + 1, task, uscc, name: cellText(at(row, "name")), done, deadline: due, published, result, status, note });
    }
  }
  if (byRow.length === 0) return null;
  const label = (x: DisclosureRowCheck): string => `${x.sheet}!${x.row}:${x.row}`;
  return {
    rows: byRow.length,
    filled: byRow.filter((x) => x.result !== "").length,
    onTime: byRow.filter((x) => x.status === "按期").length,
    late: byRow.filter((x) => x.status === "逾期").map(label),
    missing: byRow.filter((x) => x.result === "").map(label),
    unknown: byRow.filter((x) => x.status === "无法判断").map(label),
    byRow,
  };
}
