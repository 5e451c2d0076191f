import type { SheetData } from "../../../src/core/grid/cell";
import { readWorkbook } from "../../../src/core/read/workbook";
import { qinhuangdaoPlanBook } from "../../../scripts/samples/plan-books";
import { linziJointPlanSheet, qinhuangdao2023PlanSheet } from "../../../scripts/samples/plan-tables";

/** The 秦皇岛 rosters and matter list with another plan table in place of the 2026 附件. */
const withTable = (table: SheetData): SheetData[] => [...qinhuangdaoPlanBook({ filled: true }).filter((s) => !/^附件/.test(s.name)), table];
const errors = (r: ReturnType<typeof readWorkbook>) => r.issues.filter((i) => i.severity === "error").map((i) => `${i.code}@${i.sheet}!${i.cell}`);

describe("plan tables that lack what a draw needs: errors only there, each naming what to add", () => {
  test("秦皇岛 2023: read whole (联合大队 → 内部联合, one 抽查时间 cell); errors for a department and a scope the rosters do not have", () => {
    const r = readWorkbook(withTable(qinhuangdao2023PlanSheet()), { today: "2026-03-01" });
    expect(r.tasks.map((t) => [t.code, t.jointType, t.start, t.end])).toEqual([
      ["001 号", "内部联合", "2023-05-01", "2023-07-31"],
      ["002 号", "内部联合", "2023-07-01", "2023-09-30"],
      ["003 号", "内部联合", "2023-09-01", "2023-11-30"],
      ["004 号", "部门内部", "2023-09-01", "2023-11-30"],
      ["005 号", "部门内部", "2023-09-01", "2023-11-30"],
    ]);
    expect(r.tasks.find((t) => t.code === "004 号")!.seats).toEqual([{ label: "办公室", departments: ["局办公室"] }]);
    expect(errors(r)).toEqual(["TASK_DEPT_UNKNOWN@附件!I5", "TASK_INDUSTRY_UNKNOWN@附件!H7"]);
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
