import type { Cell, SheetData } from "../../../src/core/grid/cell";
import { completeDraw, prepareDraw } from "../../../src/core/draw/session";
import { readWorkbook } from "../../../src/core/read/workbook";
import { baotouPlanBook } from "../../../scripts/samples/plan-books";
import { goldenBook } from "../draw/golden-book";
import { smallBook } from "../fixtures";

/** A 节假日安排 sheet as a clerk types it: a title line, the header in row 2, rows from row 3. */
const holidays = (rows: Cell[][], name = "节假日安排", header: Cell[] = ["日期", "放假/上班", "依据"]): SheetData => ({
  name,
  rows: [["2027年节假日安排（国务院办公厅通知）"], header, ...rows],
});
const NOTICE = "国务院办公厅关于2027年部分节假日安排的通知";
const read = (...rows: Cell[][]) => readWorkbook([...smallBook(), holidays(rows)], { today: "2026-12-01" });
const found = (r: ReturnType<typeof read>, code: string) => r.issues.filter((i) => i.code === code).map((i) => [i.severity, i.cell]);

describe("节假日安排: days the built-in calendar lacks, read like any input sheet", () => {
  test("found by its header whatever the sheet is called; its rows make 2027 a calendar year", () => {
    const book = [...smallBook(), holidays([["2027-01-01", "放假", NOTICE], ["2027年2月6日", "上班", NOTICE], [46438, "调休上班", NOTICE]], "2027放假")];
    const r = readWorkbook(book, { today: "2026-12-01" });
    expect(r.issues).toEqual([]);
    expect(r.sheets.holidays).toEqual({ sheet: "2027放假", headerRow: 2, rows: 3 });
    // 46438 is the Excel serial of 2027-02-20 (a Saturday).
    expect(r.calendar).toEqual({ years: [2027], days: { "2027-01-01": false, "2027-02-06": true, "2027-02-20": true }, faulty: [] });
  });

  test("header aliases, as other input sheets have them", () => {
    const r = readWorkbook([...smallBook(), holidays([["2027-01-01", "放假", "国办发明电"]], "Sheet9", ["公历日期", "放假或上班", "通知"])]);
    expect(r.sheets.holidays).toMatchObject({ sheet: "Sheet9", rows: 1 });
    expect(r.calendar.years).toEqual([2027]);
  });

  test("a book without the sheet has no extra years, and no other sheet is taken for it", () => {
    const r = readWorkbook(smallBook(), { today: "2026-12-01" });
    expect(r.sheets.holidays).toBeNull();
    expect(r.calendar).toEqual({ years: [], days: {}, faulty: [] });
  });

  test("a row that contradicts the built-in calendar is an error at its 放假/上班 cell", () => {
    const r = read(["2026-10-01", "上班", NOTICE], ["2026-03-02", "放假", NOTICE], ["2026-10-02", "放假", NOTICE], ["2026-10-10", "上班", NOTICE]);
    expect(found(r, "HOLIDAY_CONFLICT")).toEqual([["error", "B3"], ["error", "B4"]]);
    const [first, second] = r.issues.filter((i) => i.code === "HOLIDAY_CONFLICT");
    expect(first.message).toBe("节假日安排!B3：2026-10-01（星期四）按国务院办公厅公布的安排（已内置）是放假日，这里写的是“上班”；请改正或删去这一行。");
    expect(second.message).toContain("2026-03-02（星期一）按国务院办公厅公布的安排（已内置）是工作日，这里写的是“放假”");
    // Rows that agree (the template's 2026 rows) raise nothing and add nothing.
    expect(r.issues).toHaveLength(2);
    expect(r.calendar.years).toEqual([]);
  });

  test("bad dates, unknown words and blanks are errors at the cell; the row is not used", () => {
    const r = read(["2027-02-30", "放假", NOTICE], ["2027年2月", "放假", NOTICE], ["明年元旦", "放假", NOTICE], ["2027-10-01", "半天", NOTICE], [null, "放假", NOTICE], ["2027-10-02", null, NOTICE]);
    expect(found(r, "DATE_INVALID")).toEqual([["error", "A3"], ["error", "A4"], ["error", "A5"]]);
    expect(r.issues.find((i) => i.cell === "A4")!.message).toContain("只写到了月份");
    expect(found(r, "VALUE_INVALID")).toEqual([["error", "B6"]]);
    expect(r.issues.find((i) => i.cell === "B6")!.message).toBe("节假日安排!B6：“放假/上班”应填“放假”或“上班”（调休上班），不认识“半天”。");
    expect(found(r, "VALUE_MISSING")).toEqual([["error", "A7"], ["error", "B8"]]);
  });

  test("an error value in 日期 is an error, not a warning", () => {
    expect(found(read(["#N/A", "放假", NOTICE]), "ERROR_VALUE")).toEqual([["error", "A3"]]);
  });

  test("the same date twice is an error at the second, naming the first", () => {
    const r = read(["2027-01-01", "放假", NOTICE], ["2027/1/1", "放假", NOTICE]);
    expect(found(r, "HOLIDAY_DUPLICATE")).toEqual([["error", "A4"]]);
    expect(r.issues[0].message).toBe("节假日安排!A4：2027-01-01 在第 3 行已经填写；同一天只能写一行。");
  });

  test("a year with a row in error is not used until it is corrected: its deadlines are not guessed", () => {
    const r = read(["2027-01-01", "放假", NOTICE], ["2027-10-01", "半天", NOTICE], ["2028-01-01", "放假", NOTICE]);
    expect(r.calendar).toEqual({ years: [2028], days: { "2028-01-01": false }, faulty: [2027] });
  });

  test("上班 on a Monday-to-Friday day changes nothing: a warning, and the year still counts", () => {
    const r = read(["2027-01-04", "上班", NOTICE], ["2027-01-02", "放假", NOTICE]);
    expect(r.issues.map((i) => [i.severity, i.code, i.cell])).toEqual([["warning", "HOLIDAY_WORKDAY_REDUNDANT", "B3"]]);
    expect(r.issues[0].message).toBe("节假日安排!B3：2027-01-04 是星期一，本来就是工作日，写“上班”不起作用；调休上班只写周六、周日。");
    expect(r.calendar.years).toEqual([2027]);
  });
});

describe("节假日安排 is not part of the draw (docs/draw-spec.md §8)", () => {
  const sheet = holidays([["2027-01-01", "放假", NOTICE], ["2027-02-06", "上班", NOTICE]]);
  const META = { seed: "2026030112345678901234", seedSource: "typed" as const, time: "2026-03-02T09:30:00+08:00", operator: "张三" };
  const digests = (book: SheetData[], algorithm?: "dr-2026.1") => {
    const prepared = prepareDraw(book, { today: "2026-03-01", ...(algorithm ? { algorithm } : {}) });
    expect(prepared.plan.issues.filter((i) => i.severity === "error")).toEqual([]);
    const done = completeDraw(prepared, META);
    if (!done.ok) throw new Error("draw failed");
    return [prepared.plan.frameDigest, done.record.resultDigest, prepared.reading.calendar.years];
  };

  test.each([
    ["dr-2026.1", () => goldenBook(300), "dr-2026.1" as const],
    ["dr-2026.2", () => baotouPlanBook(), undefined],
  ])("%s: the same frame digest and result digest with and without the sheet; the sheet is read all the same", (_, book, algorithm) => {
    const [frame, result, years] = digests(book(), algorithm);
    expect(years).toEqual([]);
    expect(digests([...book(), sheet], algorithm)).toEqual([frame, result, [2027]]);
  });
});
