import type { DataRow } from "../rows";

/** The text of a required cell; reports VALUE_MISSING when blank. */
export function requireText(row: DataRow, key: string, label: string): string {
  const t = row.text(key);
  if (t === "" && row.has(key) && !row.isError(key)) row.error("VALUE_MISSING", key, `必填项“${label}”为空。`);
  return t;
}
