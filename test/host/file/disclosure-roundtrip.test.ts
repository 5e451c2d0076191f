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
    // Row 6: not inspected yet, no result.
    const report = quotaReport(prepareDraw(read, { today: "2026-04-01" }));
    expect(rule(report, "结果公示完整")).toMatchObject({ verdict: "未达标", actual: "3/4（75.0%）" });
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
