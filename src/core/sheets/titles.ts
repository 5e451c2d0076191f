import type { Rules } from "../model";

/** "包头市应急管理局2026年度抽取结果": bureau + year + table name, as the seed documents title them. */
export function tableTitle(rules: Rules, year: string, table: string): string {
  return `${rules.authority}${year ? `${year}年度` : ""}${table}`;
}

/** `抽取结果 2026-03-01`: the sheet name of an output, dated by the draw. */
export function datedName(table: string, isoTime: string): string {
  return `${table} ${isoTime.slice(0, 10)}`;
}
