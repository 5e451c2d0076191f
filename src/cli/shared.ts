import { existsSync } from "node:fs";
import { basename, dirname, extname, join } from "node:path";
import { UsageError } from "./failure";
import type { Issue, QuotaRow } from "../core";
import type { Output } from "./io";
import type { Args } from "./args";

/** Prints issues to stderr, errors first, as the validate report does. */
export function printIssues(io: Output, issues: readonly Issue[], onlyErrors = false): void {
  const errors = issues.filter((i) => i.severity === "error");
  const warnings = onlyErrors ? [] : issues.filter((i) => i.severity === "warning");
  for (const i of errors) io.err(`  错误  ${i.message}`);
  for (const i of warnings) io.err(`  警告  ${i.message}`);
}

/** A quota row in the JSON documents: `ok` is null where the verdict is 无法判断. */
export const quotaJson = (q: QuotaRow) => ({ rule: q.rule, required: q.required, actual: q.actual, ok: q.verdict === "无法判断" ? null : q.verdict === "达标", verdict: q.verdict });

/** `--tasks A,B` → ["A", "B"]; given but naming no task is a usage error, not "every task". */
export function taskList(value: string | true | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  const codes = value === true ? [] : value.split(/[,，、]/u).map((s) => s.trim()).filter(Boolean);
  if (codes.length === 0) throw new UsageError("--tasks 没有给出任务编号：请写出要抽取的任务编号，用逗号分隔（如 --tasks T01,T02），或去掉 --tasks 以抽取全部任务。");
  return codes;
}

/** Next to the input: `<name>-<what>-<date>.xlsx` (`.xlsm` for a book with macros), `(2)`… when taken. */
export function defaultOut(input: string, what: string, date: string, extension: "xlsx" | "xlsm" = "xlsx"): string {
  const stem = join(dirname(input), `${basename(input, extname(input))}-${what}-${date}`);
  let candidate = `${stem}.${extension}`;
  for (let n = 2; existsSync(candidate); n++) candidate = `${stem} (${n}).${extension}`;
  return candidate;
}

/** `--operator NAME` as recorded: NFKC, trimmed; "" when not given. */
export function operatorOf(args: Args): string {
  const flag = args.flags.get("operator");
  return typeof flag === "string" ? flag.normalize("NFKC").trim() : "";
}
