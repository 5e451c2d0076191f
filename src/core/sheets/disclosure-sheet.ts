import type { Cell } from "../grid/cell";
import { targetLookup } from "../draw/roster-order";
import type { DrawRecord } from "../draw/record";
import type { Task, WorkbookReading } from "../model";
import { DISCLOSURE_COLUMNS, RESULT_VALUES } from "../quota/disclosure";
import type { ColumnSpec, SheetSpec } from "./sheet-spec";
import { matterNames } from "./task-text";
import { tableTitle } from "./titles";

const WIDTHS: Record<string, Partial<ColumnSpec>> = {
  序号: { width: 5, format: "integer" }, 抽查计划编号: { width: 11, format: "text" }, 抽查计划名称: { width: 20 },
  抽查任务编号: { width: 12, format: "text" }, 抽查任务名称: { width: 20 }, 抽查类型: { width: 9 }, 检查机关: { width: 16 },
  单位名称: { width: 26 }, 统一社会信用代码: { width: 21, format: "text" }, 抽查事项: { width: 40 },
  检查完成日期: { width: 13, format: "date" }, 检查结果: { width: 22, list: RESULT_VALUES }, 公示截止日期: { width: 13, format: "date" },
  公示日期: { width: 13, format: "date" }, 备注: { width: 12 },
};

/**
 * 结果公示: one row per drawn target, for staff to fill 检查完成日期, 检查结果 (dropdown) and 公示日期.
 * The 配额核验 re-run reads them back and computes each 公示截止日期 on the official calendar.
 */
export function disclosureSheet(record: DrawRecord, r: WorkbookReading, name: string): SheetSpec {
  const tasks = new Map<string, Task>(r.tasks.map((t) => [t.code, t]));
  const targets = targetLookup(r.targets);
  const body: Cell[][] = record.tasks.flatMap((rt) => {
    const t = tasks.get(rt.code);
    return rt.selected.map((s) => [
      null, t?.source?.typed.planCode ?? t?.planCode ?? "", t?.source?.typed.planName ?? t?.planName ?? "", rt.code, t?.source?.typed.name ?? rt.name,
      t ? `${t.type}抽查` : "", r.rules.authority, targets.get(s.id)?.shown?.name ?? s.name, s.id, t ? matterNames(t, r.matters) : "", null, null, null, null, null,
    ]);
  });
  body.forEach((row, i) => (row[0] = i + 1));
  return {
    name,
    title: tableTitle(r.rules, record.tasks[0]?.year ?? "", "“双随机、一公开”抽查结果公示"),
    header: [[...DISCLOSURE_COLUMNS]],
    columns: DISCLOSURE_COLUMNS.map((c) => ({ width: 12, ...WIDTHS[c] })),
    body,
    notes: [`注：检查完成后填写“检查完成日期”“检查结果”，公示后填写“公示日期”；公示期限为检查完成后 ${r.rules.disclosureDays} 个${r.rules.disclosureUnit}（不含当日，按国务院办公厅公布的节假日安排计算）。再次运行“配额核验”会逐行核对并给出公示截止日期。`],
  };
}
