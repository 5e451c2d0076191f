import type { DataRow } from "./rows";

/** The text of a required cell; reports VALUE_MISSING when blank. `slot`: row.slot(key), when the caller has it. */
export function requireText(row: DataRow, key: string, label: string, slot = row.slot(key)): string {
  const t = row.textAt(slot);
  if (t === "" && row.has(key) && !row.isError(key)) row.error("VALUE_MISSING", key, `必填项“${label}”为空。`);
  return t;
}
