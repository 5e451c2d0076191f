import { localDate, localIsoTime, prepareDraw, quotaReport, quotaSheets } from "../../core";
import { expectFlags, type Args } from "../args";
import { UsageError } from "../failure";
import { checkOutput, openBook, saveBook, type Output } from "../io";
import { printIssues, quotaJson } from "../shared";

/** The options `quota` accepts (the usage text and docs/cli.md list each). */
export const FLAGS = ["out", "json", "force"] as const;

/**
 * `double-random quota <book.xlsx> [--out <out.xlsx>] [--force] [--json]`: the quota report of the whole plan
 * and every kept draw, with the 结果公示 rows staff filled in (completeness, deadlines by row).
 * Exit 0 when no rule is 未达标.
 */
export async function quotaCommand(args: Args, io: Output): Promise<number> {
  expectFlags(args, FLAGS);
  const [path] = args.positional;
  if (!path || args.positional.length > 1) throw new UsageError("用法：double-random quota <book.xlsx> [--out <out.xlsx>] [--force] [--json]");
  const out = args.flags.get("out");
  const force = args.flags.has("force");
  if (typeof out === "string") checkOutput(out, force, path);
  const book = await openBook(path);
  const prepared = prepareDraw(book.readSheets(), { today: localDate(new Date()) });
  // The workbook's errors, then those of the cells staff filled in on 结果公示.
  const errors = [...prepared.plan.issues, ...(prepared.disclosure?.issues ?? [])].filter((i) => i.severity === "error");
  const rows = quotaReport(prepared);
  if (typeof out === "string") {
    await book.addSheets(quotaSheets(prepared, localIsoTime(new Date())));
    await saveBook(book, out, force, path);
  }
  if (args.flags.has("json")) {
    io.out(JSON.stringify({
      quotas: rows.map((q) => ({ ...quotaJson(q), detail: q.detail })),
      disclosure: prepared.disclosure?.byRow ?? [],
      issues: errors,
    }));
  } else {
    if (errors.length) {
      io.err(`工作簿有 ${errors.length} 个错误，以下配额数字可能不准确，请先改正：`);
      printIssues(io, errors, true);
    }
    for (const q of rows) io.out(`${q.verdict}  ${q.rule}：要求 ${q.required}；实际 ${q.actual}${q.detail ? `（${q.detail}）` : ""}`);
    for (const d of prepared.disclosure?.byRow ?? []) if (d.status === "逾期" || d.status === "无法判断") io.out(`  ${d.status}  ${d.sheet}!${d.row}:${d.row} ${d.name}：完成 ${d.done ?? "—"}，截止 ${d.deadline ?? d.note}，公示 ${d.published ?? "未公示"}`);
    if (typeof out === "string") io.out(`已写出 ${out}`);
  }
  return errors.length || rows.some((q) => q.verdict === "未达标") ? 1 : 0;
}
