import { cellAddress } from "../grid/address";
import type { IssueList } from "../issue";
import type { Inspector, Task } from "../model";
import type { Recognition } from "../read/recognize";
import { compactKey } from "../values/text";

/**
 * Certificates: expired as of `today` (when given), or ending before a task the officer's
 * department takes part in ends (the officer is then left out of that task's draw).
 */
export function checkCertificates(inspectors: readonly Inspector[], tasks: readonly Task[], found: Recognition, issues: IssueList, today?: string): void {
  const rec = found.inspectors!;
  const col = rec.header.columns.get("certExpiry");
  if (col === undefined) return;
  for (const p of inspectors) {
    if (p.expert || p.certExpiry === null) continue;
    const cell = cellAddress(p.row - 1, col);
    if (today && p.certExpiry < today) {
      issues.warning("CERT_EXPIRED", rec.sheet.name, cell, `${p.name}的执法证已于 ${p.certExpiry} 到期，不会被抽为执法人员。`);
      continue;
    }
    const dept = compactKey(p.department);
    const short = tasks.filter(
      (t) => t.end !== "" && p.certExpiry! < t.end && [t.initiator, ...t.partners].some((d) => compactKey(d) === dept),
    );
    if (short.length > 0) {
      issues.warning(
        "CERT_EXPIRES",
        rec.sheet.name,
        cell,
        `${p.name}的执法证 ${p.certExpiry} 到期，早于任务 ${short.map((t) => `${t.code}（至 ${t.end}）`).join("、")} 的结束时间，不会被抽入这些任务。`,
      );
    }
  }
}
