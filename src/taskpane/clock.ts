/** The clock, read by the pane (never by the core): local date and ISO time with offset. */

const pad = (n: number): string => String(Math.floor(Math.abs(n))).padStart(2, "0");

/** `YYYY-MM-DD` in local time. */
export function localDate(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** ISO 8601 with the local offset, to the second: `2026-03-01T09:30:05+08:00`. */
export function localIsoTime(d: Date): string {
  const offset = -d.getTimezoneOffset();
  const sign = offset >= 0 ? "+" : "-";
  return `${localDate(d)}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}${sign}${pad(offset / 60)}:${pad(offset % 60)}`;
}
