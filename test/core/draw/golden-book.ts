import type { Cell, SheetData } from "../../../src/core/grid/cell";
import { uscc } from "./book";

/** A small deterministic generator (LCG), so the books are the same on every run. */
function rng(seed: number): (n: number) => number {
  let s = seed >>> 0;
  return (n) => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return Math.floor((s / 2 ** 32) * n);
  };
}

const pick = <T>(r: (n: number) => number, xs: readonly T[]): T => xs[r(xs.length)];

const INDUSTRIES = ["危险化学品", "非煤矿山", "工贸", "煤矿", "烟花爆竹"];
const AREAS = ["昆都仑区", "青山区", "东河区", "九原区"];
const DEPTS = ["执法一大队", "执法二大队", "执法三大队", "包头市自然资源局"];

/**
 * Target rows with the spellings staff really type: full-width forms and padding, grades and
 * statuses in words, placeholders, numbers as text, Excel date serials, formula-like text. With
 * `messy`, also values the reader must refuse (duplicates, bad numbers, error values, blanks).
 */
function targetRows(n: number, messy: boolean): Cell[][] {
  const r = rng(messy ? 7 : 11);
  const rows: Cell[][] = [
    ["2026年度检查对象名录库"],
    [],
    ["序号", "企业名称", "统一社会信用代码(注册号)", "所属行业", "信用风险等级", "辖区", "住所", "重点", "经营状态", "法人", "联系电话", "本年已检查次数", "上次检查日期", "备注"],
  ];
  for (let i = 1; i <= n; i++) {
    if (i % 173 === 0) rows.push([]);
    const name = pick(r, [`单位${i}`, ` 单位${i}\u3000`, `（包头）单位${i}有限公司`, `ＡＢＣ单位${i}`]);
    let code: Cell = pick(r, [uscc(i), uscc(i), ` ${uscc(i).toLowerCase()} `, `${uscc(i).slice(0, 9)} ${uscc(i).slice(9)}`]);
    if (i % 211 === 0) code = `${uscc(i).slice(0, 17)}${uscc(i)[17] === "0" ? "1" : "0"}`;
    const industry = pick(r, [...INDUSTRIES, "\u3000工贸", "危险化学品 "]);
    const risk = pick(r, ["A", "B", "C", "D", "", "低风险", "c级", "较高", "b类", "未分级"]);
    const area = pick(r, [...AREAS, "", " 青山区"]);
    const address = pick(r, ["包头市青山区幸福路1号", "=包头市", "—", "", "无"]);
    const key = pick(r, ["是", "否", "", "重点", "非重点", "√"]);
    const status = pick(r, ["正常", "正常", "正常", "存续", "", "停产", "注销", "已吊销", "迁出"]);
    const phone = pick(r, ["+86 472 1234567", "0472-1234567", "", 13800000000]);
    const checks: Cell = pick(r, [0, 0, 1, "", "1", "0", 2, null]);
    const last = pick(r, ["2025-05-01", 45000, "", "2025年3月1日", "2025/7/9"]);
    const row: Cell[] = [i, name, code, industry, risk, area, address, key, status, pick(r, ["张三", "", "李四"]), phone, checks, last, pick(r, ["", "备注文字", "=1+1"])];
    if (messy) {
      if (i % 97 === 0) row[2] = uscc(i - 1);
      if (i % 131 === 0) row[2] = 911502001234567;
      if (i % 89 === 0) row[4] = "特级";
      if (i % 83 === 0) row[11] = "两次";
      if (i % 79 === 0) row[12] = "去年";
      if (i % 71 === 0) row[3] = "#N/A";
      if (i % 67 === 0) row[1] = "";
      if (i % 61 === 0) row[8] = "歇业中";
      if (i % 59 === 0) row[7] = "也许";
      if (i % 53 === 0) row[6] = "#REF!";
    }
    rows.push(row);
  }
  rows.push(["注：本表由各大队汇总"]);
  rows.push([null, "合计", null, null, null, null, null, null, null, null, null, null, null, null]);
  return rows;
}

function inspectorRows(): Cell[][] {
  const rows: Cell[][] = [["姓名", "执法证号", "证件有效期至", "所属部门", "执法领域", "是否专家", "状态"]];
  for (let i = 1; i <= 48; i++) {
    const fields = ["", "危险化学品、工贸", "非煤矿山,煤矿", "", "矿山；烟花爆竹"][i % 5];
    rows.push([`人员${i}`, `1502 ${String(i).padStart(7, "0")}`, i % 13 === 0 ? "2026-06-30" : "2028-12-31", DEPTS[i % 4], fields, "否", i % 17 === 0 ? "休假" : "在岗"]);
  }
  for (let i = 1; i <= 4; i++) rows.push([`专家${i}`, null, null, "专家库", i % 2 ? "" : "危险化学品", "是", "在岗"]);
  return rows;
}

const TASK_HEADER = ["抽查任务编号", "抽查任务名称", "联合类型", "发起部门", "联合部门", "对象范围", "抽查比例或数量", "分级比例", "每行业最少", "开始时间", "结束时间", "每组人数", "需要专家"];

function taskRows(): Cell[][] {
  return [
    TASK_HEADER,
    ["G01", "危化按比例", "部门内部", "执法一大队", null, "危险化学品", "3%", null, null, "2026-03-01", "2026-11-30", null, null],
    ["G02", "矿山按等级", "部门内部", "执法二大队", null, "非煤矿山、煤矿", "按风险等级", "A:2%;B:4%;C:8%;D:20%", null, "2026-03-01", "2026-11-30", null, null],
    ["G03", "联合固定数", "跨部门联合", "执法三大队", "包头市自然资源局", "工贸、烟花爆竹", "37户", null, 5, "2026-04-01", "2026-10-31", 3, "是"],
    ["G04", "青山区重点", "内部联合", "执法一大队", "执法二大队", "青山区、重点", "千分之五", null, null, "2026-03-01", "2026/12/31", null, null],
    ["G05", "全部按比例带分级", "部门内部", "执法二大队", null, "全部", "1%", "A:0.5%;B:1%;C:2%;D:4%", 2, "2026-05-01", "2026-09-30", null, null],
    ["G06", "一般单位", "部门内部", "执法三大队", null, "危化、一般", "2%", null, null, "2026-03-01", "2026-11-30", 2, null],
  ];
}

function recusalRows(): Cell[][] {
  return [
    ["执法证号", "姓名", "统一社会信用代码", "单位名称", "回避原因"],
    ["15020000001", null, uscc(3), null, "亲属"],
    [null, "人员5", uscc(10), null, "曾任职"],
    ["15020000009", null, null, "单位12", "亲属"],
    ["15029999999", null, uscc(4), null, "不在名录"],
  ];
}

/** A workbook of `n` targets; `messy` adds values the reader must refuse, so only reading is compared. */
export function goldenBook(n: number, messy = false): SheetData[] {
  return [
    { name: "名录", rows: targetRows(n, messy), merges: messy ? ["A1:N1", "G40:G41"] : ["A1:N1"] },
    { name: "人员", rows: inspectorRows() },
    { name: "任务", rows: taskRows() },
    { name: "回避", rows: recusalRows() },
    { name: "规则", rows: [["规则", "值"], ["同一对象年度抽查上限", 2], ["检查机关", "包头市应急管理局"]] },
  ];
}
