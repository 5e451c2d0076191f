import type { Cell } from "../grid/cell";
import { parseChineseInteger } from "./number";
import { stripQualifiers } from "./ratio";
import { normalizeText } from "./text";
import { parseRiskGrade } from "./vocabulary";

/**
 * Why a value its parser refused is wrong, when it did read as a number: out of the range its
 * column allows, or not whole where a whole number is wanted. Only asked after a parser has said
 * no, so it never changes what is read — it only lets the message say what is wrong instead of
 * 无法识别. Null: not a number of that kind at all (the caller's own message stands).
 */
export interface ValueProblem {
  /** True: the number is outside its range (VALUE_OUT_OF_RANGE); false: it is not whole. */
  outOfRange: boolean;
  /** What follows the quoted value in a message, without the final 。: `超出范围：…`, `应为整数`. */
  says: string;
}

/** (0, 100 %]: 抽查比例或数量. */
export const QUANTITY_RATIO_RANGE = "比例应在 0%（不含）到 100% 之间";
/** [0, 100 %]: 分级比例 and the ratios of 抽查规则. */
export const RATIO_RANGE = "比例应在 0% 到 100% 之间";

const out = (says: string): ValueProblem => ({ outOfRange: true, says: `超出范围：${says}` });

/** NFKC, no white space or thousands separators, a leading minus sign (−, full-width －) as `-`. */
function compact(text: string): string {
  return normalizeText(text).replace(/[\s,]/g, "").replace(/^[−﹣－]/u, "-");
}

/** A signed decimal as typed (`-2`, `2.5`, `+3`) → its value; null when the text is something else. */
function signedDecimal(text: string): number | null {
  return /^[-+]?\d+(\.\d+)?$/.test(text) ? Number(text) : null;
}

/**
 * A ratio written as `150%`, `-5%`, `1500‰`, `百分之一百五十`, or (`bare`) a decimal such as `1.5`
 * → its value as a share of 1; null when the text is not a ratio of these forms.
 */
function ratioValue(text: string, bare: boolean): number | null {
  let m: RegExpExecArray | null;
  if ((m = /^(-?)(\d+(?:\.\d+)?)(%|‰)$/u.exec(text))) return Number(m[1] + m[2]) / (m[3] === "%" ? 100 : 1000);
  if ((m = /^(-?)(百|千|万)分之(.+)$/u.exec(text))) {
    const part = /^\d+(\.\d+)?$/.test(m[3]) ? Number(m[3]) : parseChineseInteger(m[3]);
    if (part === null) return null;
    return (m[1] === "-" ? -part : part) / { 百: 100, 千: 1000, 万: 10000 }[m[2] as "百" | "千" | "万"];
  }
  return bare ? signedDecimal(text) : null;
}

/**
 * A ratio out of its range: negative, above 100 %, or 0 where `zeroAllowed` is false. For 分级比例
 * entries and the ratio rules of 抽查规则 (0 % allowed there, as parseRatio reads it).
 */
export function ratioProblem(value: Cell, zeroAllowed: boolean): ValueProblem | null {
  let v: number | null = null;
  if (typeof value === "number") v = Number.isFinite(value) ? value : null;
  else if (typeof value === "string") {
    const t = stripQualifiers(compact(value)).replace(/^[−﹣－]/u, "-");
    v = ratioValue(t, false);
    // A decimal typed alone is a share of 1 (`0.05`): one below 0 is out of range; one above 1
    // (`5`) was more likely meant as a percentage, and the caller's own message asks for `5%`.
    const bare = signedDecimal(t);
    if (bare !== null && bare < 0) v = bare;
  }
  if (v === null) return null;
  return v < 0 || v > 1 || (v === 0 && !zeroAllowed) ? out(zeroAllowed ? RATIO_RANGE : QUANTITY_RATIO_RANGE) : null;
}

/**
 * 分级比例 that parseGradeRatios refused because an entry's ratio is out of [0, 100 %]: the first
 * such entry, as read (`B:150%`), and what is wrong with it.
 */
