import type { Cell } from "../../../src/core/grid/cell";
import { completeDraw, prepareDraw } from "../../../src/core/draw/session";
import { quotaContext, type QuotaContext } from "../../../src/core/quota/context";
import type { DisclosureCheck } from "../../../src/core/quota/disclosure";
import type { Rules } from "../../../src/core/model";
import { drawBook, type BookOptions } from "../draw/book";

/** A task row of drawBook: 部门内部, led by 执法一大队, with the fields given. */
export const T = (code: string, t: Record<string, Cell>): Record<string, Cell> => ({ 抽查任务编号: code, 抽查任务名称: code, 联合类型: "部门内部", 发起部门: "执法一大队", ...t });

export const META = { seed: "2026030112345678901234", seedSource: "typed" as const, time: "2026-03-01T10:00:00+08:00", operator: "测试" };

/** The quota rules' input before any draw: the plan only. */
export function before(opts: BookOptions): QuotaContext {
  const prepared = prepareDraw(drawBook(opts), { today: "2026-03-01" });
  return quotaContext({ reading: prepared.reading, plan: prepared.plan, draws: [], disclosure: null });
}

/** The quota rules' input after one draw of the book with META's seed. */
export function after(opts: BookOptions): QuotaContext {
  const prepared = prepareDraw(drawBook(opts), { today: "2026-03-01" });
  if (prepared.plan.issues.some((i) => i.severity === "error")) throw new Error(prepared.plan.issues.map((i) => i.message).join("\n"));
  const done = completeDraw(prepared, META);
  if (!done.ok) throw new Error("draw failed");
  return quotaContext({ reading: prepared.reading, plan: prepared.plan, draws: [done.record], disclosure: null });
}

/** The same context with some rules changed. */
export const withRules = (ctx: QuotaContext, rules: Partial<Rules>): QuotaContext => ({ ...ctx, reading: { ...ctx.reading, rules: { ...ctx.reading.rules, ...rules } } });

/** The same context with a judged 结果公示. */
export const withDisclosure = (ctx: QuotaContext, d: Partial<DisclosureCheck>): QuotaContext => ({
  ...ctx,
  disclosure: { rows: 0, filled: 0, onTime: 0, late: [], missing: [], unknown: [], byRow: [], ...d },
});
