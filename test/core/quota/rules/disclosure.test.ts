import { disclosureComplete, disclosureOnTime } from "../../../../src/core/quota/rules/disclosure";
import { after, before, T, withResults, type Fill } from "../context";

const plan = before({ tasks: [T("A", { 对象范围: "工贸", 抽查比例或数量: "2户" })] });
/** One draw of four 工贸 units; 2026-03-02 + 20 工作日 = 2026-03-30. */
const drawn = after({ tasks: [T("A", { 对象范围: "工贸", 抽查比例或数量: "4户" })] });
const all = (fill: Fill): Fill[] => [fill, fill, fill, fill];
const NOTHING_YET = { actual: "尚无检查结果", verdict: "无法判断" };

describe("结果公示完整", () => {
  test("before any draw there is nothing to judge", () => {
    expect(disclosureComplete(plan)).toMatchObject({ ...NOTHING_YET, detail: "在“结果公示”表中填写检查结果和检查完成日期后重新核验" });
  });

  test("right after a draw — no 结果公示 read yet, or one with nothing filled in — it cannot be judged, the same either way", () => {
    const none = disclosureComplete(drawn);
    expect(none).toMatchObject(NOTHING_YET);
    expect(disclosureComplete(withResults(drawn, "2026-12-31", []))).toEqual(none);
    // Also when rows of the sheet are missing: the drawn units are what must be published.
    expect(disclosureComplete(withResults(drawn, "2026-12-31", [], 2))).toEqual(none);
  });

  test("every drawn unit with an accepted result meets it", () => {
    const ctx = withResults(drawn, "2026-04-01", all({ done: "2026-03-02", result: "未发现问题", published: "2026-03-10" }));
    expect(disclosureComplete(ctx)).toMatchObject({ verdict: "达标", actual: "4/4（100.0%）", detail: "" });
  });

  test("a result outside the vocabulary is not a result: never 达标", () => {
    const ctx = withResults(drawn, "2026-04-01", all({ done: "2026-03-02", result: "随便写的结果", published: "2026-03-10" }));
    const row = disclosureComplete(ctx);
    expect(row).toMatchObject({ verdict: "无法判断", actual: "0/4（0.0%）" });
    expect(row.detail).toContain("检查结果不在规定的写法中：结果公示!3:3、结果公示!4:4、结果公示!5:5、结果公示!6:6");
  });

  test("rows without a result are 无法判断 until their deadline passes, then 未达标", () => {
    const fills = [{ done: "2026-03-02", result: "未发现问题", published: "2026-03-10" }, { done: "2026-03-02" }, {}, {}];
    const open = disclosureComplete(withResults(drawn, "2026-03-20", fills));
    expect(open).toMatchObject({ verdict: "无法判断", actual: "1/4（25.0%）" });
    expect(open.detail).toBe("尚有 3 行未填检查结果，均未过公示截止日期（未填检查完成日期的行尚无截止日期）");
    const past = disclosureComplete(withResults(drawn, "2026-03-31", fills));
    expect(past).toMatchObject({ verdict: "未达标", actual: "1/4（25.0%）", detail: "已过公示截止日期仍未填检查结果：结果公示!4:4" });
  });

  test("a drawn unit missing from 结果公示 counts as a row without a result", () => {
    const ctx = withResults(drawn, "2026-04-01", all({ done: "2026-03-02", result: "未发现问题", published: "2026-03-10" }), 3);
    expect(disclosureComplete(ctx)).toMatchObject({ verdict: "无法判断", actual: "3/4（75.0%）" });
  });
});

describe("结果公示及时", () => {
  test("the period comes from the rules; nothing to judge before the draw or right after it", () => {
    expect(disclosureOnTime(plan)).toMatchObject({ ...NOTHING_YET, required: "检查完成后 20 个工作日内" });
    expect(disclosureOnTime(drawn)).toMatchObject(NOTHING_YET);
    expect(disclosureOnTime(withResults(drawn, "2026-12-31", []))).toEqual(disclosureOnTime(drawn));
  });

  test("0 rows published is never 达标", () => {
    // Results typed outside the vocabulary: nothing was published.
    const bad = disclosureOnTime(withResults(drawn, "2026-04-01", all({ done: "2026-03-02", result: "随便写的结果", published: "2026-03-10" })));
    expect(bad).toMatchObject({ verdict: "无法判断", actual: "按期 0 行" });
    // Inspected, not yet published, not yet due.
    const waiting = disclosureOnTime(withResults(drawn, "2026-03-20", all({ done: "2026-03-02", result: "未发现问题" })));
    expect(waiting).toMatchObject({ verdict: "无法判断", actual: "按期 0 行", detail: "尚无按期公示的行；4 行待公示，未过公示截止日期" });
  });

  test("published on time meets it, saying what is still to come; late rows fail it; rows that cannot be judged leave it open unless some are late", () => {
    const onTime = { done: "2026-03-02", result: "未发现问题", published: "2026-03-10" };
    expect(disclosureOnTime(withResults(drawn, "2026-04-01", all(onTime)))).toMatchObject({ verdict: "达标", actual: "按期 4 行", detail: "" });
    expect(disclosureOnTime(withResults(drawn, "2026-03-20", [onTime, onTime, { done: "2026-03-02", result: "未发现问题" }, {}]))).toMatchObject({
      verdict: "达标",
      actual: "按期 2 行",
      detail: "另有 2 行尚未公示，均未过公示截止日期",
    });
    const late = { done: "2026-03-02", result: "未发现问题", published: "2026-03-31" };
    expect(disclosureOnTime(withResults(drawn, "2026-04-01", [onTime, late, onTime, onTime]))).toMatchObject({ verdict: "未达标", actual: "逾期 1 行", detail: "逾期：结果公示!4:4" });
    const bad = { done: "2026-03-02", result: "随便写的结果", published: "2026-03-10" };
    // The rows that cannot be judged are named, with why the first cannot.
    const why = "（检查结果“随便写的结果”不是规定的写法，请从下拉列表中选择：未发现问题、";
    const open = disclosureOnTime(withResults(drawn, "2026-04-01", [onTime, bad, onTime, onTime]));
    expect(open.verdict).toBe("无法判断");
    expect(open.detail.startsWith(`无法判断：结果公示!4:4${why}`)).toBe(true);
    const failed = disclosureOnTime(withResults(drawn, "2026-04-01", [late, bad, onTime, onTime]));
    expect(failed.verdict).toBe("未达标");
    expect(failed.detail.startsWith(`逾期：结果公示!3:3；无法判断：结果公示!4:4${why}`)).toBe(true);
  });
});
