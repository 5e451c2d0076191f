import { readFileSync } from "node:fs";
import { join } from "node:path";
import { completeDraw, planSheets, prepareDraw } from "../../../src/core/draw/session";
import type { SheetSpec } from "../../../src/core/sheets/sheet-spec";
import { readXlsx } from "../../../src/host/file/read-xlsx";

/** Header rows with the labels under each merged group, as the seed documents print them. */
function columnSet(spec: SheetSpec): string[] {
  const [top, bottom] = spec.header;
  const out: string[] = [];
  let group = "";
  top.forEach((label, i) => {
    if (label) group = label;
    const sub = bottom?.[i] ?? "";
    out.push(sub ? `${label || group}/${sub}` : label);
  });
  return out;
}

describe("plan tables match the seed documents' column sets", () => {
  let specs: SheetSpec[];
  beforeAll(async () => {
    const sheets = await readXlsx(readFileSync(join(__dirname, "..", "..", "..", "assets", "sample.xlsx")));
    specs = planSheets(prepareDraw(sheets), null);
  });
  const byName = (n: string): SheetSpec => specs.find((s) => s.name === n)!;

  test("部门内部抽查计划 = 包头 2026 部门内部表 (test/fixtures/plans/baotou-2026.txt)", () => {
    const s = byName("部门内部抽查计划");
    expect(columnSet(s)).toEqual([
      "序号", "抽查项目/抽查类别", "抽查项目/抽查事项", "检查对象", "组织落实科室（局）", "检查对象抽取单位", "检查方式",
      "实施层级", "抽查比例或数量", "开始时间", "结束时间", "检查重点", "备注",
    ]);
    expect(s.headerMerges).toContain("B1:C1");
    expect(s.headerMerges).toContain("A1:A2");
    expect(s.title).toBe("包头市应急管理局2026年度部门内部“双随机、一公开”抽查计划");
    expect(s.body.map((r) => r[8])).toContain("37户");
  });

  test("部门联合抽查计划 = 包头 2026 部门联合表", () => {
    const s = byName("部门联合抽查计划");
    expect(columnSet(s)).toEqual([
      "序号", "联合抽查任务名称", "检查对象", "发起部门", "参与部门", "检查方式", "实施层级", "抽查比例或数量", "开始时间", "结束时间",
      "联合抽查事项/发起部门抽查事项", "联合抽查事项/参与部门抽查事项", "检查重点", "备注",
    ]);
    expect(s.headerMerges).toContain("K1:L1");
    // Rows with no 序号 continue the long cells of the row above (Excel's rows stop at 409 pt).
    const tasks = s.body.filter((r) => r[0] !== null);
    expect(tasks.map((r) => r[1])).toEqual(["矿山企业联合执法", "危险化学品企业联合执法"]);
    expect(tasks.map((r) => r[4])).toEqual(["包头市自然资源局", "包头市市场监督管理局"]);
  });

  test("随机抽查工作计划 = 秦皇岛 2026 附件 (test/fixtures/plans/qinhuangdao-2026.txt)", () => {
    const s = byName("随机抽查工作计划");
    expect(columnSet(s)).toEqual(["抽查计划编号", "抽查计划名称", "抽查任务编号", "抽查任务名称", "抽查类型", "抽查比例", "抽查事项", "抽查对象范围", "发起科室", "联合科室/联合部门", "抽查时间"]);
    expect(s.body).toHaveLength(7);
    // As the sample's task sheet types it (dr-2026.2 writes plan cells as typed).
    expect(s.body[0][4]).toBe("定向");
    expect(s.body[0][10]).toBe("2026年1月1日至2026年12月31日");
  });

  test("抽取公告 carries the frame digest and a blank seed line; print setup is the default A4 landscape", () => {
    const s = byName("抽取公告");
    expect(s.notes!.join("\n")).toMatch(/框架摘要（SHA-256，算法 dr-2026\.2）：[0-9a-f]{64}/);
    expect(s.notes!.join("\n")).toContain("随机种子：____");
    expect(s.print).toBeUndefined();
  });

  test("结果公示 columns, result dropdown, and 配额核验 sections after a draw", async () => {
    const sheets = await readXlsx(readFileSync(join(__dirname, "..", "..", "..", "assets", "sample.xlsx")));
    const done = completeDraw(prepareDraw(sheets), { seed: "2026030112345678901234", seedSource: "typed", time: "2026-03-01T10:00:00+08:00", operator: "" });
    if (!done.ok) throw new Error("draw failed");
    const disclosure = done.specs.find((x) => x.name.startsWith("结果公示"))!;
    // dr-2026.2: the columns printed on one A4 page first, then the ones for the screen.
    expect(disclosure.header[0]).toEqual([
      "序号", "抽查任务编号", "单位名称", "统一社会信用代码", "检查完成日期", "检查结果", "公示截止日期", "公示日期", "备注",
      "抽查计划编号", "抽查计划名称", "抽查任务名称", "抽查类型", "检查机关", "抽查事项",
    ]);
    expect(disclosure.print?.columns).toBe(9);
    expect(disclosure.columns[5].list).toContain("发现问题已责令改正");
    expect(disclosure.body).toHaveLength(94);
    const quota = done.specs.find((x) => x.name.startsWith("配额核验"))!;
    expect(quota.header[0]).toEqual(["规则", "要求", "实际", "结论", "说明"]);
    expect(quota.sections![0].header).toEqual(["行业领域", "信用风险等级", "总数", "应抽", "实抽"]);
    expect(quota.sections![0].body).toContainEqual(["危险化学品", "D", 11, "—", expect.any(Number)]);
    const drawnTotal = quota.sections![0].body.reduce((a, r) => a + (r[4] as number), 0);
    expect(drawnTotal).toBe(94);
  });
});
