import { hasRules } from "../draw/algorithm";
import type { Task, WorkbookReading } from "../model";
import type { Cell } from "../grid/cell";
import { continueTallRows, type SheetSpec } from "./sheet-spec";
import { matterCategories, matterNames, periodText, quantityText, scopeText } from "./task-text";
import { tableTitle } from "./titles";

/**
 * The plan tables a draw (or `plan`) writes, each named by `name(table)`.
 * dr-2026.1: the three tables of every task — 部门内部, 部门联合, 随机抽查工作计划.
 * dr-2026.2: each plan table the workbook holds is written back in its own shape, with its title,
 * its notes and what its cells said as typed (a 包头 internal table as one, each 秦皇岛 附件 as a
 * work plan of its own with its 联合科室 or 联合部门); tasks of a flat task sheet get the three tables.
 */
export function planTables(r: WorkbookReading, name: (table: string) => string): SheetSpec[] {
  if (!hasRules(r.algorithm, "dr-2026.2")) return [internalPlanSheet(r, name("部门内部抽查计划")), jointPlanSheet(r, name("部门联合抽查计划")), workPlanSheet(r, name("随机抽查工作计划"))];
  const flat = r.tasks.filter((t) => !t.source || t.source.shape === "flat");
  const specs: SheetSpec[] = [];
  if (flat.length > 0 || r.tasks.length === 0) {
    const only = { ...r, tasks: flat };
    specs.push(internalPlanSheet(only, name("部门内部抽查计划")), jointPlanSheet(only, name("部门联合抽查计划")), workPlanSheet(only, name("随机抽查工作计划")));
  }
  const bySheet = new Map<string, Task[]>();
  for (const t of r.tasks) if (t.source && t.source.shape !== "flat") bySheet.set(t.source.sheet, [...(bySheet.get(t.source.sheet) ?? []), t]);
  for (const tasks of bySheet.values()) {
    const table = { ...r, tasks };
    const shape = tasks[0].source!.shape;
    if (shape === "internal") specs.push(internalPlanSheet(table, name("部门内部抽查计划")));
    else if (shape === "joint") specs.push(jointPlanSheet(table, name("部门联合抽查计划")));
    else specs.push(workPlanSheet(table, name("随机抽查工作计划")));
  }
  return specs.map(continueTallRows);
}

/** A cell of the table as the clerk typed it, else as the task reads. */
const typed = (t: Task, key: string, otherwise: Cell): Cell => t.source?.typed[key] ?? otherwise;

/** The table's own title and notes, where the tasks came from a published plan table (not a flat task sheet). */
function frame(r: WorkbookReading, fallbackTitle: string, fallbackNotes: string[]): { title: string; notes: string[] } {
  const source = r.tasks[0]?.source;
  const table = source && source.shape !== "flat" ? source.table : undefined;
  return { title: table?.title || fallbackTitle, notes: table ? table.notes : fallbackNotes };
}

/** 序号 of a task in a table: as typed, or the number its code was made from (`内部-3` → 3). */
function seq(t: Task, i: number): Cell {
  const made = /^(内部|联合)-(\d+)$/u.exec(t.code);
  return t.source?.typed.seq ?? (made && t.source ? Number(made[2]) : i + 1);
}

const yearOf = (r: WorkbookReading): string => r.tasks.find((t) => t.start)?.start.slice(0, 4) ?? "";

/** 部门内部抽查计划: the Baotou internal table (two header rows, 抽查项目 over 抽查类别 | 抽查事项). */
export function internalPlanSheet(r: WorkbookReading, name = "部门内部抽查计划"): SheetSpec {
  const tasks = r.tasks.filter((t) => t.jointType !== "跨部门联合" || t.source?.shape === "internal");
  const own = frame(r, tableTitle(r.rules, yearOf(r), "部门内部“双随机、一公开”抽查计划"), ["注：检查方式不限于实地核查、书面检查、网络监测等，可结合监管工作实际和监管需求填写。"]);
  return {
    name,
    title: own.title,
    header: [
      ["序号", "抽查项目", "", "检查对象", "组织落实科室（局）", "检查对象抽取单位", "检查方式", "实施层级", "抽查比例或数量", "开始时间", "结束时间", "检查重点", "备注"],
      ["", "抽查类别", "抽查事项", "", "", "", "", "", "", "", "", "", ""],
    ],
    headerMerges: ["A1:A2", "B1:C1", "D1:D2", "E1:E2", "F1:F2", "G1:G2", "H1:H2", "I1:I2", "J1:J2", "K1:K2", "L1:L2", "M1:M2"],
    // Within one A4 page's width at 9 pt (PRINT_WIDTH_LIMIT): long texts wrap, and rows too tall continue below.
    columns: [
      { width: 4, format: "integer" }, { width: 7 }, { width: 26 }, { width: 12 }, { width: 9 }, { width: 9 }, { width: 6 },
      { width: 5 }, { width: 7 }, { width: 14, format: "date" }, { width: 14, format: "date" }, { width: 11 }, { width: 4 },
    ],
    body: tasks.map((t, i) => [
      seq(t, i), typed(t, "category", matterCategories(t, r.matters)), typed(t, "matters", matterNames(t, r.matters)), typed(t, "scope", scopeText(t)),
      typed(t, "initiator", [t.initiator, ...t.partners].join("、")), typed(t, "drawingUnit", r.rules.authority || t.initiator), typed(t, "method", t.method),
      typed(t, "level", t.level), typed(t, "quantity", quantityText(t)), t.start, t.end, typed(t, "focus", t.focus), typed(t, "note", t.note),
    ]),
    notes: own.notes,
  };
}

