import type { Cell } from "../grid/cell";
import { targetLookup } from "../draw/roster-order";
import type { DrawRecord } from "../draw/record";
import type { Task, WorkbookReading } from "../model";
import { DISCLOSURE_COLUMNS, RESULT_VALUES } from "../quota/disclosure";
import { hasRules, isAlgorithm } from "../draw/algorithm";
import { DEFAULT_PRINT, type ColumnSpec, type SheetSpec } from "./sheet-spec";
import { matterNames } from "./task-text";
import { tableTitle } from "./titles";

/**
 * dr-2026.2: the columns the published page needs first — who, by which task, when checked, what
 * was found, by when published — within one A4 page's width at 9 pt; the plan's and task's
 * names, the type, the authority and the matters follow on the screen.
 */
const COLUMNS_2026_2 = [
  "序号", "抽查任务编号", "单位名称", "统一社会信用代码", "检查完成日期", "检查结果", "公示截止日期", "公示日期", "备注",
  "抽查计划编号", "抽查计划名称", "抽查任务名称", "抽查类型", "检查机关", "抽查事项",
] as const;
const PRINTED = 9;
const WIDTHS_2026_2: Record<string, Partial<ColumnSpec>> = {
  序号: { width: 4, format: "integer" }, 抽查任务编号: { width: 8, format: "text" }, 单位名称: { width: 18 },
  统一社会信用代码: { width: 20, format: "text" }, 检查完成日期: { width: 14, format: "date" }, 检查结果: { width: 16, list: RESULT_VALUES },
  公示截止日期: { width: 14, format: "date" }, 公示日期: { width: 14, format: "date" }, 备注: { width: 10 },
  抽查计划编号: { width: 11, format: "text" }, 抽查计划名称: { width: 20 }, 抽查任务名称: { width: 20 }, 抽查类型: { width: 9 },
  检查机关: { width: 16 }, 抽查事项: { width: 40, wrap: false },
};

/** As dr-2026.1 wrote it. */
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
  const v2 = isAlgorithm(record.algorithm) && hasRules(record.algorithm, "dr-2026.2");
  const columns: readonly string[] = v2 ? COLUMNS_2026_2 : DISCLOSURE_COLUMNS;
  let n = 0;
  const body: Cell[][] = record.tasks.flatMap((rt) => {
    const t = tasks.get(rt.code);
    return rt.selected.map((s) => {
      const values: Record<string, Cell> = {
        序号: (n += 1),
        抽查计划编号: t?.source?.typed.planCode ?? t?.planCode ?? "",
        抽查计划名称: t?.source?.typed.planName ?? t?.planName ?? "",
        抽查任务编号: rt.code,
        抽查任务名称: t?.source?.typed.name ?? rt.name,
        抽查类型: t ? `${t.type}抽查` : "",
        检查机关: r.rules.authority,
        单位名称: targets.get(s.id)?.shown?.name ?? s.name,
        统一社会信用代码: s.id,
        抽查事项: t ? matterNames(t, r.matters) : "",
      };
      return columns.map((c) => values[c] ?? null);
    });
  });
  return {
    name,
    title: tableTitle(r.rules, record.tasks[0]?.year ?? "", "“双随机、一公开”抽查结果公示"),
    header: [[...columns]],
    columns: columns.map((c) => ({ width: 12, ...(v2 ? WIDTHS_2026_2 : WIDTHS)[c] })),
    ...(v2 ? { print: { ...DEFAULT_PRINT, columns: PRINTED } } : {}),
    body,
    notes: [`注：检查完成后填写“检查完成日期”“检查结果”，公示后填写“公示日期”；公示期限为检查完成后 ${r.rules.disclosureDays} 个${r.rules.disclosureUnit}（不含当日，按国务院办公厅公布的节假日安排计算）。再次运行“配额核验”会逐行核对并给出公示截止日期。`],
  };
}
