import { basename } from "node:path";
import { drawability, type Drawability, type Issue, localDate, prepareDraw, SCHEMAS, SHEET_KINDS, type SheetKind, type WorkbookReading } from "../../core";
import { expectFlags, type Args } from "../args";
import { UsageError } from "../failure";
import { openBook, type Output } from "../io";

/** The options `validate` accepts (the usage text and docs/cli.md list each). */
export const FLAGS = ["json"] as const;

/**
 * `double-random validate <book.xlsx> [--json]`: reads the book and plans the draw of every task
 * (everything before the seed). 可以抽取 only when the plan has no error and the checks before the
 * seed promise the draw can finish; 可能无法抽取 when the seed decides. Exit 0 when there is no error, 1 otherwise.
 */
export async function validateCommand(args: Args, io: Output): Promise<number> {
  expectFlags(args, FLAGS);
  const [path] = args.positional;
  if (!path || args.positional.length > 1) throw new UsageError("用法：double-random validate <book.xlsx> [--json]");
  const json = args.flags.has("json");
  const book = await openBook(path);
  const { reading, plan } = prepareDraw(book.readSheets(), { today: localDate(new Date()) });
  const verdict = drawability(plan.issues);
  if (json) io.out(JSON.stringify({ verdict: verdict.verdict, sheets: reading.sheets, taskSheets: reading.taskSheets, issues: plan.issues }));
  else io.out(report(basename(path), { ...reading, issues: plan.issues }, verdict));
  return verdict.verdict === "blocked" ? 1 : 0;
}

function report(file: string, r: Pick<WorkbookReading, "sheets" | "taskSheets" | "issues">, verdict: Drawability): string {
  const lines = [`工作簿：${file}`, "", "识别的工作表："];
  for (const kind of SHEET_KINDS as readonly SheetKind[]) {
    const title = SCHEMAS[kind].title.padEnd(8, "　");
    const found = kind === "tasks" && r.taskSheets.length > 0 ? r.taskSheets : r.sheets[kind] ? [r.sheets[kind]] : [];
    if (found.length === 0) lines.push(`  ${title} ← 未找到`);
    found.forEach((m, i) => lines.push(`  ${i === 0 ? title : "　".repeat(8)} ← “${m.sheet}”（表头在第 ${m.headerRow} 行，${m.rows} 行数据）`));
  }
  const errors = r.issues.filter((i) => i.severity === "error");
  const warnings = r.issues.filter((i) => i.severity === "warning");
  lines.push("", `问题：${errors.length} 个错误，${warnings.length} 个警告`);
  const show = (label: string, list: Issue[]): void => list.forEach((i) => lines.push(`  ${label}  ${i.message}`));
  show("错误", errors);
  show("警告", warnings);
  lines.push("");
  if (verdict.verdict === "blocked") lines.push(`结论：不能抽取：有 ${errors.length} 个错误，改正后才能抽取。`);
  else if (verdict.verdict === "uncertain") {
    lines.push("结论：可能无法抽取——能否抽完取决于随机种子（抽不完时不写出任何结果）：");
    verdict.reasons.forEach((i) => lines.push(`  ${i.message}`));
  } else lines.push(`结论：可以抽取${warnings.length ? `（有 ${warnings.length} 个警告，请过目）` : ""}。`);
  return lines.join("\n");
}
