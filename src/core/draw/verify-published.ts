import { cellAddress } from "../grid/address";
import type { SheetData } from "../grid/cell";
import type { WorkbookReading } from "../model";
import { checkQuotas, DAY_DEPENDENT_RULES } from "../quota/quota";
import { disclosureSheet } from "../sheets/disclosure-sheet";
import { planTables } from "../sheets/plan-tables";
import { BY_ROW_SECTION, quotaSheet } from "../sheets/quota-sheet";
import { compareSheet, type Difference } from "./compare-sheet";
import type { DrawPlan } from "./plan";
import type { DrawRecord } from "./record";

/** The columns of 结果公示 staff fill in after the inspection; verify leaves them to staff. */
export const DISCLOSURE_STAFF_COLUMNS = ["检查完成日期", "检查结果", "公示截止日期", "公示日期", "备注"] as const;

/**
 * The published sheets a draw (since 0.3.0) names in its record, each rebuilt and compared cell by
 * cell: the plan tables and 结果公示 (its fixed columns) from the frame and the draw; 配额核验 from
 * the frame and every kept draw so far, except the rows that depend on the day and on staff's
 * entries, which are compared with the figures recorded with the draw.
 */
export function comparePublished(
  record: DrawRecord,
  expected: DrawRecord,
  earlier: readonly DrawRecord[],
  reading: WorkbookReading,
  plan: DrawPlan,
  sheets: readonly SheetData[],
  out: Difference[],
): void {
  const byName = (n: string): SheetData | undefined => sheets.find((s) => s.name === n);
  const { plans, quota, disclosure } = record.sheets;
  if (disclosure) compareSheet(disclosureSheet(expected, reading, disclosure), byName(disclosure), out, { clerkColumns: DISCLOSURE_STAFF_COLUMNS, header: true });
  if (plans) {
    let next = 0;
    const specs = planTables(reading, (table) => plans[next++] ?? table);
    if (specs.length !== plans.length) out.push({ sheet: record.sheets.record, cell: "", expected: `${specs.length} 张计划表`, found: `记录中有 ${plans.length} 张` });
    for (const spec of specs.slice(0, plans.length)) compareSheet(spec, byName(spec.name), out, { header: true });
  }
  if (quota && record.quotaAsWritten) {
    const draws = [...earlier, expected];
    const written = record.quotaAsWritten;
    const rows = checkQuotas({ reading, plan, draws, disclosure: null }).map((q) => (DAY_DEPENDENT_RULES.includes(q.rule) ? (written.rows.find((w) => w.rule === q.rule) ?? q) : q));
    const spec = quotaSheet(rows, reading, plan, draws, null, quota);
    if (written.byRow) spec.sections = [...(spec.sections ?? []), { caption: BY_ROW_SECTION.caption, header: [...BY_ROW_SECTION.header], body: written.byRow }];
    compareSheet(spec, byName(quota), out, { header: true });
  }
}

const ANNOUNCED = /框架摘要（SHA-256，算法 [^）]*）：\s*([0-9a-fA-F]{64})/;

/**
 * Every 抽取公告 in the workbook published a frame digest before its seed existed: it must be the
 * frame digest of a kept draw, or the announcement and the draw are not about the same frame.
 */
export function checkAnnouncements(sheets: readonly SheetData[], draws: readonly DrawRecord[], out: Difference[]): void {
  const kept = new Set(draws.map((d) => d.frameDigest));
  for (const sheet of sheets.filter((s) => s.name.startsWith("抽取公告"))) {
    let seen = false;
    sheet.rows.forEach((row, r) =>
      row.forEach((v, c) => {
        const m = typeof v === "string" ? ANNOUNCED.exec(v) : null;
        if (!m) return;
        seen = true;
        const digest = m[1].toLowerCase();
        if (!kept.has(digest)) {
          out.push({ sheet: sheet.name, cell: cellAddress(r, c), expected: `本工作簿中一次保留的抽取的框架摘要（${[...kept].join("、")}）`, found: `公告的框架摘要 ${digest} 与任何一次抽取都不一致` });
        }
      }),
    );
    if (!seen) out.push({ sheet: sheet.name, cell: "", expected: "公告中的框架摘要", found: "找不到框架摘要（被删除或改动）" });
  }
}
