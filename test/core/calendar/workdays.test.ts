import { addWorkdays, CALENDAR_LAST_YEAR, deadline, isWorkday } from "../../../src/core/calendar/workdays";

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
