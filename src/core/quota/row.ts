import { fractionAtLeast, type Fraction } from "../values/fraction";

export type Verdict = "达标" | "未达标" | "无法判断";

/** One rule of 抽查规则 checked against the plan and the draw: a row of 配额核验. */
export interface QuotaRow {
  rule: string;
  required: string;
  actual: string;
  verdict: Verdict;
  /** Which tasks or rows make the difference. */
  detail: string;
}

/** 达标 / 未达标, or 无法判断 where there is nothing to judge yet (null). */
export const verdict = (ok: boolean | null): Verdict => (ok === null ? "无法判断" : ok ? "达标" : "未达标");

/** "89/317（28.1%）": the exact counts, and the percent to one decimal for the eye (verdicts use the counts). */
export function share(n: number, d: number): string {
  if (d === 0) return "—";
  const tenths = Math.floor((n * 1000 + Math.floor(d / 2)) / d);
  return `${n}/${d}（${Math.floor(tenths / 10)}.${tenths % 10}%）`;
}

/** n/d ≥ f, in integers; false when there is nothing to count (d = 0). */
export const atLeast = (n: number, d: number, f: Fraction): boolean => d > 0 && fractionAtLeast({ num: n, den: d }, f);

/** The first ten items joined by 、, then “ 等 N 家” when there are more. */
export const firstTen = (items: readonly string[], unit: string): string =>
  `${items.slice(0, 10).join("、")}${items.length > 10 ? ` 等 ${items.length} ${unit}` : ""}`;
