import type { Cell } from "../../../src/core/grid/cell";
import { readWorkbook } from "../../../src/core/read/workbook";
import { planDraw } from "../../../src/core/draw/plan";
import { drawBook } from "../draw/book";

/** Every 登记状态 word in a target roster's 状态 column, read at its cell. */
const WORDS: [string, string, boolean][] = [
  ["存续（在营、开业、在册）", "正常", true],
  ["在营（开业）", "正常", true],
  ["在业", "正常", true],
  ["开业", "正常", true],
  ["在册", "正常", true],
  ["迁入", "正常", true],
  ["停产", "停产", true],
  ["停业", "停业", true],
  ["清算", "清算", false],
  ["注销", "注销", false],
  ["吊销", "吊销", false],
  ["吊销未注销", "吊销", false],
  ["撤销", "撤销", false],
  ["迁出", "迁出", false],
  ["关闭", "关闭", false],
];

test("登记状态 words at their cells (dr-2026.2): read, warned where not drawn, excluded with the reason", () => {
  const sheets = drawBook({ industries: { 工贸: WORDS.length }, tasks: [{ 抽查任务编号: "T", 抽查任务名称: "工贸", 联合类型: "部门内部", 发起部门: "执法一大队", 对象范围: "工贸", 抽查比例或数量: "1户" }] });
  WORDS.forEach(([word], i) => ((sheets[0].rows[i + 1] as Cell[])[5] = word));
  const r = readWorkbook(sheets);
  expect(r.targets.map((t) => t.status)).toEqual(WORDS.map(([, status]) => status));
  const warned = r.issues.filter((i) => i.code === "TARGET_INACTIVE").map((i) => i.cell);
  expect(warned).toEqual(WORDS.flatMap(([, , drawn], i) => (drawn ? [] : [`F${i + 2}`])));
  const plan = planDraw(r);
  const excluded = new Map(plan.tasks[0].excluded.map((e) => [e.id, e.reason]));
  r.targets.forEach((t, i) => expect(excluded.get(t.uscc) ?? "drawn").toBe(WORDS[i][2] ? "drawn" : `状态为${t.status}`));
  expect(r.issues.filter((i) => i.severity === "error")).toEqual([]);
});
