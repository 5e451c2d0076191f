import { completeDraw, prepareDraw, quotaReport } from "../../../src/core/draw/session";
import type { QuotaRow } from "../../../src/core/quota/row";
import { FileWorkbook } from "../../../src/host/file/workbook-file";
import { drawBook } from "../../core/draw/book";

const rule = (rows: QuotaRow[], name: string): QuotaRow => rows.find((r) => r.rule === name)!;

describe("结果公示 round trip through a real .xlsx", () => {
  test("staff fill results and dates; the quota check reports completeness and deadlines by row", async () => {
    const sheets = drawBook({ tasks: [{ 抽查任务编号: "A", 抽查任务名称: "危化", 联合类型: "部门内部", 发起部门: "执法一大队", 对象范围: "危险化学品", 抽查比例或数量: "4户" }] });
    const book = FileWorkbook.fromSheets(sheets);
    const done = completeDraw(prepareDraw(book.readSheets(), { today: "2026-02-01" }), { seed: "2026030112345678901234", seedSource: "typed", time: "2026-02-01T09:00:00+08:00", operator: "测试" });
    if (!done.ok) throw new Error("draw failed");
    await book.addSheets(done.specs);
    const reopened = await FileWorkbook.open(await book.toBuffer());
    const read = reopened.readSheets();
    const disclosure = read.find((s) => s.name.startsWith("结果公示"))!;
    const header = disclosure.rows[1].map(String);
    const col = (label: string): number => header.indexOf(label);
    const rows = disclosure.rows.slice(2, 6);
    // Row 3: done 2026-02-10; 20 working days (Spring Festival and two make-up Saturdays) → 2026-03-16; published 03-02: on time.
    rows[0][col("检查完成日期")] = "2026-02-10";
    rows[0][col("检查结果")] = "未发现问题";
    rows[0][col("公示日期")] = "2026-03-02";
    // Row 4: done 2026-02-10, published 2026-03-20: late.
    rows[1][col("检查完成日期")] = "2026年2月10日";
    rows[1][col("检查结果")] = "发现问题已责令改正";
    rows[1][col("公示日期")] = "2026/3/20";
    // Row 5: done, not yet published, deadline passed as of today (2026-04-01): late.
    rows[2][col("检查完成日期")] = 46063; // 2026-02-10 as an Excel serial
    rows[2][col("检查结果")] = "未发现问题";
    // Row 6: not inspected yet, no result: no deadline yet, so completeness cannot be judged.
    const report = quotaReport(prepareDraw(read, { today: "2026-04-01" }));
    expect(rule(report, "结果公示完整")).toMatchObject({ verdict: "无法判断", actual: "3/4（75.0%）" });
    const timely = rule(report, "结果公示及时");
    expect(timely.verdict).toBe("未达标");
    expect(timely.actual).toBe("逾期 2 行");
    expect(timely.detail).toContain(`${disclosure.name}!4:4`);
    expect(timely.detail).toContain(`${disclosure.name}!5:5`);
    const byRow = prepareDraw(read, { today: "2026-04-01" }).disclosure!.byRow;
    expect(byRow.map((r) => [r.row, r.deadline, r.status])).toEqual([
      [3, "2026-03-16", "按期"],
      [4, "2026-03-16", "逾期"],
      [5, "2026-03-16", "逾期"],
      [6, null, "未检查"],
    ]);
    // Inspected 2026-02-10 and still without a result on 2026-04-01: past its deadline, 未达标.
    rows[3][col("检查完成日期")] = "2026-02-10";
    expect(rule(quotaReport(prepareDraw(read, { today: "2026-04-01" })), "结果公示完整")).toMatchObject({
      verdict: "未达标",
      actual: "3/4（75.0%）",
      detail: `已过公示截止日期仍未填检查结果：${disclosure.name}!6:6`,
    });
  });
});

