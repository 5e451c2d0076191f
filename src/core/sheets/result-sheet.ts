import { targetLookup } from "../draw/roster-order";
import type { Matter, Task, WorkbookReading } from "../model";
import type { DrawRecord } from "../draw/record";
import type { TeamMember } from "../draw/teams";
import type { SheetSpec } from "./sheet-spec";
import { tableTitle } from "./titles";

export const RESULT_COLUMNS = [
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
] as const;

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

/** 抽取结果: one row per drawn target, tasks by code, targets in ticket order. */
export function resultSheet(record: DrawRecord, reading: WorkbookReading, name: string): SheetSpec {
  const targets = targetLookup(reading.targets);
  const tasks = new Map<string, Task>(reading.tasks.map((t) => [t.code, t]));
  const body: SheetSpec["body"] = [];
  for (const rt of record.tasks) {
    const task = tasks.get(rt.code);
    for (const s of rt.selected) {
      const t = targets.get(s.id);
      const officers = s.team.filter((m) => !m.expert);
      const leader = officers.find((m) => m.leader);
      body.push([
        body.length + 1,
        rt.code,
        task?.source?.typed.name ?? rt.name,
        t?.shown?.name ?? s.name,
        s.id,
        t?.industry ?? "",
        t?.risk ?? "",
        t?.area ?? "",
        t?.shown?.address ?? t?.address ?? "",
        leader?.name ?? "",
        teamText(officers, task),
        s.team.filter((m) => m.expert).map((m) => m.name).join("，"),
        matterNames(task, reading.matters),
        task?.method ?? "",
        task?.start ?? "",
        task?.end ?? "",
        shortTicket(s.ticket),
      ]);
    }
  }
  const year = record.tasks[0]?.year ?? "";
  return {
    name,
    title: tableTitle(reading.rules, year, "“双随机、一公开”抽取结果"),
    header: [RESULT_COLUMNS.map(([label]) => label)],
    columns: RESULT_COLUMNS.map(([, width, format]) => ({ width, format })),
    body,
    notes: [`注：随机种子 ${record.seed}；框架摘要 ${record.frameDigest}；结果摘要 ${record.resultDigest}。随机码为抽取顺序号（前 12 位），任何人可用“double-random verify”复核。`],
    protect: true,
  };
}
