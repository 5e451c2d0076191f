import { isWorkday, weekday, type ExtraDays } from "../calendar/workdays";
import type { IssueList } from "../issue";
import { parseDate } from "../values/date";
import { compactKey } from "../values/text";
import type { Recognised } from "./recognize";
import { requireText } from "./required";
import { dataRows } from "./rows";
import type { SheetSchema } from "./schema";

const OFF = new Set(["放假", "休息", "休假", "假日", "节假日", "放假调休", "休"]);
const ON = new Set(["上班", "调休上班", "补班", "调班", "工作日", "班"]);

/** 放假 → false, 上班 (调休上班, 补班…) → true, anything else → null. */
export function parseDayKind(value: string): boolean | null {
  const k = compactKey(value);
  return OFF.has(k) ? false : ON.has(k) ? true : null;
}

const WEEKDAYS = ["星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"];

/**
 * Reads 节假日安排: one row per official day off (放假) or make-up working day (上班). Rows of a
 * built-in year must agree with the built-in data; the rows of a later year make it a calendar
 * year, unless one of them is in error (the year is then left out, so no deadline in it is guessed).
 */
export function readHolidays(rec: Recognised, schema: SheetSchema, issues: IssueList): { calendar: ExtraDays; rows: number } {
  const days: Record<string, boolean> = {};
  const years = new Set<number>();
  const faulty = new Set<number>();
  const seen = new Map<string, number>();
  let rows = 0;
  for (const row of dataRows(rec, schema, issues)) {
    rows += 1;
    const typedDate = requireText(row, "date", "日期");
    const word = requireText(row, "kind", "放假/上班");
    let date: string | null = null;
    if (typedDate !== "") {
      const cell = row.value("date");
      date = parseDate(cell);
      if (date === null) row.error("DATE_INVALID", "date", `日期“${typedDate}”无法识别，请写成 2027-01-01 或 2027年1月1日 这样的某一天。`);
      else if (date !== parseDate(cell, "end")) {
        row.error("DATE_INVALID", "date", `日期“${typedDate}”只写到了月份，请逐日填写（如 2027-01-01）。`);
        date = null;
      }
    }
    const work = word === "" ? null : parseDayKind(word);
    if (word !== "" && work === null) row.error("VALUE_INVALID", "kind", `“放假/上班”应填“放假”或“上班”（调休上班），不认识“${word}”。`);
    if (date === null) continue;
    const year = Number(date.slice(0, 4));
    const builtIn = isWorkday(date);
    if (work === null) {
      if (builtIn === null) faulty.add(year);
      continue;
    }
    const first = seen.get(date);
    if (first !== undefined) {
      row.error("HOLIDAY_DUPLICATE", "date", `${date} 在第 ${first} 行已经填写；同一天只能写一行。`);
      if (builtIn === null) faulty.add(year);
      continue;
    }
    seen.set(date, row.row);
    const day = WEEKDAYS[weekday(date)];
    if (builtIn !== null && builtIn !== work) {
      row.error(
        "HOLIDAY_CONFLICT",
        "kind",
        `${date}（${day}）按国务院办公厅公布的安排（已内置）是${builtIn ? "工作日" : "放假日"}，这里写的是“${work ? "上班" : "放假"}”；请改正或删去这一行。`,
      );
      continue;
    }
    const plainWeekday = weekday(date) !== 0 && weekday(date) !== 6;
    if (work && plainWeekday && (builtIn === null || builtIn)) {
      row.warning("HOLIDAY_WORKDAY_REDUNDANT", "kind", `${date} 是${day}，本来就是工作日，写“上班”不起作用；调休上班只写周六、周日。`);
    }
    if (builtIn !== null) continue;
    years.add(year);
    days[date] = work;
  }
  const used = [...years].filter((y) => !faulty.has(y)).sort((a, b) => a - b);
  const kept: Record<string, boolean> = {};
  for (const [date, work] of Object.entries(days)) if (used.includes(Number(date.slice(0, 4)))) kept[date] = work;
  return { calendar: { years: used, days: kept, faulty: [...faulty].sort((a, b) => a - b) }, rows };
}
