import { localDate, localIsoTime, type ClockReading } from "../../../src/core/values/local-time";

/** 2026-03-01 09:05:07 on a clock `offset` minutes ahead of UTC. */
const at = (offset: number, y = 2026, m = 2, d = 1, h = 9, min = 5, s = 7): ClockReading => ({
  getFullYear: () => y,
  getMonth: () => m,
  getDate: () => d,
  getHours: () => h,
  getMinutes: () => min,
  getSeconds: () => s,
  getTimezoneOffset: () => -offset,
});

describe("local time as ISO 8601", () => {
  test.each([
    [480, "2026-03-01T09:05:07+08:00"], // China
    [0, "2026-03-01T09:05:07+00:00"],
    [-210, "2026-03-01T09:05:07-03:30"], // Newfoundland
    [345, "2026-03-01T09:05:07+05:45"], // Nepal
    [840, "2026-03-01T09:05:07+14:00"], // Kiribati
    [-720, "2026-03-01T09:05:07-12:00"],
    [-30, "2026-03-01T09:05:07-00:30"], // a sign with zero hours
  ])("offset %i min → %s", (offset, expected) => {
    expect(localIsoTime(at(offset))).toBe(expected);
  });

  test("single digits are padded; the date is the local one", () => {
    expect(localDate(at(480, 2026, 0, 9))).toBe("2026-01-09");
    expect(localIsoTime(at(480, 2027, 11, 31, 23, 59, 59))).toBe("2027-12-31T23:59:59+08:00");
  });

  test("a real Date in this process's zone reads back as the same instant", () => {
    const d = new Date(Date.UTC(2026, 2, 1, 1, 5, 7));
    expect(Date.parse(localIsoTime(d))).toBe(d.getTime());
  });
});
