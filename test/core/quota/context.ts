import type { Cell } from "../../../src/core/grid/cell";
import { completeDraw, prepareDraw } from "../../../src/core/draw/session";
import { quotaContext, type QuotaContext } from "../../../src/core/quota/context";
import { checkDisclosure } from "../../../src/core/quota/disclosure";
import type { Rules } from "../../../src/core/model";
import type { AlgorithmId } from "../../../src/core/draw/algorithm";
import { drawBook, type BookOptions } from "../draw/book";

/** A task row of drawBook: 部门内部, led by 执法一大队, with the fields given. */
export const T = (code: string, t: Record<string, Cell>): Record<string, Cell> => ({ 抽查任务编号: code, 抽查任务名称: code, 联合类型: "部门内部", 发起部门: "执法一大队", ...t });

export const META = { seed: "2026030112345678901234", seedSource: "typed" as const, time: "2026-03-01T10:00:00+08:00", operator: "测试" };

/** The quota rules' input before any draw: the plan only. */
export function before(opts: BookOptions): QuotaContext {
  const prepared = prepareDraw(drawBook(opts), { today: "2026-03-01" });
  return quotaContext({ reading: prepared.reading, plan: prepared.plan, draws: [], disclosure: null });
}

/** The quota rules' input after one draw of the book with META's seed (under `algorithm`, the current one by default). */
export function after(opts: BookOptions, algorithm?: AlgorithmId): QuotaContext {
  const prepared = prepareDraw(drawBook(opts), { today: "2026-03-01", algorithm });
  if (prepared.plan.issues.some((i) => i.severity === "error")) throw new Error(prepared.plan.issues.map((i) => i.message).join("\n"));
  const done = completeDraw(prepared, META);
  if (!done.ok) throw new Error("draw failed");
  return quotaContext({ reading: prepared.reading, plan: prepared.plan, draws: [done.record], disclosure: null });
}

/** The same context with some rules changed. */
export const withRules = (ctx: QuotaContext, rules: Partial<Rules>): QuotaContext => ({ ...ctx, reading: { ...ctx.reading, rules: { ...ctx.reading.rules, ...rules } } });

/** What staff typed in one row of 结果公示 (nothing given: left blank). */
export interface Fill {
  done?: Cell;
  result?: Cell;
  published?: Cell;
}

/**
 * The same context with a 结果公示 read back as of `today`: a dr-2026.2 sheet with one row per
 * target drawn by the context's draws (the first `rows` of them; all by default), filled as given.
 */
export function withResults(ctx: QuotaContext, today: string | null, fills: readonly Fill[], rows?: number): QuotaContext {
  const drawn = ctx.draws.flatMap((d) => d.tasks.flatMap((t) => t.selected.map((s) => ({ task: t.code, uscc: s.id }))));
  const header = ["序号", "抽查任务编号", "单位名称", "统一社会信用代码", "检查完成日期", "检查结果", "公示截止日期", "公示日期", "备注"];
  const body = drawn.slice(0, rows ?? drawn.length).map((d, i): Cell[] => [i + 1, d.task, `单位${i + 1}`, d.uscc, fills[i]?.done ?? null, fills[i]?.result ?? null, null, fills[i]?.published ?? null, null]);
  const sheet = { name: "结果公示", rows: [["结果公示"], header, ...body] };
  return quotaContext({ reading: ctx.reading, plan: ctx.plan, draws: ctx.draws, disclosure: checkDisclosure([sheet], ctx.reading.rules, today) });
}
