import { errorMessage } from "../core";
import { parseArgs } from "./args";
import { digestCommand } from "./commands/digest";
import { drawCommand } from "./commands/draw";
import { planCommand } from "./commands/plan";
import { quotaCommand } from "./commands/quota";
import { templateCommand } from "./commands/template";
import { verifyCommand } from "./commands/verify";
import { voidCommand } from "./commands/void";
import { validateCommand } from "./commands/validate";
import { CliFailure, failureJson, UsageError } from "./failure";
import { processOutput, type Output } from "./io";
import { printIssues } from "./shared";

export const USAGE = `双随机抽查助手 命令行

用法：
  double-random validate <book.xlsx> [--json]     检查工作簿（一单两库 + 抽查任务），逐格列出问题
  double-random digest   <book.xlsx> [--tasks A,B] [--json]
                                                  抽取前的框架摘要和各任务分层、应抽数（用于抽取公告）
  double-random draw     <book.xlsx> --seed <种子> | --generate-seed [--tasks A,B] [--operator 姓名]
                         [--out <out.xlsx>] [--force] [--json]
                                                  按随机种子抽取，写出新工作簿（原文件不变）
  double-random verify   <out.xlsx> [--json]      核验抽取后的工作簿：重算并逐格比对
  double-random plan     <book.xlsx> --out <out.xlsx> [--tasks A,B] [--force] [--json]
                                                  写出计划表（部门内部、部门联合、随机抽查工作计划）、抽取公告和配额预检
  double-random quota    <book.xlsx> [--out <out.xlsx>] [--force] [--json]
                                                  配额核验（含已填写的结果公示：完整性、逐行公示期限）
  double-random template <out.xlsx> [--force] [--json] 写出空白模板（名录库、人员库、事项清单、任务、回避、规则）
  double-random void     <book.xlsx> --attempt <N> --reason <原因> [--operator 姓名] [--out <out.xlsx>] [--force] [--json]
                                                  将第 N 次抽取标为作废（记录保留，不再计入年度上限和配额）

退出码：0 成功；1 工作簿有错误、无法抽取、核验未通过或配额未达标；2 无法执行（用法错误、文件不存在或不是 .xlsx、输出文件已存在或就是输入文件）；3 程序内部错误。
--json 时标准输出只有一个 JSON 文档，失败时为 {"error":{"code","message"}}。
已有的文件不会被覆盖，除非加 --force。完整说明见 docs/cli.md。`;

const COMMANDS: Record<string, (args: ReturnType<typeof parseArgs>, io: Output) => Promise<number>> = {
  validate: validateCommand,
  digest: digestCommand,
  draw: drawCommand,
  verify: verifyCommand,
  plan: planCommand,
  quota: quotaCommand,
  template: templateCommand,
  void: voidCommand,
};

/** Runs one command line; returns the exit status. Never throws. */
export async function run(argv: readonly string[], io: Output = processOutput): Promise<number> {
  const json = argv.includes("--json");
  try {
    const args = parseArgs(argv, new Set(["json", "force", "help", "generate-seed"]));
    if (args.command === "" || args.command === "help" || args.command === "--help" || args.flags.has("help")) {
      io.err(USAGE);
      return args.command === "" ? 2 : 0;
    }
    const command = COMMANDS[args.command];
    if (!command) throw new UsageError(`不认识的命令：${args.command}`);
    return await command(args, io);
  } catch (e) {
    const failure = e instanceof CliFailure ? e : new CliFailure("INTERNAL", `程序内部错误：${errorMessage(e)}。输入文件没有被改动；请把这条消息、命令和工作簿发给维护人员。`);
    if (json) io.out(failureJson(failure));
    else if (failure.code === "USAGE") io.err(`${failure.message}（运行 double-random --help 查看用法）`);
    else {
      io.err(failure.message);
      printIssues(io, failure.issues, true);
    }
    return failure.exit;
  }
}