export function gradeRatiosProblem(value: Cell): { entry: string; problem: ValueProblem } | null {
  if (typeof value !== "string") return null;
  for (const entry of normalizeText(value).split(/[;；,，、\n]+/u)) {
    const m = /^(.+?)[:=]\s*(.+)$/u.exec(entry.trim());
    if (!m || parseRiskGrade(m[1]) === null) continue;
    const problem = ratioProblem(m[2], true);
    if (problem) return { entry: entry.trim(), problem };
  }
  return null;
}

/** The units parseCount takes after a count: `37户`, `10家`, `3家企业`. */
const COUNT_UNIT = /(户|家|个|家企业|个单位|家单位|户企业)$/u;

/** A number that is neither a ratio in (0, 1] nor a whole count ≥ 1 (a cell, or digits typed alone). */
function bareQuantityProblem(v: number): ValueProblem | null {
  if (v < 0) return out(`不能为负数；${QUANTITY_RATIO_RANGE}，数量至少 1 户`);
  if (v === 0) return out("比例应大于 0%，数量至少 1 户");
  if (v > 1 && !Number.isInteger(v)) return out(`作比例时应在 0%（不含）到 100% 之间（100% 即 1），作户数时应为整数`);
  return null;
}

/**
 * 抽查比例或数量 that parseQuantity refused: a ratio out of (0, 100 %], a count below 1 or not
 * whole, a bare number that is neither (`-3`, `0`, `1.5`). The words parseQuantity drops around a
 * value (不低于, 以上, …, and `≥` as plan tables write it) are dropped here too.
 */
export function quantityProblem(value: Cell): ValueProblem | null {
  if (typeof value === "number") return Number.isFinite(value) ? bareQuantityProblem(value) : null;
  if (typeof value !== "string") return null;
  const t = stripQualifiers(compact(value).replace(/^(?:≥|>=)/u, "")).replace(/^[−﹣－]/u, "-");
  const bare = signedDecimal(t);
  if (bare !== null) return bareQuantityProblem(bare);
  const ratio = ratioValue(t, false);
  if (ratio !== null) return ratio <= 0 || ratio > 1 ? out(QUANTITY_RATIO_RANGE) : null;
  const count = COUNT_UNIT.exec(t) ? signedDecimal(t.replace(COUNT_UNIT, "")) : null;
  if (count === null) return null;
  if (count < 1) return out("抽查数量至少 1 户");
  return Number.isInteger(count) ? null : { outOfRange: false, says: "应为整数户数" };
}

/** What integerProblem finds in `value`: below the minimum, not whole, or whole but with a unit the column does not take. */
export interface IntegerProblem {
  kind: "below" | "fraction" | "unit";
  value: number;
}

/**
 * A cell meant as a whole number ≥ `min` that parseInteger refused: below `min` (`-2`), not whole
 * (`2.5`, `2.5 人` — `units` are the words allowed after the number for this diagnosis), or whole
 * and in range but followed by a unit the column does not take (`3人`). Below `min` comes first:
 * `-2.5` is out of range before it is not whole. Null: not a decimal number at all.
 */
export function integerProblem(value: Cell, min: number, units?: RegExp): IntegerProblem | null {
  let v: number | null = null;
  let unit = false;
  if (typeof value === "number") v = Number.isFinite(value) ? value : null;
  else if (typeof value === "string") {
    let t = compact(value);
    if (units) {
      const bare = t.replace(units, "");
      unit = bare !== t;
      t = bare;
    }
    v = signedDecimal(t);
  }
  if (v === null) return null;
  if (v < min) return { kind: "below", value: v };
  if (!Number.isInteger(v)) return { kind: "fraction", value: v };
  return unit ? { kind: "unit", value: v } : null;
}

/** What to say of an IntegerProblem: `below` is what the column allows (`每组至少 2 人`). */
export function integerSays(problem: IntegerProblem, below: string): ValueProblem {
  if (problem.kind === "below") return out(below);
  return { outOfRange: false, says: problem.kind === "fraction" ? "应为整数" : `请只填数字，如 ${problem.value}` };
}
