/**
 * A moment as the local clock shows it: what a `Date` offers. The hosts read the clock and hand
 * the core a reading; the core only writes it down.
 */
export interface ClockReading {
  getFullYear(): number;
  getMonth(): number;
  getDate(): number;
  getHours(): number;
  getMinutes(): number;
  getSeconds(): number;
  /** Minutes to add to local time to get UTC (−480 in China), as Date.getTimezoneOffset. */
  getTimezoneOffset(): number;
}

const pad = (n: number): string => String(Math.floor(Math.abs(n))).padStart(2, "0");

/** `YYYY-MM-DD` in local time. */
export function localDate(d: ClockReading): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** ISO 8601 with the local offset, to the second: `2026-03-01T09:30:05+08:00`. */
export function localIsoTime(d: ClockReading): string {
  const offset = -d.getTimezoneOffset();
  const sign = offset >= 0 ? "+" : "-";
  return `${localDate(d)}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}${sign}${pad(offset / 60)}:${pad(offset % 60)}`;
}
