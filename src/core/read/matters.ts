import type { IssueList } from "../issue";
import type { Matter } from "../model";
import type { Recognised } from "./recognize";
import { dataRows } from "./rows";
import type { SheetSchema } from "./schema";
import { parseMatterCategory } from "../values/vocabulary";
import { requireText } from "./required";

/** Reads 抽查事项清单 rows; 事项编号 is generated (M001…, by row order) where the sheet has none. */
export function readMatters(rec: Recognised, schema: SheetSchema, issues: IssueList, v2: boolean): Matter[] {
  const out: Matter[] = [];
  for (const row of dataRows(rec, schema, issues)) {
    const name = requireText(row, "name", "抽查事项");
    let category = null;
    if (row.text("category") !== "") {
      category = parseMatterCategory(row.value("category"));
      if (category === null) row.warning("VALUE_INVALID", "category", `事项类别“${row.text("category")}”不是“重点检查事项”或“一般检查事项”。`);
    }
    const matter: Matter = {
      row: row.row,
      code: row.text("code").replace(/\s+/g, "").toUpperCase(),
      rightsItem: row.text("rightsItem"),
      name,
      content: row.text("content"),
      target: row.text("target"),
      category,
      method: row.text("method"),
      ratioFrequency: row.text("ratioFrequency"),
      level: row.text("level"),
      basis: row.text("basis"),
    };
    if (v2) matter.seq = row.text("seq");
    out.push(matter);
  }
  const width = Math.max(3, String(out.length).length);
  const used = new Set(out.map((m) => m.code).filter(Boolean));
  const hasColumn = rec.header.columns.has("code");
  out.forEach((m, i) => {
    if (m.code !== "") return;
    let n = i + 1;
    while (used.has(`M${String(n).padStart(width, "0")}`)) n += 1;
    m.code = `M${String(n).padStart(width, "0")}`;
    used.add(m.code);
    if (hasColumn) {
      issues.warning("MATTER_CODE_GENERATED", rec.sheet.name, `${m.row}:${m.row}`, `第 ${m.row} 行事项编号为空，已编为 ${m.code}。`);
    }
  });
  return out;
}
