import { localIsoTime, voidAttempt } from "../../core";
import { expectFlags, type Args } from "../args";
import { CliFailure, UsageError } from "../failure";
import { checkOutput, openBook, saveBook, type Output } from "../io";
import { defaultOut, operatorOf } from "../shared";

/** The options `void` accepts (the usage text and docs/cli.md list each). */
export const FLAGS = ["json", "attempt", "reason", "operator", "out", "force"] as const;

const USAGE = "用法：double-random void <book.xlsx> --attempt <N> --reason <原因> [--operator 姓名] [--out <out.xlsx>] [--force] [--json]";

/**
 * `double-random void <book.xlsx> --attempt N --reason TEXT`: marks the workbook's 第 N 次抽取 作废
 * in a new workbook (the input plus a 抽取作废记录 sheet and the record data with one more log line).
 * Nothing of the attempt is removed; its selections stop counting against the yearly cap.
 */
export async function voidCommand(args: Args, io: Output): Promise<number> {
  expectFlags(args, FLAGS);
  const [path] = args.positional;
  if (!path || args.positional.length > 1) throw new UsageError(USAGE);
  const attemptFlag = args.flags.get("attempt");
  const number = typeof attemptFlag === "string" && /^[1-9]\d*$/.test(attemptFlag.trim()) ? Number(attemptFlag.trim()) : null;
  if (number === null) throw new UsageError("请用 --attempt 给出要作废的是第几次抽取（正整数，见“抽取记录”）。");
  const reason = args.flags.get("reason");
  if (typeof reason !== "string" || reason.trim() === "") throw new UsageError("请用 --reason 写明作废原因。");
  const operator = operatorOf(args);
  const outFlag = args.flags.get("out");
  const force = args.flags.has("force");
  if (typeof outFlag === "string") checkOutput(outFlag, force, path);
  const book = await openBook(path);
  const time = localIsoTime(new Date());
  const done = voidAttempt(book.readSheets(), number, { time, operator, reason });
  if (!done.ok) throw new CliFailure("VOID_REFUSED", `${done.message}没有写出任何文件。`);
  const out = typeof outFlag === "string" ? outFlag : defaultOut(path, "作废", time.slice(0, 10), book.extension);
  await book.addSheets(done.specs);
  await saveBook(book, out, force, path);
  if (args.flags.has("json")) io.out(JSON.stringify({ out, attempt: number, time, operator, reason: done.attempt.voided!.reason, sheet: done.specs[0].name }));
  else io.out(`已将第 ${number} 次抽取（${done.attempt.time}，结果摘要 ${done.attempt.resultDigest}）标为作废，写出 ${out}。它的工作表和记录都保留；此后抽取和配额核验不再计入它抽中的单位。`);
  return 0;
}
