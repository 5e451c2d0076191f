import { templateSheets } from "../../core";
import { FileWorkbook } from "../../host/file/workbook-file";
import { expectFlags, type Args } from "../args";
import { UsageError } from "../failure";
import { saveBook, type Output } from "../io";

/** The options `template` accepts (the usage text and docs/cli.md list each). */
export const FLAGS = ["force", "json"] as const;

/** `double-random template <out.xlsx> [--force] [--json]`: the blank 一单两库 + plan + rules sheets. */
export async function templateCommand(args: Args, io: Output): Promise<number> {
  expectFlags(args, FLAGS);
  const [path] = args.positional;
  if (!path || args.positional.length > 1) throw new UsageError("用法：double-random template <out.xlsx> [--force] [--json]");
  const book = FileWorkbook.empty();
  const names = await book.addSheets(templateSheets());
  await saveBook(book, path, args.flags.has("force"));
  if (args.flags.has("json")) io.out(JSON.stringify({ out: path, sheets: names }));
  else io.err(`已写出模板 ${path}：${names.join("、")}`);
  return 0;
}
