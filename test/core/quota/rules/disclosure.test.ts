import { disclosureComplete, disclosureOnTime } from "../../../../src/core/quota/rules/disclosure";
import { before, T, withDisclosure } from "../context";

const ctx = before({ tasks: [T("A", { 对象范围: "工贸", 抽查比例或数量: "2户" })] });
const rows = (n: number): string[] => Array.from({ length: n }, (_, i) => `结果公示!L${i + 4}`);

describe("结果公示完整", () => {
  test("no 结果公示 filled in yet cannot be judged", () => {
    expect(disclosureComplete(ctx)).toMatchObject({ verdict: "无法判断", actual: "尚无检查结果" });
  });

  test("every row with a result meets it; missing rows are listed, ten at most", () => {
    expect(disclosureComplete(withDisclosure(ctx, { rows: 3, filled: 3 }))).toMatchObject({ verdict: "达标", actual: "3/3（100.0%）", detail: "" });
    const row = disclosureComplete(withDisclosure(ctx, { rows: 15, filled: 3, missing: rows(12) }));
    expect(row.verdict).toBe("未达标");
    expect(row.detail).toBe(`未填检查结果：${rows(10).join("、")} 等 12 行`);
  });

  test("an empty 结果公示 cannot be judged", () => {
    expect(disclosureComplete(withDisclosure(ctx, { rows: 0 })).verdict).toBe("无法判断");
  });
});

describe("结果公示及时", () => {
  test("the period comes from the rules", () => {
    expect(disclosureOnTime(ctx)).toMatchObject({ verdict: "无法判断", required: "检查完成后 20 个工作日内" });
  });

  test("late rows fail it; rows that cannot be judged leave it open unless some are late", () => {
    expect(disclosureOnTime(withDisclosure(ctx, { rows: 2, onTime: 2 }))).toMatchObject({ verdict: "达标", actual: "按期 2 行", detail: "" });
    expect(disclosureOnTime(withDisclosure(ctx, { rows: 2, onTime: 1, late: ["结果公示!N4"] }))).toMatchObject({ verdict: "未达标", actual: "逾期 1 行", detail: "逾期：结果公示!N4" });
    expect(disclosureOnTime(withDisclosure(ctx, { rows: 2, onTime: 1, unknown: ["结果公示!N5"] }))).toMatchObject({ verdict: "无法判断", detail: "无法判断：结果公示!N5" });
    expect(disclosureOnTime(withDisclosure(ctx, { rows: 2, late: ["结果公示!N4"], unknown: ["结果公示!N5"] }))).toMatchObject({ verdict: "未达标", detail: "逾期：结果公示!N4；无法判断：结果公示!N5" });
  });
});
