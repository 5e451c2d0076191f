import type { Cell } from "../../../../src/core/grid/cell";
import { yearlyCap } from "../../../../src/core/quota/rules/yearly-cap";
import { after, before, T } from "../context";

const all = (code: string): Record<string, Cell> => T(code, { 对象范围: "非煤矿山", 抽查比例或数量: "100%" });

describe("同一对象年度抽查上限", () => {
  test("units drawn once are within a cap of 2", () => {
    expect(yearlyCap(after({ tasks: [T("A", { 对象范围: "工贸", 抽查比例或数量: "5户" })] }))).toMatchObject({ verdict: "达标", actual: "无单位超过" });
  });

  test("dr-2026.1: units drawn by three tasks are over, named in the order first drawn, ten at most", () => {
    const row = yearlyCap(after({ tasks: [all("A"), all("B"), all("C")] }, "dr-2026.1"));
    expect(row.verdict).toBe("未达标");
    // Every 非煤矿山 target, drawn by all three tasks, in the order first drawn (task A's ticket order).
    expect(row.actual).toMatch(/^超过：9115020000000001GU（非煤矿山单位7）3 次、9115020000000001UX（非煤矿山单位18）3 次、.* 等 25 家$/);
  });

  test("dr-2026.2: the cap holds inside the run (§7.1), so three overlapping tasks stay within it", () => {
    const ctx = after({ tasks: [all("A"), T("B", { 对象范围: "非煤矿山", 抽查比例或数量: "10户" }), T("C", { 对象范围: "非煤矿山", 抽查比例或数量: "10户" })] });
    expect(yearlyCap(ctx)).toMatchObject({ verdict: "达标", actual: "无单位超过" });
  });

  test("before the draw it cannot be judged", () => {
    expect(yearlyCap(before({ tasks: [all("A")] }))).toMatchObject({ verdict: "无法判断", actual: "已达上限的单位不参加抽取（抽取前，按应抽数）" });
  });
});
