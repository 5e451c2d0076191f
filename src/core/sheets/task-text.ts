import { formatPercent } from "../values/fraction";
import type { Matter, Task } from "../model";

/** How a task's 抽查比例或数量 reads in a plan table. */
export function quantityText(task: Task): string {
  const q = task.quantity;
  const grades = task.gradeRatios
    ? Object.entries(task.gradeRatios).map(([g, f]) => `${g}级${formatPercent(f!)}`).join("、")
    : "";
  const base = q.kind === "ratio" ? formatPercent(q.ratio) : q.kind === "count" ? `${q.count}户` : "按信用风险等级";
  const min = task.minPerIndustry ? `，每行业不少于${task.minPerIndustry}家` : "";
  return grades ? `${base}（${grades}）${min}` : `${base}${min}`;
}

/** 检查对象 as the plan tables word it: the scope as typed, else the industries. */
export function scopeText(task: Task): string {
  if (task.scope.text) return task.scope.text;
  return task.scope.industries.length ? `${task.scope.industries.join("、")}生产经营单位` : "全部检查对象";
}

export function matterNames(task: Task, matters: readonly Matter[]): string {
  return task.matters.map((code) => matters.find((m) => m.code === code)?.name ?? code).join("；");
}

export function matterCategories(task: Task, matters: readonly Matter[]): string {
  const cats = [...new Set(task.matters.map((code) => matters.find((m) => m.code === code)?.rightsItem ?? "").filter(Boolean))];
  return cats.join("；") || "安全生产";
}

/** `2026年3月1日`. */
export function cnDate(iso: string): string {
  if (!iso) return "";
  const [y, m, d] = iso.split("-").map(Number);
  return `${y}年${m}月${d}日`;
}

export function periodText(task: Task): string {
  return task.start && task.end ? `${cnDate(task.start)}至${cnDate(task.end)}` : "";
}
