import type { WorkbookReading } from "../model";
import type { SheetSpec } from "./sheet-spec";
import { matterCategories, matterNames, periodText, quantityText, scopeText } from "./task-text";
import { tableTitle } from "./titles";

const yearOf = (r: WorkbookReading): string => r.tasks.find((t) => t.start)?.start.slice(0, 4) ?? "";

/** 部门内部抽查计划: the Baotou internal table (two header rows, 抽查项目 over 抽查类别 | 抽查事项). */
export function internalPlanSheet(r: WorkbookReading, name = "部门内部抽查计划"): SheetSpec {
  const tasks = r.tasks.filter((t) => t.jointType !== "跨部门联合");
  return {
    name,
    title: tableTitle(r.rules, yearOf(r), "部门内部“双随机、一公开”抽查计划"),
    header: [
      ["序号", "抽查项目", "", "检查对象", "组织落实科室（局）", "检查对象抽取单位", "检查方式", "实施层级", "抽查比例或数量", "开始时间", "结束时间", "检查重点", "备注"],
      ["", "抽查类别", "抽查事项", "", "", "", "", "", "", "", "", "", ""],
    ],
    headerMerges: ["A1:A2", "B1:C1", "D1:D2", "E1:E2", "F1:F2", "G1:G2", "H1:H2", "I1:I2", "J1:J2", "K1:K2", "L1:L2", "M1:M2"],
    columns: [
      { width: 5, format: "integer" }, { width: 16 }, { width: 40 }, { width: 14 }, { width: 16 }, { width: 16 }, { width: 9 },
      { width: 7 }, { width: 12 }, { width: 14, format: "date" }, { width: 14, format: "date" }, { width: 30 }, { width: 12 },
    ],
    body: tasks.map((t, i) => [
      i + 1, matterCategories(t, r.matters), matterNames(t, r.matters), scopeText(t), [t.initiator, ...t.partners].join("、"),
      r.rules.authority || t.initiator, t.method, t.level, quantityText(t), t.start, t.end, t.focus, t.note,
    ]),
    notes: ["注：检查方式不限于实地核查、书面检查、网络监测等，可结合监管工作实际和监管需求填写。"],
  };
}

/** 部门联合抽查计划: the Baotou joint table (联合抽查事项 over 发起部门抽查事项 | 参与部门抽查事项). */
export function jointPlanSheet(r: WorkbookReading, name = "部门联合抽查计划"): SheetSpec {
  const tasks = r.tasks.filter((t) => t.jointType === "跨部门联合");
  return {
    name,
    title: tableTitle(r.rules, yearOf(r), "部门联合“双随机、一公开”抽查计划表"),
    header: [
      ["序号", "联合抽查任务名称", "检查对象", "发起部门", "参与部门", "检查方式", "实施层级", "抽查比例或数量", "开始时间", "结束时间", "联合抽查事项", "", "检查重点", "备注"],
      ["", "", "", "", "", "", "", "", "", "", "发起部门抽查事项", "参与部门抽查事项", "", ""],
    ],
    headerMerges: ["A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:E2", "F1:F2", "G1:G2", "H1:H2", "I1:I2", "J1:J2", "K1:L1", "M1:M2", "N1:N2"],
    columns: [
      { width: 5, format: "integer" }, { width: 16 }, { width: 14 }, { width: 14 }, { width: 16 }, { width: 9 }, { width: 7 },
      { width: 12 }, { width: 14, format: "date" }, { width: 14, format: "date" }, { width: 34 }, { width: 24 }, { width: 24 }, { width: 12 },
    ],
    body: tasks.map((t, i) => [
      i + 1, t.name, scopeText(t), r.rules.authority || t.initiator, t.partners.join("、"), t.method, t.level, quantityText(t),
      t.start, t.end, matterNames(t, r.matters), "", t.focus, t.note,
    ]),
    notes: ["注：“参与部门抽查事项”由参与部门按其抽查事项清单填写。"],
  };
}

/** 随机抽查工作计划: the Qinhuangdao annex table, every task. */
export function workPlanSheet(r: WorkbookReading, name = "随机抽查工作计划"): SheetSpec {
  return {
    name,
    title: tableTitle(r.rules, yearOf(r), "随机抽查工作计划"),
    header: [["抽查计划编号", "抽查计划名称", "抽查任务编号", "抽查任务名称", "抽查类型", "抽查比例", "抽查事项", "抽查对象范围", "发起科室", "联合科室/联合部门", "抽查时间"]],
    columns: [
      { width: 11, format: "text" }, { width: 22 }, { width: 12, format: "text" }, { width: 24 }, { width: 9 }, { width: 14 },
      { width: 30 }, { width: 18 }, { width: 14 }, { width: 18 }, { width: 18 },
    ],
    body: r.tasks.map((t) => [
      t.planCode, t.planName, t.code, t.name, `${t.type}抽查`, quantityText(t), matterNames(t, r.matters), scopeText(t),
      t.initiator, t.partners.join("、"), periodText(t),
    ]),
  };
}
