import type { Cell } from "../grid/cell";
import type { Rules } from "../model";
import { attemptText, type Attempt } from "../draw/attempts";
import type { SheetSpec } from "./sheet-spec";
import { tableTitle } from "./titles";

/** 作废记录: which attempt was marked 作废, by whom, when and why (written with the 作废 line of the log). */
export function voidSheet(attempt: Attempt, rules: Rules, name: string): SheetSpec {
  const v = attempt.voided!;
  const body: Cell[][] = [
    ["作废的抽取", attemptText({ ...attempt, voided: null })],
    ["抽取时间", attempt.time],
    ["抽取操作人", attempt.operator || "（未填写）"],
    ["随机种子", attempt.seed],
    ["框架摘要", attempt.frameDigest],
    ["结果摘要", attempt.resultDigest],
    ["作废时间", v.time],
    ["作废操作人", v.operator || "（未填写）"],
    ["作废原因", v.reason],
  ];
  return {
    name,
    title: tableTitle(rules, attempt.time.slice(0, 4), "“双随机、一公开”抽取作废记录"),
    header: [["项目", "内容"]],
    columns: [{ width: 16, format: "text" }, { width: 100, format: "text" }],
    body,
    notes: [
      `注：第 ${attempt.number} 次抽取已作废。它的工作表和记录都保留，尝试日志中加了一行作废记录；自作废起，它抽中的单位不再计入同一对象年度抽查上限和配额核验。作废不能撤销。`,
    ],
    protect: true,
  };
}
