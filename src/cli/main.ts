import { errorMessage } from "../core";
import { parseArgs, UsageError } from "./args";
import { digestCommand } from "./commands/digest";
import { drawCommand } from "./commands/draw";
import { planCommand } from "./commands/plan";
import { quotaCommand } from "./commands/quota";
import { templateCommand } from "./commands/template";
import { verifyCommand } from "./commands/verify";
import { validateCommand } from "./commands/validate";
import { processOutput, type Output } from "./io";

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
  double-random template <out.xlsx> [--force]     写出空白模板（名录库、人员库、事项清单、任务、回避、规则）

退出码：0 成功；1 工作簿有错误、无法抽取、核验未通过或配额未达标；2 用法错误。--json 时标准输出只有一个 JSON 文档。
已有的文件不会被覆盖，除非加 --force。完整说明见 docs/cli.md。`;

const COMMANDS: Record<string, (args: ReturnType<typeof parseArgs>, io: Output) => Promise<number>> = {
  validate: validateCommand,
  digest: digestCommand,
  draw: drawCommand,
  verify: verifyCommand,
  plan: planCommand,
  quota: quotaCommand,
  template: templateCommand,
};

/** Runs one command line; returns the exit status. Never throws. */
export async function run(argv: readonly string[], io: Output = processOutput): Promise<number> {
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
    if (e instanceof UsageError) {
      io.err(`${e.message}\n\n${USAGE}`);
      return 2;
    }
    io.err(`出错了：${errorMessage(e)}`);
    return 1;
  }
}
