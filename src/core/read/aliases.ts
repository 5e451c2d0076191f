import type { IssueList } from "../issue";
import type { Recognised } from "./recognize";
import { requireText } from "./required";
import { dataRows } from "./rows";
import type { SheetSchema } from "./schema";

/** A 部门别名 row: the name a plan uses, the roster department it stands for, and where it is. */
export interface AliasRow {
  alias: string;
  department: string;
  at: string;
  sheet: string;
}

/** Reads 部门别名 (dr-2026.2); whether each department is the roster's is checked with the roster. */
export function readAliases(rec: Recognised, schema: SheetSchema, issues: IssueList): AliasRow[] {
  const out: AliasRow[] = [];
  for (const row of dataRows(rec, schema, issues)) {
    const alias = requireText(row, "alias", "别名");
    const department = requireText(row, "department", "名录库中的部门");
    if (alias !== "" && department !== "") out.push({ alias, department, at: row.address("department"), sheet: rec.sheet.name });
  }
  return out;
}
