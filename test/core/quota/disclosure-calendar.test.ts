import type { ExtraDays } from "../../../src/core/calendar/workdays";
import type { Cell, SheetData } from "../../../src/core/grid/cell";
import { prepareDraw, quotaReport } from "../../../src/core/draw/session";
import { checkDisclosure } from "../../../src/core/quota/disclosure";
import { disclosureOnTime } from "../../../src/core/quota/rules/disclosure";
import { DEFAULT_RULES } from "../../../src/core/read/rule-defs";
import { drawBook } from "../draw/book";

const SHEET = "结果公示 2026-03-01";
const HEADER = ["序号", "抽查任务编号", "单位名称", "统一社会信用代码", "检查完成日期", "检查结果", "公示截止日期", "公示日期", "备注"];

/** A dr-2026.2 结果公示: header in row 2, one row per entry from row 3. */
function sheet(...rows: { done?: Cell; published?: Cell }[]): SheetData {
  return {
    name: SHEET,
    rows: [["结果公示"], HEADER, ...rows.map((r, i) => [i + 1, "T01", `单位${i + 1}`, `91150200MA0000000${i}`, r.done ?? null, "未发现问题", null, r.published ?? null, null])],
  };
}

/** 2027 as the workbook's 节假日安排 gives it: 1 January off. */
const Y2027: ExtraDays = { years: [2027], days: { "2027-01-01": false }, faulty: [] };
const check = (today: string | null, calendar: ExtraDays | undefined, ...rows: { done?: Cell; published?: Cell }[]) =>
  checkDisclosure([sheet(...rows)], DEFAULT_RULES, today, calendar)!;

describe("公示截止日期 in a year the built-in calendar does not cover (issue #16)", () => {
  // 2026-12-20 + 20 working days runs into 2027: nine working days are left in December 2026.
  test("without 2027 in 节假日安排 the deadline is refused: no date, 无法判断, and the reason", () => {
    const c = check("2027-02-01", undefined, { done: "2026-12-20", published: "2027-01-25" });
    expect(c.byRow[0]).toMatchObject({ deadline: null, status: "无法判断" });
    expect(c.byRow[0].note).toContain("2027 年的节假日安排不在日历数据中");
    expect(c.byRow[0].note).toContain("“节假日安排”表");
  });

  test("with 2027 in 节假日安排 the deadline is worked out on it", () => {
    const c = check("2027-02-01", Y2027, { done: "2026-12-20", published: "2027-01-25" }, { done: "2026-12-20", published: "2027-01-18" });
    expect(c.byRow.map((r) => [r.deadline, r.status])).toEqual([["2027-01-18", "逾期"], ["2027-01-18", "按期"]]);
  });

  test("what is certain without the year is said: published, or still open, before the year begins", () => {
    // Fewer than 20 working days have passed by 2026-12-31, whatever 2027's holidays are.
    const c = check("2026-12-30", undefined, { done: "2026-12-20", published: "2026-12-28" }, { done: "2026-12-20" }, { done: "2026-12-20", published: "2027-01-04" });
    expect(c.byRow.map((r) => [r.deadline, r.status])).toEqual([[null, "按期"], [null, "待公示"], [null, "无法判断"]]);
    expect(c.byRow[0].note).toContain("2027 年的节假日安排不在日历数据中");
    expect(check("2027-01-05", undefined, { done: "2026-12-20" }).byRow[0].status).toBe("无法判断");
  });

  test("the rule 结果公示及时 says 无法判断 with the reason, not only the rows", () => {
    const reading = prepareDraw(drawBook(), { today: "2026-03-01" }).reading;
    const disclosure = check("2027-02-01", undefined, { done: "2026-12-20", published: "2027-01-25" });
    const row = disclosureOnTime({ reading, disclosure } as Parameters<typeof disclosureOnTime>[0]);
    expect(row.verdict).toBe("无法判断");
    expect(row.detail).toContain(`${SHEET}!3:3`);
    expect(row.detail).toContain("2027 年的节假日安排不在日历数据中");
  });

  test("the quota report of a workbook uses the workbook's own 节假日安排", () => {
    const rows = sheet({ done: "2026-12-20", published: "2027-01-15" });
    const holidays: SheetData = { name: "节假日安排", rows: [["日期", "放假/上班", "依据"], ["2027-01-01", "放假", "国务院办公厅关于2027年部分节假日安排的通知"]] };
    const timely = (sheets: SheetData[]) => quotaReport(prepareDraw(sheets, { today: "2027-02-01" })).find((q) => q.rule === "结果公示及时")!;
    const bare = prepareDraw([...drawBook(), rows], { today: "2027-02-01" }).disclosure!.byRow[0];
    expect([bare.deadline, bare.status]).toEqual([null, "无法判断"]);
    expect(timely([...drawBook(), rows]).verdict).toBe("无法判断");
    const withSheet = prepareDraw([...drawBook(), rows, holidays], { today: "2027-02-01" }).disclosure!.byRow[0];
    // 2027-01-01 off: the 20th working day is 01-18, so 01-15 is in time.
    expect([withSheet.deadline, withSheet.status]).toEqual(["2027-01-18", "按期"]);
    expect(timely([...drawBook(), rows, holidays])).toMatchObject({ verdict: "达标", actual: "按期 1 行" });
  });
});
