import type { Cell } from "../grid/cell";
import { isErrorValue } from "../grid/cell";
import { normalizeText } from "./text";

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 两: 2, 三: 3, 叁: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
const UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000, 万: 10000 };

/** Chinese numerals up to 万 ("三十七", "十", "一百零五"). Null when the text is not one. */
export function parseChineseInteger(text: string): number | null {
  if (!text || ![...text].every((ch) => ch in DIGITS || ch in UNITS)) return null;
  let total = 0;
  let section = 0;
  let digit = -1;
  for (const ch of text) {
    if (ch in DIGITS) {
      if (digit > 0) return null; // "三七": digits without a unit between them are not a number
      digit = DIGITS[ch];
      continue;
    }
    const unit = UNITS[ch];
    if (unit === 10000) {
      total += (section + Math.max(digit, 0)) * unit;
      section = 0;
    } else {
      section += (digit < 0 ? 1 : digit) * unit;
    }
    digit = -1;
  }
  return total + section + Math.max(digit, 0);
}

/**
 * A decimal number typed as text or stored as a number: NFKC, thousands separators and spaces
 * removed. Returns the exact decimal string ("3.5", "-2", "37") or null.
 */
export function decimalText(value: Cell): string | null {
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : null;
  if (typeof value !== "string" || isErrorValue(value)) return null;
  const t = normalizeText(value).replace(/[\s,]/g, "");
  if (/^[-+]?\d+(\.\d+)?$/.test(t)) return t.replace(/^\+/, "");
  return null;
}

/** A non-negative integer from a number, digits as text, or Chinese numerals. */
export function parseInteger(value: Cell): number | null {
  if (typeof value === "number") return Number.isInteger(value) && value >= 0 ? value : null;
  if (typeof value !== "string") return null;
  const t = normalizeText(value).replace(/[\s,]/g, "");
  if (/^\d+$/.test(t)) return Number(t);
  if (/^\d+\.0+$/.test(t)) return Number(t.split(".")[0]);
  return parseChineseInteger(t);
}
