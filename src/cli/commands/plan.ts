import { localDate, localIsoTime, planSheets, prepareDraw, quotaReport } from "../../core";
import { expectFlags, type Args } from "../args";
import { UsageError, workbookErrors } from "../failure";
import { checkOutput, openBook, saveBook, type Output } from "../io";
import { quotaJson, taskList } from "../shared";

/** The options `plan` accepts (the usage text and docs/cli.md list each). */
export const FLAGS = ["out", "tasks", "force", "json"] as const;

/**
 * `double-random plan <book.xlsx> --out <out.xlsx> [--tasks A,B] [--force] [--json]`: the plan
 * tables (部门内部 / 部门联合 / 随机抽查工作计划), the 抽取公告 with the frame digest, and the quota
 * preview — no draw.
 */
export async function planCommand(args: Args, io: Output): Promise<number> {
  expectFlags(args, FLAGS);
  const [path] = args.positional;
  const out = args.flags.get("out");
  if (!path || args.positional.length > 1 || typeof out !== "string") throw new UsageError("用法：double-random plan <book.xlsx> --out <out.xlsx> [--tasks A,B] [--force] [--json]");
  const force = args.flags.has("force");
  checkOutput(out, force, path);
  const book = await openBook(path);
  const prepared = prepareDraw(book.readSheets(), { tasks: taskList(args.flags.get("tasks")), today: localDate(new Date()) });
  if (!prepared.plan.ok) throw workbookErrors("工作簿有错误，计划表和抽取公告中的数字不可用，请先改正：", prepared.plan.issues);
  const names = await book.addSheets(planSheets(prepared, localIsoTime(new Date())));
  await saveBook(book, out, force, path);
  const quotas = quotaReport(prepared);
  if (args.flags.has("json")) io.out(JSON.stringify({ frameDigest: prepared.plan.frameDigest, out, sheets: names, quotas: quotas.map(quotaJson) }));
  else {
    io.out(`已写出 ${out}：${names.join("、")}`);
    io.out(`框架摘要：${prepared.plan.frameDigest}（请在取得随机种子之前公布抽取公告）`);
  }
  return 0;
}
