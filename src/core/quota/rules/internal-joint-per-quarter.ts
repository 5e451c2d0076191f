import type { QuotaContext } from "../context";
import { quartersTouched } from "../quarters";
import { verdict, type QuotaRow } from "../row";

/**
 * 每季度内部联合抽查最少次数: 内部联合 tasks of the whole plan (not only those drawn now) whose
 * period touches each quarter of each year the plan's tasks start in.
 */
export function internalJointPerQuarter({ reading }: QuotaContext): QuotaRow {
  const min = reading.rules.internalJointPerQuarterMin;
  const years = [...new Set(reading.tasks.map((t) => t.start.slice(0, 4)).filter(Boolean))].sort();
  const perQuarter: string[] = [];
  let ok = years.length > 0;
  for (const year of years) {
    for (let q = 1; q <= 4; q++) {
      const n = reading.tasks.filter((t) => t.jointType === "内部联合" && t.start && t.end && quartersTouched(t.start, t.end, year).includes(q)).length;
      perQuarter.push(`${year}年第${q}季度 ${n} 次`);
      if (n < min) ok = false;
    }
  }
  return {
    rule: "每季度内部联合抽查最少次数",
    required: `每季度 ≥ ${min} 次（按任务期间所跨季度计）`,
    actual: perQuarter.join("；") || "无任务",
    verdict: verdict(years.length === 0 ? null : ok),
    detail: "",
  };
}
