import { templateSheets } from "../../core";
import { FileWorkbook } from "../../host/file/workbook-file";
import { expectFlags, UsageError, type Args } from "../args";
import { saveBook, type Output } from "../io";

/** The options `template` accepts (the usage text and docs/cli.md list each). */
export const FLAGS = ["force"] as const;

/** `double-random template <out.xlsx> [--force]`: the blank 一单两库 + plan + rules sheets. */
export async function templateCommand(args: Args, io: Output): Promise<number> {
  expectFlags(args, FLAGS);
  const [path] = args.positional;
  if (!path || args.positional.length > 1) throw new UsageError("用法：double-random template <out.xlsx> [--force]");
  const book = FileWorkbook.empty();
  const names = await book.addSheets(templateSheets());
  await saveBook(book, path, args.flags.has("force"));
  io.err(`已写出模板 ${path}：${names.join("、")}`);
  return 0;
}
