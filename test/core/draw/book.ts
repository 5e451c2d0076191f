import type { Cell, SheetData } from "../../../src/core/grid/cell";
import { USCC_CHARSET, usccCheckChar } from "../../../src/core/values/uscc";

/** A valid USCC from a number: 91150200 + 9 characters of the charset + the check character. */
export function uscc(n: number): string {
  let body = "";
  let x = n;
  for (let i = 0; i < 9; i++) {
    body = USCC_CHARSET[x % 31] + body;
    x = Math.floor(x / 31);
  }
  const first17 = `91150200${body}`;
  return first17 + usccCheckChar(first17);
}

const GRADES = ["A", "B", "C", "D"];

export interface BookOptions {
  /** Targets per industry. */
  industries?: Record<string, number>;
  /** Officers per department (fields left blank = any industry). */
  departments?: Record<string, number>;
  experts?: number;
  tasks?: Record<string, Cell>[];
  recusals?: [string, string][];
  rules?: [string, Cell][];
  /** Every n-th target has no grade. */
  ungradedEvery?: number;
}

export const TASK_HEADER = ["抽查任务编号", "抽查任务名称", "联合类型", "发起部门", "联合部门", "对象范围", "抽查比例或数量", "分级比例", "每行业最少", "开始时间", "结束时间", "每组人数", "需要专家"];

/** A synthetic but valid workbook, big enough for draw properties. */
export function drawBook(o: BookOptions = {}): SheetData[] {
  const industries = o.industries ?? { 危险化学品: 40, 非煤矿山: 25, 工贸: 60 };
  const departments = o.departments ?? { 执法一大队: 5, 执法二大队: 4, 包头市自然资源局: 3 };
  const targets: Cell[][] = [["单位名称", "统一社会信用代码", "行业领域", "信用风险等级", "所属区域", "状态"]];
  let n = 1;
  for (const [industry, count] of Object.entries(industries)) {
    for (let i = 0; i < count; i++, n++) {
      const grade = o.ungradedEvery && n % o.ungradedEvery === 0 ? "" : GRADES[(n * 7) % 4];
      targets.push([`${industry}单位${i + 1}`, uscc(n), industry, grade, n % 2 ? "昆都仑区" : "青山区", "正常"]);
    }
  }
  const people: Cell[][] = [["姓名", "执法证号", "证件有效期至", "所属部门", "执法领域", "是否专家", "状态"]];
  let c = 1;
  for (const [dept, count] of Object.entries(departments)) {
    for (let i = 0; i < count; i++, c++) people.push([`${dept}${i + 1}号`, `1502${String(c).padStart(7, "0")}`, "2028-12-31", dept, "", "否", "在岗"]);
  }
  for (let i = 0; i < (o.experts ?? 2); i++) people.push([`专家${i + 1}`, null, null, "专家库", "", "是", "在岗"]);
  const tasks = o.tasks ?? [
    { 抽查任务编号: "T01", 抽查任务名称: "危化内部", 联合类型: "部门内部", 发起部门: "执法一大队", 对象范围: "危险化学品", 抽查比例或数量: "10%" },
  ];
  const taskRows: Cell[][] = [TASK_HEADER, ...tasks.map((t) => TASK_HEADER.map((h) => t[h] ?? (h === "开始时间" ? "2026-03-01" : h === "结束时间" ? "2026-11-30" : null)))];
  const sheets: SheetData[] = [
    { name: "对象", rows: targets },
    { name: "人员", rows: people },
    { name: "任务", rows: taskRows },
  ];
  if (o.recusals) sheets.push({ name: "回避", rows: [["执法证号", "统一社会信用代码", "回避原因"], ...o.recusals.map(([p, t]) => [p, t, "亲属"])] });
  if (o.rules) sheets.push({ name: "规则", rows: [["规则", "值"], ...o.rules] });
  return sheets;
}
