import { targetLookup } from "../draw/roster-order";
import type { Matter, Task, WorkbookReading } from "../model";
import type { DrawRecord } from "../draw/record";
import type { TeamMember } from "../draw/teams";
import { hasRules, isAlgorithm } from "../draw/algorithm";
import type { Cell } from "../grid/cell";
import { DEFAULT_PRINT, type SheetSpec } from "./sheet-spec";
import { attemptText, type Attempt } from "../draw/attempts";
import { tableTitle } from "./titles";

type Column = readonly [label: string, width: number, format: "integer" | "text" | "general" | "date", wrap?: false];

/** The columns of 抽取结果 as dr-2026.1 wrote them (verify renders its records so). */
export const RESULT_COLUMNS: readonly Column[] = [
  ["序号", 6, "integer"],
  ["抽查任务编号", 12, "text"],
  ["抽查任务名称", 20, "general"],
  ["单位名称", 28, "general"],
  ["统一社会信用代码", 21, "text"],
  ["行业领域", 10, "general"],
  ["信用风险等级", 8, "general"],
  ["所属区域", 10, "general"],
  ["地址", 24, "general"],
  ["检查组长", 9, "general"],
  ["执法人员", 30, "general"],
  ["专家", 10, "general"],
  ["抽查事项", 40, "general"],
  ["检查方式", 10, "general"],
  ["开始时间", 13, "date"],
  ["结束时间", 13, "date"],
  ["随机码", 14, "text"],
];

/**
 * dr-2026.2: the columns a reader of the printed page needs first — who was drawn, by which task,
 * who inspects, the 随机码 — within one A4 page's width at 9 pt (PRINTED of them are printed);
 * the task's name, the address, the matters, the method and the dates follow on the screen.
 */
const PRINTED = 11;
const RESULT_COLUMNS_2026_2: readonly Column[] = [
  ["序号", 4, "integer"],
  ["抽查任务编号", 8, "text"],
  ["单位名称", 18, "general"],
  ["统一社会信用代码", 20, "text"],
  ["行业领域", 8, "general"],
  ["信用风险等级", 6, "general"],
  ["所属区域", 8, "general"],
  ["检查组长", 6, "general"],
  ["执法人员", 24, "general"],
  ["专家", 6, "general"],
  ["随机码", 14, "text"],
  ["抽查任务名称", 20, "general"],
  ["地址", 24, "general"],
  ["抽查事项", 40, "general", false],
  ["检查方式", 10, "general"],
  ["开始时间", 13, "date"],
  ["结束时间", 13, "date"],
];

/** The 12 leading digits of a ticket: enough to tell targets apart on paper. */
export const shortTicket = (ticket: string): string => ticket.slice(2, 14);

function matterNames(task: Task | undefined, matters: readonly Matter[]): string {
  if (!task) return "";
  return task.matters.map((code) => matters.find((m) => m.code === code)?.name ?? code).join("；");
}

/** The officers, 组长 first, `姓名（证号）`; partners that send their own (dr-2026.2 §7.2) said after them. */
function teamText(officers: readonly TeamMember[], task: Task | undefined): string {
  const names = [...officers].sort((a, b) => Number(b.leader) - Number(a.leader)).map((m) => `${m.name}（${m.certificate}）`).join("，");
  return task?.selfStaffed?.length ? `${names}；${task.selfStaffed.join("、")}自行选派` : names;
}

/**
 * Since 0.3.0 (records with `attempt`): which attempt of the workbook this draw is and every one
 * before it, so a re-draw is seen on the sheet that is published.
 */
function attemptNotes(record: DrawRecord, earlier: readonly Attempt[]): string[] {
  if (record.attempt === undefined) return [];
  if (earlier.length === 0) return [`本次为本工作簿的第 ${record.attempt} 次抽取，此前没有抽取。`];
  return [`本次为本工作簿的第 ${record.attempt} 次抽取。此前的抽取：${earlier.map(attemptText).join("；")}。`];
}

/** 抽取结果: one row per drawn target, tasks by code, targets in ticket order; `earlier`: the attempts before it. */
export function resultSheet(record: DrawRecord, reading: WorkbookReading, name: string, earlier: readonly Attempt[] = []): SheetSpec {
  const v2 = isAlgorithm(record.algorithm) && hasRules(record.algorithm, "dr-2026.2");
  const columns = v2 ? RESULT_COLUMNS_2026_2 : RESULT_COLUMNS;
  const targets = targetLookup(reading.targets);
  const tasks = new Map<string, Task>(reading.tasks.map((t) => [t.code, t]));
  const body: SheetSpec["body"] = [];
  for (const rt of record.tasks) {
    const task = tasks.get(rt.code);
    for (const s of rt.selected) {
      const t = targets.get(s.id);
      const officers = s.team.filter((m) => !m.expert);
      const leader = officers.find((m) => m.leader);
      const values: Record<string, Cell> = {
        序号: body.length + 1,
        抽查任务编号: rt.code,
        抽查任务名称: task?.source?.typed.name ?? rt.name,
        单位名称: t?.shown?.name ?? s.name,
        统一社会信用代码: s.id,
        行业领域: t?.industry ?? "",
        信用风险等级: t?.risk ?? "",
        所属区域: t?.area ?? "",
        地址: t?.shown?.address ?? t?.address ?? "",
        检查组长: leader?.name ?? "",
        执法人员: teamText(officers, task),
        专家: s.team.filter((m) => m.expert).map((m) => m.name).join("，"),
        抽查事项: matterNames(task, reading.matters),
        检查方式: task?.method ?? "",
        开始时间: task?.start ?? "",
        结束时间: task?.end ?? "",
        随机码: shortTicket(s.ticket),
      };
      body.push(columns.map(([label]) => values[label]));
    }
  }
  const year = record.tasks[0]?.year ?? "";
  return {
    name,
    title: tableTitle(reading.rules, year, "“双随机、一公开”抽取结果"),
    header: [columns.map(([label]) => label)],
    columns: columns.map(([, width, format, wrap]) => ({ width, format, ...(wrap === false ? { wrap } : {}) })),
    ...(v2 ? { print: { ...DEFAULT_PRINT, columns: PRINTED } } : {}),
    body,
    notes: [`注：随机种子 ${record.seed}；框架摘要 ${record.frameDigest}；结果摘要 ${record.resultDigest}。随机码为抽取顺序号（前 12 位），任何人可用“double-random verify”复核。`, ...attemptNotes(record, earlier)],
    protect: true,
  };
}