/** 部门联合抽查计划: the Baotou joint table (联合抽查事项 over 发起部门抽查事项 | 参与部门抽查事项). */
export function jointPlanSheet(r: WorkbookReading, name = "部门联合抽查计划"): SheetSpec {
  const tasks = r.tasks.filter((t) => t.jointType === "跨部门联合" || t.source?.shape === "joint");
  const own = frame(r, tableTitle(r.rules, yearOf(r), "部门联合“双随机、一公开”抽查计划表"), ["注：“参与部门抽查事项”由参与部门按其抽查事项清单填写。"]);
  return {
    name,
    title: own.title,
    header: [
      ["序号", "联合抽查任务名称", "检查对象", "发起部门", "参与部门", "检查方式", "实施层级", "抽查比例或数量", "开始时间", "结束时间", "联合抽查事项", "", "检查重点", "备注"],
      ["", "", "", "", "", "", "", "", "", "", "发起部门抽查事项", "参与部门抽查事项", "", ""],
    ],
    headerMerges: ["A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:E2", "F1:F2", "G1:G2", "H1:H2", "I1:I2", "J1:J2", "K1:L1", "M1:M2", "N1:N2"],
    columns: [
      { width: 4, format: "integer" }, { width: 10 }, { width: 9 }, { width: 9 }, { width: 9 }, { width: 6 }, { width: 5 },
      { width: 7 }, { width: 14, format: "date" }, { width: 14, format: "date" }, { width: 19 }, { width: 11 }, { width: 7 }, { width: 4 },
    ],
    body: tasks.map((t, i) => [
      seq(t, i), typed(t, "name", t.name), typed(t, "scope", scopeText(t)), typed(t, "initiator", r.rules.authority || t.initiator), typed(t, "partners", t.partners.join("、")),
      typed(t, "method", t.method), typed(t, "level", t.level), typed(t, "quantity", quantityText(t)), t.start, t.end,
      typed(t, "matters", matterNames(t, r.matters)), typed(t, "partnerMatters", (t.partnerMatters ?? []).join("；")), typed(t, "focus", t.focus), typed(t, "note", t.note),
    ]),
    notes: own.notes,
  };
}

/** 随机抽查工作计划: the Qinhuangdao annex table, every task. */
export function workPlanSheet(r: WorkbookReading, name = "随机抽查工作计划"): SheetSpec {
  const own = frame(r, tableTitle(r.rules, yearOf(r), "随机抽查工作计划"), []);
  const partners = r.tasks[0]?.source ? partnersLabel(r.tasks) : "联合科室/联合部门";
  return {
    name,
    title: own.title,
    header: [["抽查计划编号", "抽查计划名称", "抽查任务编号", "抽查任务名称", "抽查类型", "抽查比例", "抽查事项", "抽查对象范围", "发起科室", partners, "抽查时间"]],
    columns: [
      { width: 9, format: "text" }, { width: 13 }, { width: 8, format: "text" }, { width: 14 }, { width: 6 }, { width: 10 },
      { width: 22 }, { width: 12 }, { width: 10 }, { width: 12 }, { width: 12 },
    ],
    body: r.tasks.map((t) => [
      typed(t, "planCode", t.planCode), typed(t, "planName", t.planName), typed(t, "code", t.code), typed(t, "name", t.name), typed(t, "type", `${t.type}抽查`),
      typed(t, "quantity", quantityText(t)), typed(t, "matters", matterNames(t, r.matters)), typed(t, "scope", scopeText(t)),
      typed(t, "initiator", t.initiator), typed(t, "partners", t.partners.join("、")), typed(t, "period", periodText(t)),
    ]),
    ...(own.notes.length ? { notes: own.notes } : {}),
  };
}

/** The partners column as the table headed it: 联合科室 (内部联合), 联合部门 (跨部门联合), or both. */
function partnersLabel(tasks: readonly Task[]): string {
  const joint = new Set(tasks.filter((t) => t.partners.length > 0).map((t) => t.jointType));
  return joint.size === 1 && joint.has("内部联合") ? "联合科室" : joint.size === 1 && joint.has("跨部门联合") ? "联合部门" : "联合科室/联合部门";
}
