import { localDate, prepareDraw } from "../../core";
import { expectFlags, type Args } from "../args";
import { UsageError, workbookErrors } from "../failure";
import { openBook, type Output } from "../io";
import { taskList } from "../shared";

/** The options `digest` accepts (the usage text and docs/cli.md list each). */
export const FLAGS = ["json", "tasks"] as const;

/**
 * `double-random digest <book.xlsx> [--tasks A,B] [--json]`: the frame digest and the strata, to
 * publish (抽取公告) before any seed exists.
 */
export async function digestCommand(args: Args, io: Output): Promise<number> {
  expectFlags(args, FLAGS);
  const [path] = args.positional;
  if (!path || args.positional.length > 1) throw new UsageError("用法：double-random digest <book.xlsx> [--tasks A,B] [--json]");
  const book = await openBook(path);
  const { plan } = prepareDraw(book.readSheets(), { tasks: taskList(args.flags.get("tasks")), today: localDate(new Date()) });
  if (!plan.ok) throw workbookErrors("工作簿有错误，框架摘要不能公布；请先改正：", plan.issues);
  const doc = {
    frameDigest: plan.frameDigest,
    algorithm: plan.algorithm,
    tasks: plan.tasks.map((t) => ({
      code: t.task.code,
      eligible: t.eligible.length,
      strata: t.strata.map((s) => ({ key: s.key, size: s.size, take: s.take, rule: s.rule })),
    })),
  };
  if (args.flags.has("json")) io.out(JSON.stringify(doc));
  else {
    io.out(`框架摘要（${plan.algorithm}）：${plan.frameDigest}`);
    for (const t of plan.tasks) {
      io.out(`任务 ${t.task.code} ${t.task.name}：符合条件 ${t.eligible.length} 家，应抽 ${t.take} 家`);
      for (const s of t.strata) io.out(`  ${s.key}：总数 ${s.size}，应抽 ${s.take}（${s.note}）`);
    }
    io.out("请在取得随机种子之前公布或签署此摘要（抽取公告）。");
  }
  return 0;
}
