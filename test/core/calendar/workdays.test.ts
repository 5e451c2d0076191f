import { addWorkdays, builtinDays, calendarCovers, CALENDAR_LAST_YEAR, deadline, isWorkday, type ExtraDays } from "../../../src/core/calendar/workdays";

describe("working days on the official calendar (国办 2025-11-04 notice for 2026)", () => {
  test.each(["2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"])("%s is a make-up working day", (d) => {
    expect(isWorkday(d)).toBe(true);
  });

  test.each(["2026-01-01", "2026-02-16", "2026-02-23", "2026-05-05", "2026-10-07", "2026-03-01"])("%s is not a working day", (d) => {
    expect(isWorkday(d)).toBe(false);
  });

  test("2026-02-10 + 10 working days = 2026-03-02 (the day itself not counted)", () => {
    expect(addWorkdays("2026-02-10", 10)).toEqual({ ok: true, date: "2026-03-02" });
    expect(addWorkdays("2026-09-25", 20)).toEqual({ ok: true, date: "2026-10-29" });
    expect(addWorkdays("2026-03-02", 0)).toEqual({ ok: true, date: "2026-03-02" });
  });

  test("a year the data does not cover is reported, never guessed Monday–Friday", () => {
    expect(isWorkday(`${CALENDAR_LAST_YEAR + 1}-01-01`)).toBeNull();
    const r = addWorkdays(`${CALENDAR_LAST_YEAR}-12-20`, 20);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toContain(`${CALENDAR_LAST_YEAR + 1} 年的节假日安排不在日历数据中`);
  });

  test("calendar days when the rule says 日", () => {
    expect(deadline("2026-02-10", 20, "日")).toEqual({ ok: true, date: "2026-03-02" });
    expect(deadline("2026-12-31", 1, "日")).toEqual({ ok: true, date: "2027-01-01" });
  });
});

describe("years a workbook's 节假日安排 adds (issue #16)", () => {
  // 2027 as a 节假日安排 sheet could give it: New Year's Day a Friday off, one Saturday worked.
  const extra: ExtraDays = { years: [2027], days: { "2027-01-01": false, "2027-02-06": true, "2027-02-08": false }, faulty: [] };

  test("a year with rows is a calendar year: its rows, else Monday to Friday", () => {
    expect(calendarCovers("2027-06-01")).toBe(false);
    expect(calendarCovers("2027-06-01", extra)).toBe(true);
    expect(calendarCovers("2028-06-01", extra)).toBe(false);
    expect(isWorkday("2027-01-01", extra)).toBe(false); // a Friday off
    expect(isWorkday("2027-02-06", extra)).toBe(true); // a Saturday worked
    expect(isWorkday("2027-01-04", extra)).toBe(true); // a plain Monday
    expect(isWorkday("2027-01-02", extra)).toBe(false); // a plain Saturday
    expect(isWorkday("2028-01-03", extra)).toBeNull();
  });

  test("built-in years are never changed by the rows", () => {
    const contrary: ExtraDays = { years: [2026], days: { "2026-10-01": true, "2026-03-02": false }, faulty: [] };
    expect(isWorkday("2026-10-01", contrary)).toBe(false);
    expect(isWorkday("2026-03-02", contrary)).toBe(true);
  });

  test("a count that runs into a year the rows cover goes on; into one they do not, it stops naming the year", () => {
    // 2026-12-20 (Sunday) + 20 working days: 9 in December 2026, then 2027 with 01-01 off → 2027-01-18.
    expect(addWorkdays("2026-12-20", 20, extra)).toEqual({ ok: true, date: "2027-01-18" });
    expect(deadline("2026-12-20", 20, "工作日", extra)).toEqual({ ok: true, date: "2027-01-18" });
    const without = addWorkdays("2026-12-20", 20);
    expect(without).toMatchObject({ ok: false, year: 2027, knownUntil: "2026-12-31" });
    expect(!without.ok && without.message).toContain("“节假日安排”表");
    // A gap: rows for 2028 do not carry a count through 2027.
    const gap = addWorkdays("2026-12-20", 20, { years: [2028], days: {}, faulty: [] });
    expect(gap).toMatchObject({ ok: false, year: 2027, knownUntil: "2026-12-31" });
    expect(!gap.ok && gap.message).toContain("“节假日安排”表有 2028 年");
  });

  test("a year whose rows have errors is not used, and the message says so", () => {
    const r = addWorkdays("2026-12-20", 20, { years: [], days: {}, faulty: [2027] });
    expect(r).toMatchObject({ ok: false, year: 2027 });
    expect(!r.ok && r.message).toContain("2027 年的行有错误");
  });

  test("the built-in days of a year, as a 节假日安排 sheet would list them", () => {
    const days = builtinDays(2026);
    expect(days.filter((d) => d.work).map((d) => d.date)).toEqual(["2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"]);
    expect(days.filter((d) => !d.work)).toHaveLength(33);
    expect(days[0]).toEqual({ date: "2026-01-01", work: false, holiday: "元旦" });
    expect(days.map((d) => d.date)).toEqual([...days.map((d) => d.date)].sort());
    for (const d of days) expect(isWorkday(d.date)).toBe(d.work);
    expect(builtinDays(CALENDAR_LAST_YEAR + 1)).toEqual([]);
  });
});
