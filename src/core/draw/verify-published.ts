import { cellAddress } from "../grid/address";
import type { SheetData } from "../grid/cell";
import { cellText } from "../values/text";
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
 * Every 抽取公告 in the workbook published a frame digest before its seed existed. Where a kept draw
 * drew exactly the tasks the announcement lists, the digest must be that draw's: otherwise the
 * announcement and the draw are not about the same frame. An announcement of tasks no single draw
 * covered (a year's plan drawn quarter by quarter) cannot be matched and is left alone; one whose
 * digest line is gone is a difference.
 */
export function checkAnnouncements(sheets: readonly SheetData[], draws: readonly DrawRecord[], out: Difference[]): void {
  const setOf = (codes: readonly string[]): string => [...new Set(codes)].sort().join("\u0000");
  for (const sheet of sheets.filter((s) => s.name.startsWith("抽取公告"))) {
    const header = sheet.rows.findIndex((row) => cellText(row[0] ?? null) === "抽查任务编号");
    const codes: string[] = [];
    let found: { digest: string; cell: string } | null = null;
    sheet.rows.forEach((row, r) => {
      row.forEach((v, c) => {
        const m = found === null && typeof v === "string" ? ANNOUNCED.exec(v) : null;
        if (m) found = { digest: m[1].toLowerCase(), cell: cellAddress(r, c) };
      });
      const first = cellText(row[0] ?? null);
      if (header >= 0 && r > header && found === null && first !== "") codes.push(first);
    });
    const announced = found as { digest: string; cell: string } | null;
    if (!announced) {
      out.push({ sheet: sheet.name, cell: "", expected: "公告中的框架摘要", found: "找不到框架摘要（被删除或改动）" });
      continue;
    }
    const same = draws.filter((d) => setOf(d.tasks.map((t) => t.code)) === setOf(codes));
    if (same.length === 0 || same.some((d) => d.frameDigest === announced.digest)) continue;
    out.push({
      sheet: sheet.name,
      cell: announced.cell,
      expected: `抽取同样任务时的框架摘要（${same.map((d) => d.frameDigest).join("、")}）`,
      found: `公告的框架摘要 ${announced.digest} 与抽取时的不一致`,
    });
  }
}
