import type { QuotaContext } from "../context";
import { summarizeDisclosure } from "../disclosure";
import { firstTen, share, type QuotaRow } from "../row";

const NOTHING_YET = { actual: "尚无检查结果", verdict: "无法判断" } as const;

/**
 * 结果公示完整: every drawn unit has its 检查结果, a word of the vocabulary. 未达标 only where a row
 * is past its 公示截止日期 without one; rows not yet due leave it 无法判断, never 达标.
 */
export function disclosureComplete({ disclosure, draws }: QuotaContext): QuotaRow {
  const s = summarizeDisclosure(disclosure, draws);
  const base = { rule: "结果公示完整", required: "100%" };
  if (s.blank) return { ...base, ...NOTHING_YET, detail: "在“结果公示”表中填写检查结果和检查完成日期后重新核验" };
  const actual = share(s.filled, s.rows);
  if (s.filled === s.rows) return { ...base, actual, verdict: "达标", detail: "" };
  const invalid = s.invalid.length ? `检查结果不在规定的写法中：${firstTen(s.invalid, "行")}` : "";
  if (s.overdue.length) return { ...base, actual, verdict: "未达标", detail: [`已过公示截止日期仍未填检查结果：${firstTen(s.overdue, "行")}`, invalid].filter(Boolean).join("；") };
  const waiting = `尚有 ${s.rows - s.filled} 行未填检查结果，均未过公示截止日期（未填检查完成日期的行尚无截止日期）`;
  return { ...base, actual, verdict: "无法判断", detail: [invalid, waiting].filter(Boolean).join("；") };
}

/**
 * 结果公示及时: each result published within the period after the inspection was completed. 达标
 * needs at least one row published on time with an accepted result; rows still to come are named.
 */
export function disclosureOnTime({ reading, disclosure, draws }: QuotaContext): QuotaRow {
  const s = summarizeDisclosure(disclosure, draws);
  const r = reading.rules;
  const base = { rule: "结果公示及时", required: `检查完成后 ${r.disclosureDays} 个${r.disclosureUnit}内` };
  if (s.blank) return { ...base, ...NOTHING_YET, detail: "" };
  const late = s.late.length ? `逾期：${s.late.slice(0, 10).join("、")}` : "";
  const unknown = s.unknown.length ? `无法判断：${s.unknown.slice(0, 5).join("、")}${s.unknownWhy ? `（${s.unknownWhy.replace(/。$/u, "")}）` : ""}` : "";
  if (s.late.length) return { ...base, actual: `逾期 ${s.late.length} 行`, verdict: "未达标", detail: [late, unknown].filter(Boolean).join("；") };
  const actual = `按期 ${s.onTime} 行`;
  if (s.unknown.length) return { ...base, actual, verdict: "无法判断", detail: unknown };
  const pending = s.pending ? `${s.pending} 行待公示，未过公示截止日期` : "";
  if (s.onTime === 0) return { ...base, actual, verdict: "无法判断", detail: ["尚无按期公示的行", pending].filter(Boolean).join("；") };
  return { ...base, actual, verdict: "达标", detail: s.pending ? `另有 ${s.pending} 行尚未公示，均未过公示截止日期` : "" };
}
