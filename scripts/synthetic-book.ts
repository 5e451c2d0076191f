/**
 * A synthetic bureau workbook of any size, held in memory: `targets` enterprises, 2,000 inspectors
 * in 10 departments, 20 tasks (every fourth a cross-department joint task). Used by `npm run bench`
 * and the browser test on a 100,000-target workbook.
 */
import type { Cell, SheetData } from "../src/core/grid/cell";
import { USCC_CHARSET, usccCheckChar } from "../src/core/values/uscc";

const INDUSTRIES = ["非煤矿山", "危险化学品", "工贸", "煤矿", "烟花爆竹"];
const GRADES = ["A", "B", "C", "D", ""];
const AREAS = ["东河区", "昆都仑区", "青山区", "石拐区", "九原区", "固阳县"];
const DEPTS = Array.from({ length: 10 }, (_, i) => `执法${i + 1}大队`);

function uscc(n: number): string {
  let body = "";
  for (let i = 0, x = n; i < 9; i++, x = Math.floor(x / 31)) body = USCC_CHARSET[x % 31] + body;
  const first17 = `91150200${body}`;
  return first17 + usccCheckChar(first17);
}

export function syntheticBook(targets: number): SheetData[] {
  const rows: Cell[][] = [["单位名称", "统一社会信用代码", "行业领域", "信用风险等级", "所属区域", "状态", "本年已检查次数"]];
  for (let i = 0; i < targets; i++) rows.push([`单位${i}`, uscc(i + 1), INDUSTRIES[i % 5], GRADES[(i * 7) % 5], AREAS[i % 6], i % 97 === 0 ? "注销" : "正常", i % 13 === 0 ? 1 : 0]);
  const people: Cell[][] = [["姓名", "执法证号", "证件有效期至", "所属部门", "执法领域", "是否专家", "状态"]];
  for (let i = 0; i < 2000; i++) people.push([`人员${i}`, `1502${String(i).padStart(7, "0")}`, "2028-12-31", DEPTS[i % 10], i % 3 ? INDUSTRIES[i % 5] : "", i % 50 === 0 ? "是" : "否", "在岗"]);
  const tasks: Cell[][] = [["抽查任务编号", "抽查任务名称", "联合类型", "发起部门", "联合部门", "对象范围", "抽查比例或数量", "分级比例", "每行业最少", "开始时间", "结束时间"]];
  for (let t = 0; t < 20; t++) {
    const joint = t % 4 === 3;
    tasks.push([
      `T${String(t + 1).padStart(2, "0")}`, `任务${t + 1}`, joint ? "跨部门联合" : "部门内部", DEPTS[t % 10], joint ? DEPTS[(t + 1) % 10] : null,
      INDUSTRIES[t % 5], t % 2 ? "按风险等级" : "1%", t % 2 ? "A:0.5%;B:1%;C:2%;D:5%" : null, joint ? 3 : null, "2026-03-01", "2026-11-30",
    ]);
  }
  return [{ name: "对象", rows }, { name: "人员", rows: people }, { name: "任务", rows: tasks }];
}
