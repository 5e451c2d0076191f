import type { Cell } from "../grid/cell";
import type { Quantity } from "../model";
import { quantityProblem, ratioProblem, type ValueProblem } from "./range";
import { parseQuantity, parseRatio } from "./ratio";
import { cellText } from "./text";

/**
 * 抽查比例或数量 as published plan tables word it (dr-2026.2): besides what parseQuantity reads,
 * a floor in a sentence (`按照信用风险等级1%-50%的抽查比例不低于3%` → 3 %), and whether the text
 * ties the draw to credit-risk grades (`结合企业信用风险等级, 3%以上`: by grade where the task gives
 * 分级比例). Texts that defer to another plan (`按照市政府批准的…数量开展`, `执法计划内100%`) give
 * no number to draw by: the clerk has to put one in.
 */
export type PlanQuantity = { ok: true; quantity: Quantity; byGrade: boolean } | { ok: false; reason: "no-number" | "invalid" };

/** Wordings that hand the number over to some other plan. */
const DEFERRED = /计划内|(按照?|根据|依据).*(计划|规定|批准)|批准的.*数量|计划.*确定/u;
const MENTIONS_GRADES = /(信用)?风险(等级|分级|分类)|信用等级/u;
/**
 * A percentage with a floor word before or after it. Before `以上` the number is taken whole and
 * without a minus sign in front (`-5%以上` is not 5 %); a hyphen after a number or a `%` is a range
 * (`1%-5%以上`).
 */
const FLOOR = /(?:不低于|不少于|至少|≥|>=)(\d+(?:\.\d+)?)%|(?<![\d.])(?<!(?:^|[^\d%])[-−])(\d+(?:\.\d+)?)%(?:以上|及以上)/u;
/** A clause, a comma and the quantity after it. */
const TAIL = /^(?:结合|按照?|根据|依据)?[^,，;；]*[,，;；](.+)$/u;

export function parsePlanQuantity(value: Cell): PlanQuantity {
  const text = cellText(value);
  const compact = text.replace(/\s+/g, "");
  const byGrade = MENTIONS_GRADES.test(compact);
  const direct = parseQuantity(typeof value === "string" ? compact.replace(/^(?:≥|>=)/u, "") : value);
  if (direct) return { ok: true, quantity: direct, byGrade: direct.kind === "byGrade" };
  if (DEFERRED.test(compact)) return { ok: false, reason: "no-number" };
  const floor = FLOOR.exec(compact);
  if (floor) {
    const ratio = parseRatio(`${floor[1] ?? floor[2]}%`);
    if (ratio && ratio.num > 0) return { ok: true, quantity: { kind: "ratio", ratio, text }, byGrade };
    return { ok: false, reason: "invalid" };
  }
  const tail = TAIL.exec(compact);
  if (tail) {
    const rest = parseQuantity(tail[1]);
    if (rest && rest.kind !== "byGrade") return { ok: true, quantity: { ...rest, text }, byGrade };
  }
  if (byGrade && /\d+(?:\.\d+)?%[-~～—至到]+\d+(?:\.\d+)?%/u.test(compact)) return { ok: true, quantity: { kind: "byGrade", text }, byGrade: true };
  return { ok: false, reason: "invalid" };
}

/**
 * What is wrong with a text parsePlanQuantity found `invalid`, where a number in it is out of range
 * or not whole (values/range.ts), looked for where parsePlanQuantity looks: the text as a whole,
 * the floor, the quantity after a clause. Null: nothing there reads as a number.
 */
export function planQuantityProblem(value: Cell): ValueProblem | null {
  const whole = quantityProblem(value);
  if (whole || typeof value !== "string") return whole;
  const compact = cellText(value).replace(/\s+/g, "");
  const floor = FLOOR.exec(compact);
  if (floor) return ratioProblem(`${floor[1] ?? floor[2]}%`, false);
  const tail = TAIL.exec(compact);
  return tail ? quantityProblem(tail[1]) : null;
}
