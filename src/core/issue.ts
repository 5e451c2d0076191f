import { qualifiedAddress } from "./grid/address";

export type Severity = "error" | "warning";

/** A problem found in the workbook, addressed to a cell so the user can go and fix it. */
export interface Issue {
  severity: Severity;
  /** Stable machine code; every code and what it means: docs/workbook.md §5. */
  code: string;
  sheet: string;
  /** A1 address inside `sheet` ("C12"), a range ("B3:B7"), or "" when the issue is about the sheet as a whole. */
  cell: string;
  /** Plain Chinese, starting with the qualified address where there is one. */
  message: string;
}

/** Per sheet and code, how many issues are listed one by one before the rest are summarised. */
export const DETAIL_LIMIT = 200;

interface Count {
  n: number;
  first: Issue;
}

/**
 * Collects issues. A sheet with a million bad rows yields DETAIL_LIMIT issues of a kind plus one
 * summary line, so memory and the issue list stay bounded.
 */
export class IssueList {
  private readonly items: Issue[] = [];
  /** Per kind (sheet and code), in the order kinds were first met. */
  private readonly counts: Count[] = [];
  /** The same counts by sheet, then code: looked up per issue without building a key. */
  private readonly bySheet = new Map<string, Map<string, Count>>();

  add(severity: Severity, code: string, sheet: string, cell: string, text: string): void {
    if (this.countOnly(code, sheet)) return;
    const where = cell ? qualifiedAddress(sheet, cell) : sheet ? `工作表“${sheet}”` : "";
    const issue: Issue = { severity, code, sheet, cell, message: where ? `${where}：${text}` : text };
    const entry = this.count(code, sheet);
    if (!entry) {
      const made = { n: 1, first: issue };
      this.counts.push(made);
      let codes = this.bySheet.get(sheet);
      if (!codes) this.bySheet.set(sheet, (codes = new Map()));
      codes.set(code, made);
    } else entry.n += 1;
    this.items.push(issue);
  }

  /**
   * True when an issue of this kind is past DETAIL_LIMIT, so it is only counted (and is counted
   * now): callers with a million rows can skip building its address and message.
   */
  countOnly(code: string, sheet: string): boolean {
    const entry = this.count(code, sheet);
    if (!entry || entry.n < DETAIL_LIMIT) return false;
    entry.n += 1;
    return true;
  }

  private count(code: string, sheet: string): Count | undefined {
    return this.bySheet.get(sheet)?.get(code);
  }

  error(code: string, sheet: string, cell: string, text: string): void {
    this.add("error", code, sheet, cell, text);
  }

  warning(code: string, sheet: string, cell: string, text: string): void {
    this.add("warning", code, sheet, cell, text);
  }

  get hasErrors(): boolean {
    for (const { first } of this.counts) if (first.severity === "error") return true;
    return false;
  }

  /** The issues in the order found, followed by one summary per truncated kind. */
  list(): Issue[] {
    const out = [...this.items];
    for (const { n, first } of this.counts) {
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
