import type { QuotaContext } from "../context";
import { firstTen, share, verdict, type QuotaRow } from "../row";

/** 结果公示完整: every row of 结果公示 has its 检查结果. */
export function disclosureComplete({ disclosure: dc }: QuotaContext): QuotaRow {
  const base = { rule: "结果公示完整", required: "100%" };
  if (!dc) return { ...base, actual: "尚无检查结果", verdict: "无法判断", detail: "在“结果公示”表中填写检查结果和检查完成日期后重新核验" };
  return {
    ...base,
    actual: share(dc.filled, dc.rows),
    verdict: verdict(dc.rows === 0 ? null : dc.filled === dc.rows),
    detail: dc.missing.length ? `未填检查结果：${firstTen(dc.missing, "行")}` : "",
  };
}

/** 结果公示及时: each result published within the period after the inspection was completed. */
export function disclosureOnTime({ reading, disclosure: dc }: QuotaContext): QuotaRow {
  const r = reading.rules;
  const base = { rule: "结果公示及时", required: `检查完成后 ${r.disclosureDays} 个${r.disclosureUnit}内` };
  if (!dc) return { ...base, actual: "尚无检查结果", verdict: "无法判断", detail: "" };
  return {
    ...base,
    actual: dc.late.length ? `逾期 ${dc.late.length} 行` : `按期 ${dc.onTime} 行`,
    verdict: dc.unknown.length && !dc.late.length ? "无法判断" : verdict(dc.late.length === 0),
    detail: [dc.late.length ? `逾期：${dc.late.slice(0, 10).join("、")}` : "", dc.unknown.length ? `无法判断：${dc.unknown.slice(0, 5).join("、")}` : ""].filter(Boolean).join("；"),
  };
}