describe("结果公示 all filled and on time", () => {
  test("completeness and timeliness pass", async () => {
    const sheets = drawBook({ tasks: [{ 抽查任务编号: "A", 抽查任务名称: "危化", 联合类型: "部门内部", 发起部门: "执法一大队", 对象范围: "危险化学品", 抽查比例或数量: "2户" }] });
    const book = FileWorkbook.fromSheets(sheets);
    const done = completeDraw(prepareDraw(book.readSheets()), { seed: "2026030112345678901234", seedSource: "typed", time: "2026-02-01T09:00:00+08:00", operator: "" });
    if (!done.ok) throw new Error("draw failed");
    await book.addSheets(done.specs);
    const read = (await FileWorkbook.open(await book.toBuffer())).readSheets();
    const disclosure = read.find((s) => s.name.startsWith("结果公示"))!;
    const header = disclosure.rows[1].map(String);
    for (const row of disclosure.rows.slice(2, 4)) {
      row[header.indexOf("检查完成日期")] = "2026-05-06";
      row[header.indexOf("检查结果")] = "未发现问题";
      row[header.indexOf("公示日期")] = "2026-05-20";
    }
    const report = quotaReport(prepareDraw(read, { today: "2026-06-30" }));
    expect(rule(report, "结果公示完整").verdict).toBe("达标");
    expect(rule(report, "结果公示及时")).toMatchObject({ verdict: "达标", actual: "按期 2 行" });
  });
});

describe("the draw's quota report and a quota report of the drawn workbook are one evaluation", () => {
  const task = (code: string, n: string) => ({ 抽查任务编号: code, 抽查任务名称: code, 联合类型: "部门内部", 发起部门: "执法一大队", 对象范围: "危险化学品", 抽查比例或数量: n, 开始时间: "2026-02-01", 结束时间: "2026-11-30" });
  const meta = (time: string) => ({ seed: "2026030112345678901234", seedSource: "typed" as const, time, operator: "测试" });

  test("right after a draw, and after a second draw beside a 结果公示 partly filled in, the rows are the same", async () => {
    const book = FileWorkbook.fromSheets(drawBook({ tasks: [task("A", "4户"), task("B", "3户")] }));
    const first = completeDraw(prepareDraw(book.readSheets(), { today: "2026-12-07", tasks: ["A"] }), meta("2026-02-01T09:00:00+08:00"));
    if (!first.ok) throw new Error("draw failed");
    await book.addSheets(first.specs);
    const drawnBook = await FileWorkbook.open(await book.toBuffer());
    // Nothing filled in: the quota report of the drawn workbook is the draw's, row for row.
    expect(quotaReport(prepareDraw(drawnBook.readSheets(), { today: "2026-12-07" }))).toEqual(first.quotas);
    expect(rule(first.quotas, "结果公示完整").verdict).toBe("无法判断");

    // Two rows of the first draw published, one inspected in March and still without a result,
    // then a second draw (task B) on that workbook.
    const read = drawnBook.readSheets();
    const disclosure = read.find((s) => s.name.startsWith("结果公示"))!;
    const header = disclosure.rows[1].map(String);
    for (const row of disclosure.rows.slice(2, 4)) {
      row[header.indexOf("检查完成日期")] = "2026-03-02";
      row[header.indexOf("检查结果")] = "未发现问题";
      row[header.indexOf("公示日期")] = "2026-03-10";
    }
    disclosure.rows[4][header.indexOf("检查完成日期")] = "2026-03-02";
    const filled = FileWorkbook.fromSheets(read);
    const second = completeDraw(prepareDraw(filled.readSheets(), { today: "2026-12-07", tasks: ["B"] }), meta("2026-12-07T09:00:00+08:00"));
    if (!second.ok) throw new Error("draw failed");
    await filled.addSheets(second.specs);
    const again = await FileWorkbook.open(await filled.toBuffer());
    expect(quotaReport(prepareDraw(again.readSheets(), { today: "2026-12-07" }))).toEqual(second.quotas);
    expect(rule(second.quotas, "结果公示完整")).toMatchObject({ verdict: "未达标", actual: "2/7（28.6%）" });
  });
});
