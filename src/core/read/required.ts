import { integerProblem, integerSays } from "../values/range";
import type { DataRow } from "./rows";

/** The text of a required cell; reports VALUE_MISSING when blank. `slot`: row.slot(key), when the caller has it. */
export function requireText(row: DataRow, key: string, label: string, slot = row.slot(key)): string {
  const t = row.textAt(slot);
  if (t === "" && row.has(key) && !row.isError(key)) row.error("VALUE_MISSING", key, `必填项“${label}”为空。`);
  return t;
}

/** What a column of whole numbers allows: at least `min` (`below` says so), `units` it may be followed by, for messages. */
export interface IntegerRange {
  min: number;
  below: string;
  units?: RegExp;
  /** What to say of a value that is no number at all; `不是整数` when not given. */
  unreadable?: string;
}

/**
 * Reports a cell parseInteger refused, saying what is wrong: VALUE_OUT_OF_RANGE below the minimum
 * (`每组人数“-2”超出范围：每组至少 2 人。`); NUMBER_INVALID when it is not whole (`应为整数`), has a
 * unit the column does not take (`请只填数字，如 3`), or is no number at all.
 */
export function integerError(row: DataRow, key: string, label: string, range: IntegerRange, slot = row.slot(key)): void {
  const text = row.textAt(slot);
  const problem = integerProblem(row.valueAt(slot), range.min, range.units);
  if (problem === null) {
    row.error("NUMBER_INVALID", key, `${label}“${text}”${range.unreadable ?? "不是整数"}。`);
    return;
  }
  const { outOfRange, says } = integerSays(problem, range.below);
  row.error(outOfRange ? "VALUE_OUT_OF_RANGE" : "NUMBER_INVALID", key, `${label}“${text}”${says}。`);
}
