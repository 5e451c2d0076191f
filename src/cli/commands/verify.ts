import { attemptText, verifyWorkbook } from "../../core";
import { expectFlags, type Args } from "../args";
import { UsageError } from "../failure";
import { openBook, type Output } from "../io";

/** The options `verify` accepts (the usage text and docs/cli.md list each). */
export const FLAGS = ["json"] as const;

/** `double-random verify <out.xlsx> [--json]`: exit 0 only when everything matches. */
export async function verifyCommand(args: Args, io: Output): Promise<number> {
  expectFlags(args, FLAGS);
  const [path] = args.positional;
  if (!path || args.positional.length > 1) throw new UsageError("用法：double-random verify <out.xlsx> [--json]");
  const book = await openBook(path);
  const report = verifyWorkbook(book.readSheets());
  if (args.flags.has("json")) io.out(JSON.stringify(report));
  else if (report.ok) io.out(`核验通过：输入数据、随机种子、抽取结果与记录完全一致（框架摘要 ${report.frameDigest}）。`);
  else {
    io.out(`核验未通过：发现 ${report.differences.length} 处不一致。`);
    for (const d of report.differences) io.out(`  ${d.sheet}${d.cell ? `!${d.cell}` : ""}：应为“${d.expected}”，实为“${d.found}”`);
  }
  if (!args.flags.has("json") && report.attempts.length > 0) {
    io.out(`本工作簿共有 ${report.attempts.length} 次抽取：`);
    for (const a of report.attempts) io.out(`  ${attemptText(a)}`);
  }
  return report.ok ? 0 : 1;
}
