import { randomBytes } from "node:crypto";
import { checkSeed, completeDraw, localDate, localIsoTime, prepareDraw, seedFromRandomBytes, type SeedSource } from "../../core";
import { expectFlags, type Args } from "../args";
import { CliFailure, UsageError, workbookErrors } from "../failure";
import { checkOutput, openBook, saveBook, type Output } from "../io";
import { defaultOut, operatorOf, quotaJson, taskList } from "../shared";

function generatedSeed(): string {
  for (;;) {
    const seed = seedFromRandomBytes(randomBytes(64));
    if (seed) return seed;
  }
}

/** The options `draw` accepts (the usage text and docs/cli.md list each). */
export const FLAGS = ["json", "tasks", "seed", "generate-seed", "operator", "out", "force"] as const;

/**
 * `double-random draw <book.xlsx> --seed <text> | --generate-seed [--tasks A,B] [--operator NAME]
 * [--out <out.xlsx>] [--force] [--json]`: the verifiable draw. Writes a new workbook: the input
 * sheets plus the three plan tables, 抽取结果, 配额核验, 结果公示, 抽取记录 and the hidden record
 * data. The input file is never changed.
 */
export async function drawCommand(args: Args, io: Output): Promise<number> {
  expectFlags(args, FLAGS);
  const [path] = args.positional;
  if (!path || args.positional.length > 1) throw new UsageError("用法：double-random draw <book.xlsx> --seed <种子> | --generate-seed [--tasks A,B] [--operator 姓名] [--out <out.xlsx>] [--force] [--json]");
  const typed = args.flags.get("seed");
  const generate = args.flags.has("generate-seed");
  if ((typed === undefined) === !generate) throw new UsageError("请给出 --seed <种子>（现场掷骰子、彩票开奖号码等），或用 --generate-seed 由程序生成，二者选一。");
  let seed: string;
  let seedSource: SeedSource;
  if (generate) {
    seed = generatedSeed();
    seedSource = "generated";
  } else {
    const check = checkSeed(String(typed));
    if (!check.ok) throw new UsageError(check.message);
    seed = check.seed;
    seedSource = "typed";
  }
  const operator = operatorOf(args);

  const outFlag = args.flags.get("out");
  const force = args.flags.has("force");
  if (typeof outFlag === "string") checkOutput(outFlag, force, path);
  const book = await openBook(path);
  const prepared = prepareDraw(book.readSheets(), { tasks: taskList(args.flags.get("tasks")), today: localDate(new Date()) });
  if (!prepared.plan.ok) throw workbookErrors("工作簿有错误，不能抽取（未取用随机种子）：", prepared.plan.issues);
  const time = localIsoTime(new Date());
  const done = completeDraw(prepared, { seed, seedSource, time, operator });
  if (!done.ok && done.shortfall) {
    const { stratum, take, size, capped } = done.shortfall;
    const which = stratum === "全部" ? "" : `“${stratum}”一层`;
    throw new CliFailure(
      "DRAW_INFEASIBLE",
      `任务 ${done.task}：${which}要抽 ${take} 家，符合条件的 ${size} 家中有 ${capped} 家已被本次抽取中排在前面的任务抽满同一对象年度抽查上限，余下的不够。抽取未完成，没有写出任何文件。可用 --tasks 分开抽取这些任务，或调整抽取数量。`,
      [],
      { task: done.task, ...done.shortfall },
    );
  }
  if (!done.ok) {
    const { target, seat, reasons } = done.failure;
    const lines = reasons.map((r) => `\n  ${r.inspector}：${r.reason}`).join("");
    throw new CliFailure("DRAW_INFEASIBLE", `任务 ${done.task}：单位 ${target} 的${seat}无法抽出，抽取未完成，没有写出任何文件。${lines}`, [], {
      task: done.task,
      target,
      seat,
      reasons,
    });
  }
  const out = typeof outFlag === "string" ? outFlag : defaultOut(path, "抽取结果", time.slice(0, 10), book.extension);
  await book.addSheets(done.specs);
  await saveBook(book, out, force, path);

  const { record } = done;
  if (args.flags.has("json")) {
    io.out(
      JSON.stringify({
        algorithm: record.algorithm,
        frameDigest: record.frameDigest,
        seed: record.seed,
        seedSource: record.seedSource,
        resultDigest: record.resultDigest,
        attempt: record.attempt,
        out,
        tasks: record.tasks.map((t) => ({ code: t.code, selected: t.selected, excluded: t.excluded })),
        quotas: done.quotas.map(quotaJson),
      }),
    );
  } else {
    io.out(`已抽取，写出 ${out}`);
    io.out(`随机种子：${record.seed}（${seedSource === "generated" ? "程序生成" : "现场输入"}）`);
    io.out(`框架摘要：${record.frameDigest}`);
    io.out(`结果摘要：${record.resultDigest}`);
    io.out(`本次为本工作簿的第 ${record.attempt} 次抽取${record.attempt! > 1 ? "（此前的抽取见“抽取结果”表下的注和“抽取记录”）" : ""}。`);
    for (const t of record.tasks) io.out(`  任务 ${t.code} ${t.name}：抽中 ${t.selected.length} 家`);
    io.out("配额核验：");
    for (const q of done.quotas) io.out(`  ${q.verdict}  ${q.rule}：要求 ${q.required}；实际 ${q.actual}`);
  }
  return 0;
}
