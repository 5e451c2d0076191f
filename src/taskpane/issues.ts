import type { Issue } from "../core";
import type { PrepareView } from "./engine/protocol";

/** What step 1 reports: the reading's issues and what planning every task found (errors, seed-dependent warnings). */
export const checkIssues = (view: Pick<PrepareView, "readingIssues" | "planIssues">): Issue[] => [...view.readingIssues, ...view.planIssues];

/** Errors first, then warnings; otherwise the order the core found them in. */
export function sortIssues(issues: readonly Issue[]): Issue[] {
  return [...issues.filter((i) => i.severity === "error"), ...issues.filter((i) => i.severity !== "error")];
}

export function countIssues(issues: readonly Issue[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const issue of issues) if (issue.severity === "error") errors += 1;
  return { errors, warnings: issues.length - errors };
}
