import type { Cell } from "../grid/cell";
import { normalizeText } from "./text";

/** Which end of a month a month-only date ("2026年3月") stands for. */
export type DateEnd = "start" | "end";

const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
const MAX_SERIAL = 2_958_465; // 9999-12-31

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

export function isoDate(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 9999 || m < 1 || m > 12 || d < 1) return null;
  if (d > daysInMonth(y, m)) return null;
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

export function daysInMonth(y: number, m: number): number {
  return [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
}

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Excel serial (1900 date system; serial 60 is Excel's phantom 1900-02-29) → ISO date. */
export function serialToIso(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > MAX_SERIAL) return null;
  const whole = Math.floor(serial);
  if (whole === 60) return null;
  const days = whole < 60 ? whole + 1 : whole;
  const d = new Date(EXCEL_EPOCH_UTC + days * DAY_MS);
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** ISO date → Excel serial (1900 system). */
export function isoToSerial(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number);
  const days = (Date.UTC(y, m - 1, d) - EXCEL_EPOCH_UTC) / DAY_MS;
  return days < 61 ? days - 1 : days;
}

/**
 * Reads the date forms staff type: Excel serials, 2026-03-01, 2026/3/1, 2026.3.1, 20260301,
 * 2026年3月1日, and month-only 2026年3月 / 2026-03 (first or last day, per `end`).
 * Returns `YYYY-MM-DD` or null.
 */
export function parseDate(value: Cell, end: DateEnd = "start"): string | null {
  const iso = parseAnyDate(value, end);
  // A year before 1950 is a typo or a mistaken serial (a bare "2026" read as 1905-07-18), never data.
  return iso !== null && iso >= MIN_DATE ? iso : null;
}

const MIN_DATE = "1950-01-01";

/** "YYYY-MM-DD" exactly, ASCII digits: the form most cells hold, read without the normaliser or a regular expression. */
function isIsoShaped(v: string): boolean {
  if (v.length !== 10 || v.charCodeAt(4) !== 0x2d || v.charCodeAt(7) !== 0x2d) return false;
  for (let i = 0; i < 10; i++) {
    const c = v.charCodeAt(i);
    if (i !== 4 && i !== 7 && (c < 0x30 || c > 0x39)) return false;
  }
  return true;
}

function digitsAt(v: string, at: number, n: number): number {
  let x = 0;
  for (let i = at; i < at + n; i++) x = 10 * x + (v.charCodeAt(i) - 0x30);
  return x;
}

function parseAnyDate(value: Cell, end: DateEnd): string | null {
  if (typeof value === "number") {
    if (Number.isInteger(value) && value >= 19000101 && value <= 99991231) return fromDigits(String(value));
    return serialToIso(value);
  }
  if (typeof value !== "string") return null;
  if (isIsoShaped(value)) return isoDate(digitsAt(value, 0, 4), digitsAt(value, 5, 2), digitsAt(value, 8, 2));
  const t = normalizeText(value).replace(/\s+/g, "");
  if (t === "") return null;
  let m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(t);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{4})[-/.年](\d{1,2})月?$/.exec(t);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    if (mo < 1 || mo > 12) return null;
    return isoDate(y, mo, end === "start" ? 1 : daysInMonth(y, mo));
  }
  if (/^\d{8}$/.test(t)) return fromDigits(t);
  if (/^\d+(\.\d+)?$/.test(t)) return serialToIso(Number(t));
  return null;
}

function fromDigits(t: string): string | null {
  return isoDate(Number(t.slice(0, 4)), Number(t.slice(4, 6)), Number(t.slice(6, 8)));
}
