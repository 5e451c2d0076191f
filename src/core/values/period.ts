import { daysInMonth, isoDate } from "./date";
import { normalizeText } from "./text";

/**
 * 抽查时间 typed in one cell, as plan tables print it: `2026 年 2 月至 12 月`, `2026 年 7-8 月`,
 * `2026年3月1日至11月30日`, `2026.3.1-2026.11.30`, `全年`, `上半年`, `第二季度`, or only a deadline,
 * `11月底前完成` (endOnly: the task then runs from the first day of that year). A month stands for
 * its first day at the start and its last day at the end. `year` is the plan's year for texts
 * that do not say it (from the table's title or plan code).
 */
export type Period = { ok: true; start: string; end: string; endOnly: boolean } | { ok: false; reason: "no-year" | "invalid" };

/** Words and dashes between the two ends; a plain hyphen only where nothing else separates them. */
const RANGE_SEPARATOR = /至|到|[~～—–]+/u;
const QUARTERS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, "1": 1, "2": 2, "3": 3, "4": 4 };

interface Point {
  year: number | null;
  month: number;
  day: number | null;
}

/** `2026年3月1日`, `2026.3.1`, `2026/3`, `3月`, `3月1日`, `3` (a bare month in a range `7-8月`). */
function point(text: string): Point | null {
  const dotted = /^(?:(\d{4})[./-])?(\d{1,2})(?:[./-](\d{1,2}))?$/.exec(text);
  if (dotted && text.length > 0) return { year: dotted[1] ? Number(dotted[1]) : null, month: Number(dotted[2]), day: dotted[3] ? Number(dotted[3]) : null };
  const written = /^(?:(\d{4})年)?(\d{1,2})月(?:(\d{1,2})[日号])?$/u.exec(text);
  if (written) return { year: written[1] ? Number(written[1]) : null, month: Number(written[2]), day: written[3] ? Number(written[3]) : null };
  return null;
}

function iso(p: Point, year: number, end: boolean): string | null {
  if (p.month < 1 || p.month > 12) return null;
  return isoDate(p.year ?? year, p.month, p.day ?? (end ? daysInMonth(p.year ?? year, p.month) : 1));
}

export function parsePeriod(value: string, planYear: string | null): Period {
  const t = normalizeText(value).replace(/\s+/g, "").replace(/[。.]$/u, "").replace(/^于/u, "");
  if (t === "") return { ok: false, reason: "invalid" };
  const stated = /^(\d{4})年?/.exec(t);
  const yearOf = stated ? Number(stated[1]) : planYear ? Number(planYear) : null;
  const rest = stated ? t.slice(stated[0].length) : t;

  // Whole spans of a year.
  const span = /^(全年|上半年|下半年|第([一二三四1-4])季度)$/u.exec(rest);
  if (span) {
    if (yearOf === null) return { ok: false, reason: "no-year" };
    const [from, to] = span[1] === "全年" ? [1, 12] : span[1] === "上半年" ? [1, 6] : span[1] === "下半年" ? [7, 12] : [QUARTERS[span[2]] * 3 - 2, QUARTERS[span[2]] * 3];
    return { ok: true, start: isoDate(yearOf, from, 1)!, end: isoDate(yearOf, to, daysInMonth(yearOf, to))!, endOnly: false };
  }

  // A deadline only: "11月底前完成", "2026年10月31日前", "年底前".
  const deadline = /^(?:(\d{1,2})月(?:(\d{1,2})[日号])?|年)(底|末)?(之?前|以前)(完成|结束)?$/u.exec(rest);
  // "N月前" alone is left out: it may mean before the month or by its end.
  if (deadline && (deadline[2] !== undefined || deadline[3] !== undefined)) {
    if (yearOf === null) return { ok: false, reason: "no-year" };
    const month = deadline[1] ? Number(deadline[1]) : 12;
    if (month < 1 || month > 12) return { ok: false, reason: "invalid" };
    const end = isoDate(yearOf, month, deadline[2] ? Number(deadline[2]) : daysInMonth(yearOf, month));
    return end ? { ok: true, start: isoDate(yearOf, 1, 1)!, end, endOnly: true } : { ok: false, reason: "invalid" };
  }

  // A range "A至B" (the year of A carries to B when B has none), or one month.
  let parts = t.split(RANGE_SEPARATOR);
  if (parts.length === 1 && !/^\d{4}-\d{1,2}(-\d{1,2})?$/.test(t)) parts = t.split(/-+/);
  if (parts.length > 2) return { ok: false, reason: "invalid" };
  let [a, b] = parts.length === 2 ? parts : [t, t];
  // "2026年7-8月": the unit after the second number belongs to the first too.
  if (parts.length === 2 && /^\d{4}年\d{1,2}$/.test(a) && /^\d{1,2}月$/u.test(b)) a = `${a}月`;
  if (parts.length === 2 && /^\d{1,2}$/.test(a) && /^\d{1,2}月$/u.test(b)) a = `${a}月`;
  b = b || a;
  const from = point(a);
  const to = point(b);
  if (!from || !to) return { ok: false, reason: "invalid" };
  const year = from.year ?? yearOf;
  if (year === null) return { ok: false, reason: "no-year" };
  const start = iso(from, year, false);
  const end = iso(to, to.year ?? year, true);
  if (!start || !end || start > end) return { ok: false, reason: "invalid" };
  return { ok: true, start, end, endOnly: false };
}
