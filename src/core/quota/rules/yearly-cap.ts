import type { QuotaContext } from "../context";
import { firstTen, verdict, type QuotaRow } from "../row";

/**
 * 同一对象年度抽查上限: selections of each unit per year (its 本年已检查次数 included) stay within
 * the cap. Before the draw, whether tasks will share a unit is not known.
 */
export function yearlyCap({ reading, after, drawn, stage }: QuotaContext): QuotaRow {
  const cap = reading.rules.yearlyCapPerTarget;
  const base = { rule: "同一对象年度抽查上限", required: `≤ ${cap} 次/年` };
  if (!after) return { ...base, actual: "已达上限的单位不参加抽取" + stage, verdict: "无法判断", detail: "多个任务是否抽中同一单位，抽取后判断" };
  // Selections per year and target, in the order first drawn (no composite string keys: a
  // million-target draw has tens of thousands of them).
  const counts: { uscc: string; n: number }[] = [];
  const byYear = new Map<string, Map<string, { uscc: string; n: number }>>();
  for (const d of drawn) {
    const year = d.task.start.slice(0, 4);
    let ofYear = byYear.get(year);
    if (!ofYear) byYear.set(year, (ofYear = new Map()));
    const entry = ofYear.get(d.target.uscc);
    if (entry) entry.n += 1;
    else {
      const made = { uscc: d.target.uscc, n: 1 };
      ofYear.set(made.uscc, made);
      counts.push(made);
    }
  }
  const over: string[] = [];
  const byId = new Map(drawn.map((d) => [d.target.uscc, d.target]));
  for (const { uscc, n } of counts) {
    const t = byId.get(uscc)!;
    const total = n + (t.checksThisYear ?? 0);
    if (total > cap) over.push(`${uscc}（${t.name}）${total} 次`);
  }
  return {
    ...base,
    actual: over.length ? `超过：${firstTen(over, "家")}` : "无单位超过",
    verdict: verdict(over.length === 0),
    detail: "含本年已检查次数；同一次抽取中被多个任务抽中的单位宜合并为一次检查（进一次门、查多项事）",
  };
}
