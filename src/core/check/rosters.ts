import { cellAddress } from "../grid/address";
import type { IssueList } from "../issue";
import type { Inspector, Matter, Target } from "../model";
import type { Recognised } from "../read/recognize";
import { usccOrder } from "../draw/roster-order";
import { sortedOrder } from "../draw/sort";

/** Reports every repeat of a key after its first occurrence, naming the first row. */
function reportDuplicates<T extends { row: number }>(
  items: readonly T[],
  keyOf: (item: T) => string,
  rec: Recognised,
  column: string,
  issues: IssueList,
  code: string,
  describe: (key: string, firstRow: number) => string,
  /** The items' indices in key order, when the caller has it. */
  order: Uint32Array = sortedOrder(items.map(keyOf)),
): void {
  const col = rec.header.columns.get(column);
  // Equal keys are neighbours in sorted order, the first occurrence first (the sort is stable).
  const keys = items.map(keyOf);
  const repeats: [index: number, firstRow: number][] = [];
  let start = 0;
  for (let i = 1; i < order.length; i++) {
    const key = keys[order[i]];
    if (key !== keys[order[i - 1]]) start = i;
    else if (key !== "") repeats.push([order[i], items[order[start]].row]);
  }
  repeats.sort((a, b) => a[0] - b[0]);
  for (const [i, firstRow] of repeats) {
    const item = items[i];
    issues.error(code, rec.sheet.name, col === undefined ? `${item.row}:${item.row}` : cellAddress(item.row - 1, col), describe(keys[i], firstRow));
  }
}

export function checkTargets(targets: readonly Target[], rec: Recognised, issues: IssueList): void {
  reportDuplicates(
    targets,
    (t) => t.uscc,
    rec,
    "uscc",
    issues,
    "DUPLICATE_USCC",
    (k, r) => `统一社会信用代码 ${k} 与第 ${r} 行重复；同一单位只能登记一次。`,
    usccOrder(targets),
  );
}

export function checkInspectors(inspectors: readonly Inspector[], rec: Recognised, issues: IssueList): void {
  reportDuplicates(inspectors, (i) => i.cert, rec, "cert", issues, "DUPLICATE_CERT", (k, r) =>
    `执法证号 ${k} 与第 ${r} 行重复。`,
  );
}

export function checkMatters(matters: readonly Matter[], rec: Recognised, issues: IssueList): void {
  reportDuplicates(matters, (m) => m.code, rec, "code", issues, "DUPLICATE_MATTER", (k, r) =>
    `事项编号 ${k} 与第 ${r} 行重复。`,
  );
}
