import type { Cell } from "../grid/cell";
import { fraction, type Fraction } from "./fraction";
import { parseChineseInteger, parseInteger } from "./number";
import type { GradeRatios, Quantity, RiskGrade } from "../model";
import { normalizeText } from "./text";
import { parseRiskGrade } from "./vocabulary";

/** Words around a quota that do not change it: "3%以上", "不低于3%", "约". */
const QUALIFIERS = /^(不低于|不少于|至少|约|按|抽取|抽查)|(以上|及以上|左右|为宜)$/gu;

export function stripQualifiers(t: string): string {
  let prev = "";
  let s = t;
  while (s !== prev) {
    prev = s;
    s = s.replace(QUALIFIERS, "");
  }
  return s;
}

/** Decimal text → exact fraction of `unit` (100 for %, 1000 for ‰). */
function decimalFraction(text: string, unit: number): Fraction | null {
  const m = /^(\d+)(?:\.(\d{1,6}))?$/.exec(text);
  if (!m) return null;
  const places = m[2]?.length ?? 0;
  const num = Number(m[1] + (m[2] ?? ""));
  return fraction(num, unit * 10 ** places);
}

/**
 * A ratio typed as `3%`, `3.5%`, `5‰`, `千分之五`, `百分之三`, `0.03` → exact fraction, or null.
 * Ratios above 100% are refused (null).
 */
export function parseRatio(value: Cell): Fraction | null {
  let f: Fraction | null = null;
  if (typeof value === "number") {
    // Excel stores 3% as 0.03; the shortest decimal form is what the user typed.
    f = value >= 0 && value <= 1 ? decimalFraction(String(value), 1) : null;
  } else if (typeof value === "string") {
    const t = stripQualifiers(normalizeText(value).replace(/\s+/g, ""));
    let m: RegExpExecArray | null;
    if ((m = /^(\d+(?:\.\d+)?)%$/.exec(t))) f = decimalFraction(m[1], 100);
    else if ((m = /^(\d+(?:\.\d+)?)‰$/.exec(t))) f = decimalFraction(m[1], 1000);
    else if ((m = /^(百|千|万)分之(.+)$/u.exec(t))) {
      const unit = { 百: 100, 千: 1000, 万: 10000 }[m[1] as "百" | "千" | "万"];
      const part = /^\d+(\.\d+)?$/.test(m[2]) ? m[2] : String(parseChineseInteger(m[2]) ?? "");
      f = part ? decimalFraction(part, unit) : null;
    } else if (/^0(\.\d{1,6})?$|^1(\.0+)?$/.test(t)) f = decimalFraction(t, 1);
  }
  return f && f.num <= f.den ? f : null;
}

/** A fixed count: `37户`, `10家`, `9`, `9个`, `三十七户`. */
export function parseCount(value: Cell): number | null {
  if (typeof value === "number") return Number.isInteger(value) && value > 0 ? value : null;
  if (typeof value !== "string") return null;
  const t = stripQualifiers(normalizeText(value).replace(/\s+/g, "")).replace(/(户|家|个|家企业|个单位|家单位|户企业)$/u, "");
  const n = parseInteger(t);
  return n !== null && n > 0 ? n : null;
}

const BY_GRADE = /^(按|依据|根据)?(信用)?(风险)?(等级|分级|分类)(比例)?(抽取|抽查)?$/u;

/**
 * 抽查比例或数量: a ratio, a fixed count, or "按风险等级" (ratios per grade in 分级比例).
 * Numbers in (0, 1] are ratios (a percent-formatted cell); whole numbers ≥ 1 are counts.
 */
export function parseQuantity(value: Cell): Quantity | null {
  const text = typeof value === "string" ? normalizeText(value) : value === null ? "" : String(value);
  if (typeof value === "number") {
    if (value > 0 && value < 1) {
      const ratio = parseRatio(value);
      return ratio ? { kind: "ratio", ratio, text } : null;
    }
    const count = parseCount(value);
    return count ? { kind: "count", count, text } : null;
  }
  if (typeof value !== "string") return null;
  if (BY_GRADE.test(text.replace(/\s+/g, ""))) return { kind: "byGrade", text };
  const ratio = parseRatio(value);
  if (ratio) return ratio.num > 0 ? { kind: "ratio", ratio, text } : null;
  const count = parseCount(value);
  return count ? { kind: "count", count, text } : null;
}

/** 分级比例 `A:3%;B:5%;C:10%;D:30%` (also 低风险：1%，高风险：30%, 未分级:5%). */
export function parseGradeRatios(value: Cell): GradeRatios | null {
  if (typeof value !== "string") return null;
  const parts = normalizeText(value)
    .split(/[;；,，、\n]+/u)
    .map((s) => s.trim())
    .filter(Boolean);
  if (parts.length === 0) return null;
  const out: GradeRatios = {};
  for (const part of parts) {
    const m = /^(.+?)[:=]\s*(.+)$/u.exec(part);
    if (!m) return null;
    const grade: RiskGrade | null = parseRiskGrade(m[1]);
    const ratio = parseRatio(m[2]);
    if (!grade || !ratio || grade in out) return null;
    out[grade] = ratio;
  }
  return out;
}
