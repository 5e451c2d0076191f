import type { Cell } from "../../../../src/core/grid/cell";
import { quartersTouched } from "../../../../src/core/quota/quarters";
import { internalJointPerQuarter } from "../../../../src/core/quota/rules/internal-joint-per-quarter";
import { before, T } from "../context";

const internalJoint = (code: string, extra: Record<string, Cell> = {}): Record<string, Cell> =>
  T(code, { 联合类型: "内部联合", 联合部门: "执法二大队", 对象范围: "工贸", 抽查比例或数量: "2户", 开始时间: "2026-01-01", 结束时间: "2026-12-31", ...extra });

describe("每季度内部联合抽查最少次数", () => {
  test("a task counts in every quarter its period touches", () => {
    expect(quartersTouched("2026-03-15", "2026-04-10", "2026")).toEqual([1, 2]);
    expect(quartersTouched("2026-01-01", "2026-12-31", "2026")).toEqual([1, 2, 3, 4]);
  });

  test("two year-long internal joint tasks meet 2 a quarter; one ending in June leaves Q3 and Q4 short", () => {
    expect(internalJointPerQuarter(before({ tasks: [internalJoint("A"), internalJoint("B")] })).verdict).toBe("达标");
    const row = internalJointPerQuarter(before({ tasks: [internalJoint("A"), internalJoint("B", { 结束时间: "2026-06-30" })] }));
    expect(row.verdict).toBe("未达标");
    expect(row.actual).toBe("2026年第1季度 2 次；2026年第2季度 2 次；2026年第3季度 1 次；2026年第4季度 1 次");
  });

  test("部门内部 tasks do not count; a plan with no tasks cannot be judged", () => {
    expect(internalJointPerQuarter(before({ tasks: [T("A", { 对象范围: "工贸", 抽查比例或数量: "2户" })] })).verdict).toBe("未达标");
    expect(internalJointPerQuarter(before({ tasks: [] }))).toMatchObject({ verdict: "无法判断", actual: "无任务" });
  });
});
