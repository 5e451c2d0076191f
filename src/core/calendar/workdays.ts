import calendar from "chinese-days/dist/chinese-days.json";

/**
 * Working days on the official Chinese calendar (statutory holidays and 调休 make-up days), from
 * the data of chinese-days (pinned; each year's block cites its State Council notice). A year the
 * data does not cover is never guessed as Monday–Friday: the answer is "unknown".
 */
const HOLIDAYS = new Set(Object.keys(calendar.holidays));
const MAKEUP_DAYS = new Set(Object.keys(calendar.workdays));
const YEARS = [...new Set(Object.keys(calendar.holidays).map((d) => d.slice(0, 4)))].sort();

export const CALENDAR_FIRST_YEAR = Number(YEARS[0]);
export const CALENDAR_LAST_YEAR = Number(YEARS[YEARS.length - 1]);

export function calendarCovers(iso: string): boolean {
  const y = Number(iso.slice(0, 4));
  return y >= CALENDAR_FIRST_YEAR && y <= CALENDAR_LAST_YEAR;
}

const DAY_MS = 86_400_000;

function toTime(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number);
  return Date.UTC(y, m - 1, d);
}

function toIso(t: number): string {
  const d = new Date(t);
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}-${String(d.getUTCDate()).padStart(2, "0")}`;
}

export function addDays(iso: string, n: number): string {
  return toIso(toTime(iso) + n * DAY_MS);
}

/** true / false on a covered date; null when the year's 节假日安排 is not in the data. */
export function isWorkday(iso: string): boolean | null {
  if (!calendarCovers(iso)) return null;
  if (MAKEUP_DAYS.has(iso)) return true;
  if (HOLIDAYS.has(iso)) return false;
  const weekday = new Date(toTime(iso)).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

export type Deadline = { ok: true; date: string } | { ok: false; year: number; message: string };

/**
 * `n` working days after `iso` (the day itself not counted; 民法典 第二百零一条). Stops with a
 * message when the count runs into a year the calendar does not cover.
 */
export function addWorkdays(iso: string, n: number): Deadline {
  let t = toTime(iso);
  let left = n;
  while (left > 0) {
    t += DAY_MS;
    const day = toIso(t);
    const work = isWorkday(day);
    if (work === null) {
      const year = Number(day.slice(0, 4));
      return { ok: false, year, message: `${year} 年的节假日安排不在日历数据中（现有 ${CALENDAR_FIRST_YEAR}–${CALENDAR_LAST_YEAR} 年），无法按工作日计算，请人工确定期限。` };
    }
    if (work) left -= 1;
  }
  return { ok: true, date: toIso(t) };
}

/** The deadline of a disclosure period: working days on the calendar, or plain calendar days. */
export function deadline(iso: string, n: number, unit: "工作日" | "日"): Deadline {
  return unit === "日" ? { ok: true, date: addDays(iso, n) } : addWorkdays(iso, n);
}
