import type { Issue } from "../core";
import type { Output } from "./io";

/** Prints issues to stderr, errors first, as the validate report does. */
export function printIssues(io: Output, issues: readonly Issue[], onlyErrors = false): void {
  const errors = issues.filter((i) => i.severity === "error");
  const warnings = onlyErrors ? [] : issues.filter((i) => i.severity === "warning");
  for (const i of errors) io.err(`  错误  ${i.message}`);
  for (const i of warnings) io.err(`  警告  ${i.message}`);
}

/** `--tasks A,B` → ["A", "B"]. */
export function taskList(value: string | true | undefined): string[] | undefined {
  if (value === undefined || value === true) return undefined;
  return value.split(/[,，、]/u).map((s) => s.trim()).filter(Boolean);
}
