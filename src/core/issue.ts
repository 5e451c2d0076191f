import { qualifiedAddress } from "./address";

export type Severity = "error" | "warning";

/** A problem found in the workbook, addressed to a cell so the user can go and fix it. */
export interface Issue {
  severity: Severity;
  /** Stable machine code (see ISSUE_CODES in issue-codes.ts). */
  code: string;
  sheet: string;
  /** A1 address inside `sheet` ("C12"), a range ("B3:B7"), or "" when the issue is about the sheet as a whole. */
  cell: string;
  /** Plain Chinese, starting with the qualified address where there is one. */
  message: string;
}

/** Per sheet and code, how many issues are listed one by one before the rest are summarised. */
export const DETAIL_LIMIT = 200;

/**
 * Collects issues. A sheet with a million bad rows yields DETAIL_LIMIT issues of a kind plus one
 * summary line, so memory and the issue list stay bounded.
 */
export class IssueList {
  private readonly items: Issue[] = [];
  private readonly counts = new Map<string, { n: number; first: Issue }>();

  add(severity: Severity, code: string, sheet: string, cell: string, text: string): void {
    const key = `${sheet}\u0000${code}`;
    const entry = this.counts.get(key);
    if (entry && entry.n >= DETAIL_LIMIT) {
      entry.n += 1; // past the limit only counted: no message to build
      return;
    }
    const where = cell ? qualifiedAddress(sheet, cell) : sheet ? `工作表“${sheet}”` : "";
    const issue: Issue = { severity, code, sheet, cell, message: where ? `${where}：${text}` : text };
    if (!entry) this.counts.set(key, { n: 1, first: issue });
    else entry.n += 1;
    this.items.push(issue);
  }

  error(code: string, sheet: string, cell: string, text: string): void {
    this.add("error", code, sheet, cell, text);
  }

  warning(code: string, sheet: string, cell: string, text: string): void {
    this.add("warning", code, sheet, cell, text);
  }

  get hasErrors(): boolean {
    for (const { first } of this.counts.values()) if (first.severity === "error") return true;
    return false;
  }

  /** The issues in the order found, followed by one summary per truncated kind. */
  list(): Issue[] {
    const out = [...this.items];
    for (const { n, first } of this.counts.values()) {
      if (n > DETAIL_LIMIT) {
        out.push({
          severity: first.severity,
          code: first.code,
          sheet: first.sheet,
          cell: "",
          message: `工作表“${first.sheet}”：同类问题（${first.code}）共 ${n} 处，以上只列出前 ${DETAIL_LIMIT} 处。`,
        });
      }
    }
    return out;
  }
}
