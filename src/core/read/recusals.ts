import type { IssueList } from "../issue";
import type { Recognised } from "./recognize";
import { dataRows, type DataRow } from "./rows";
import { RECUSALS } from "./schema";
import { normalizeUscc } from "../values/uscc";

/** A recusal as typed; resolved against the rosters by the workbook reader. */
export interface RecusalRow {
  row: DataRow;
  cert: string;
  inspectorName: string;
  uscc: string;
  targetName: string;
  reason: string;
}

export function readRecusals(rec: Recognised, issues: IssueList): RecusalRow[] {
  const out: RecusalRow[] = [];
  for (const row of dataRows(rec, RECUSALS, issues)) {
    const r: RecusalRow = {
      row,
      cert: row.text("cert").replace(/\s+/g, ""),
      inspectorName: row.text("inspectorName"),
      uscc: normalizeUscc(row.text("uscc")),
      targetName: row.text("targetName"),
      reason: row.text("reason"),
    };
    if (!r.cert && !r.inspectorName) row.error("VALUE_MISSING", row.has("cert") ? "cert" : "inspectorName", "回避名单未写执法证号或姓名。");
    if (!r.uscc && !r.targetName) row.error("VALUE_MISSING", row.has("uscc") ? "uscc" : "targetName", "回避名单未写统一社会信用代码或单位名称。");
    out.push(r);
  }
  return out;
}
