import calendar from "chinese-days/dist/chinese-days.json";

/**
 * Working days on the official Chinese calendar (statutory holidays and 调休 make-up days), from
 * the data of chinese-days (pinned; each year's block cites its State Council notice), and for
 * later years from the workbook's 节假日安排 sheet (ExtraDays). A year neither covers is never
 * guessed as Monday–Friday: the answer is "unknown".
 */
const HOLIDAYS = new Set(Object.keys(calendar.holidays));
const MAKEUP_DAYS = new Set(Object.keys(calendar.workdays));
const YEARS = [...new Set(Object.keys(calendar.holidays).map((d) => d.slice(0, 4)))].sort();

export const CALENDAR_FIRST_YEAR = Number(YEARS[0]);
export const CALENDAR_LAST_YEAR = Number(YEARS[YEARS.length - 1]);

/**
 * What a workbook's 节假日安排 adds to the built-in calendar. A year with at least one row is taken
 * as published whole (the sheet stands for the year's notice): its other days are Monday–Friday.
 */
export interface ExtraDays {
  /** Years the sheet covers, ascending; never a built-in year. */
  years: number[];
  /** Date → true (上班, a make-up working day) or false (放假). */
  days: Record<string, boolean>;
  /** Years left out because one of their rows is in error: not used until corrected. */
  faulty: number[];
}

export const NO_EXTRA_DAYS: ExtraDays = { years: [], days: {}, faulty: [] };

const yearOf = (iso: string): number => Number(iso.slice(0, 4));
const builtIn = (year: number): boolean => year >= CALENDAR_FIRST_YEAR && year <= CALENDAR_LAST_YEAR;

export function calendarCovers(iso: string, extra?: ExtraDays): boolean {
  const y = yearOf(iso);
  return builtIn(y) || (extra?.years.includes(y) ?? false);
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

/** 0 = Sunday … 6 = Saturday. */
export function weekday(iso: string): number {
  return new Date(toTime(iso)).getUTCDay();
}

const isWeekend = (iso: string): boolean => {
  const w = weekday(iso);
  return w === 0 || w === 6;
};

/**
 * true / false on a covered date; null when the year's 节假日安排 is neither built in nor in
 * `extra`. Built-in years always answer from the built-in data.
 */
export function isWorkday(iso: string, extra?: ExtraDays): boolean | null {
  const y = yearOf(iso);
  if (builtIn(y)) {
    if (MAKEUP_DAYS.has(iso)) return true;
    if (HOLIDAYS.has(iso)) return false;
  } else {
    if (!extra?.years.includes(y)) return null;
    const day = extra.days[iso];
    if (day !== undefined) return day;
  }
  return !isWeekend(iso);
}

/** A built-in year's official days, by date: 放假 days (weekends inside a holiday included) and 上班 days. */
export function builtinDays(year: number): { date: string; work: boolean; holiday: string }[] {
  const prefix = `${year}-`;
  const pick = (days: Record<string, string>, work: boolean) =>
    Object.entries(days)
      .filter(([d]) => d.startsWith(prefix))
      // "Spring Festival,春节,4": the English name, the Chinese name, the number of days.
      .map(([date, what]) => ({ date, work, holiday: what.split(",")[1] ?? "" }));
  return [...pick(calendar.holidays, false), ...pick(calendar.workdays, true)].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

function uncovered(year: number, extra: ExtraDays | undefined): string {
  const sheet = extra?.faulty.includes(year)
    ? `；“节假日安排”表中 ${year} 年的行有错误，改正后才能使用`
    : extra?.years.length
      ? `；“节假日安排”表有 ${extra.years.join("、")} 年`
      : "";
  return `${year} 年的节假日安排不在日历数据中（内置 ${CALENDAR_FIRST_YEAR}–${CALENDAR_LAST_YEAR} 年${sheet}），无法按工作日计算。请按国务院办公厅公布的 ${year} 年节假日安排，在“节假日安排”表中逐日填写放假和调休上班的日期，或人工确定期限。`;
}

export type Deadline =
  | { ok: true; date: string }
  /** `knownUntil`: the last day counted; fewer than the working days asked for had passed by then. */
  | { ok: false; year: number; message: string; knownUntil: string };

/**
 * `n` working days after `iso` (the day itself not counted; 民法典 第二百零一条). Stops with a
 * message when the count runs into a year neither the built-in data nor `extra` covers.
 */
export function addWorkdays(iso: string, n: number, extra?: ExtraDays): Deadline {
  let t = toTime(iso);
  let left = n;
  while (left > 0) {
    t += DAY_MS;
    const day = toIso(t);
    const work = isWorkday(day, extra);
    if (work === null) {
      const year = yearOf(day);
      return { ok: false, year, message: uncovered(year, extra), knownUntil: toIso(t - DAY_MS) };
    }
    if (work) left -= 1;
  }
  return { ok: true, date: toIso(t) };
}

/** The deadline of a disclosure period: working days on the calendar, or plain calendar days. */
export function deadline(iso: string, n: number, unit: "工作日" | "日", extra?: ExtraDays): Deadline {
  return unit === "日" ? { ok: true, date: addDays(iso, n) } : addWorkdays(iso, n, extra);
}
