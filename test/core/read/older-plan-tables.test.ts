import type { SheetData } from "../../../src/core/grid/cell";
import { readWorkbook } from "../../../src/core/read/workbook";
import { qinhuangdaoPlanBook } from "../../../scripts/samples/plan-books";
import { linziJointPlanSheet, qinhuangdao2023PlanSheet } from "../../../scripts/samples/plan-tables";

/** The 秦皇岛 rosters and matter list with another plan table in place of the 2026 附件. */
const withTable = (table: SheetData): SheetData[] => [...qinhuangdaoPlanBook({ filled: true }).filter((s) => !/^附件/.test(s.name)), table];
const errors = (r: ReturnType<typeof readWorkbook>) => r.issues.filter((i) => i.severity === "error").map((i) => `${i.code}@${i.sheet}!${i.cell}`);

describe("plan tables that lack what a draw needs: errors only there, each naming what to add", () => {
  test("秦皇岛 2023 with a roster of 2023's department names: read whole, no error (联合大队 → 内部联合, 办公室 → 局办公室, 安全评价及检验检测机构)", () => {
    const book = withTable(qinhuangdao2023PlanSheet());
    const people = book.find((s) => s.name === "执法检查人员名录库")!;
    for (const row of people.rows) if (row[4] === "工贸行业安全监督管理科") row[4] = "工商贸行业安全生产监督管理科";
    const r = readWorkbook(book, { today: "2026-03-01" });
    expect(errors(r)).toEqual([]);
    expect(r.tasks.find((t) => t.code === "004 号")!.scope.industries).toEqual(["安全评价机构", "检测检验机构"]);
    expect(r.tasks.find((t) => t.code === "002 号")!.seats).toEqual([
      { label: "工商贸行业安全生产监督管理科", departments: ["工商贸行业安全生产监督管理科"] },
      { label: "执法三大队", departments: ["执法三大队"] },
    ]);
  });

  test("秦皇岛 2023 against the 2026 roster: read whole; the department renamed since is the one error, with the name it may be", () => {
    const r = readWorkbook(withTable(qinhuangdao2023PlanSheet()), { today: "2026-03-01" });
    expect(r.tasks.map((t) => [t.code, t.jointType, t.start, t.end])).toEqual([
      ["001 号", "内部联合", "2023-05-01", "2023-07-31"],
      ["002 号", "内部联合", "2023-07-01", "2023-09-30"],
      ["003 号", "内部联合", "2023-09-01", "2023-11-30"],
      ["004 号", "部门内部", "2023-09-01", "2023-11-30"],
      ["005 号", "部门内部", "2023-09-01", "2023-11-30"],
    ]);
    expect(r.tasks.find((t) => t.code === "004 号")!.seats).toEqual([{ label: "办公室", departments: ["局办公室"] }]);
    expect(errors(r)).toEqual(["TASK_DEPT_UNKNOWN@附件!I5"]);
    expect(r.issues.find((i) => i.code === "TASK_DEPT_UNKNOWN")!.message).toContain("是否指“工贸行业安全监督管理科”");
    expect(r.issues.filter((i) => i.code === "GRADE_RATIOS_NOT_GIVEN")).toHaveLength(5);
  });

  test("临淄 2023 附件3: no 抽查比例 column (the error names it); 配合部门 → 跨部门联合, sent by the partner; 11月底前完成", () => {
    const book = withTable(linziJointPlanSheet());
    const targets = book.find((s) => s.name === "检查对象名录库")!;
    targets.rows.push([999, "临淄某化工有限公司", "91370305MA3C00000F", "易制毒化学品", "经营", "B", "临淄区", "", "存续"]);
    targets.rows.push([1000, "临淄某矿业有限公司", "91370305MA3C00001D", "地下矿山", "", "B", "临淄区", "", "存续"]);
    const r = readWorkbook(book, { today: "2026-03-01" });
    expect(r.rules.authority).toBe("临淄区应急管理局");
    expect(r.tasks.map((t) => [t.code, t.jointType, t.start, t.end, t.selfStaffed, t.scope.industries])).toEqual([
      ["联合-1", "跨部门联合", "2023-01-01", "2023-11-30", ["公安部门"], ["易制毒化学品"]],
      ["联合-2", "跨部门联合", "2023-01-01", "2023-11-30", ["自然资源部门"], ["地下矿山"]],
    ]);
    expect(errors(r)).toEqual(["COLUMN_MISSING@附件3!4:4"]);
    expect(r.issues.find((i) => i.code === "COLUMN_MISSING")!.message).toContain("“抽查比例或数量”");
  });
});
