import { canonicalJson, type Canonical } from "../canonical";
import { sha256Hex } from "../hash";
import type { Inspector, Recusal, Task, Target, WorkbookReading } from "../model";

/** Hex digits of a key's hash that name its bucket: 16³ = 4,096 buckets whatever the size of the book. */
const PREFIX = 3;

export const targetKey = (t: Pick<Target, "uscc">): string => `t|${t.uscc}`;
export const inspectorKey = (p: Pick<Inspector, "cert" | "name">): string => `i|${p.cert}|${p.name}`;
export const taskKey = (t: Pick<Task, "code">): string => `k|${t.code}`;
export const recusalKey = (r: Pick<Recusal, "inspector" | "target">): string => `r|${r.inspector}|${r.target}`;

/**
 * A coarse fingerprint of the frame stored with each draw: the frame's records hashed into at most
 * 4,096 buckets (prefix → 12 hex digits). When the frame digest no longer matches, comparing
 * buckets tells verify which rows of the input sheets changed — exactly, for books of a few
 * thousand rows; to a small group of rows for very large ones.
 */
export function frameIndex(frame: Canonical): Record<string, string> {
  const f = frame as { targets: { uscc: string }[]; inspectors: { cert: string; name: string }[]; tasks: { code: string }[]; recusals: { inspector: string; target: string }[]; rules: Canonical };
  const entries: [string, Canonical][] = [
    ...f.targets.map((t) => [targetKey(t), t] as [string, Canonical]),
    ...f.inspectors.map((p) => [inspectorKey(p), p] as [string, Canonical]),
    ...f.tasks.map((t) => [taskKey(t), t] as [string, Canonical]),
    ...f.recusals.map((r) => [recusalKey(r), r] as [string, Canonical]),
    ["rules", f.rules],
  ];
  const buckets = new Map<string, string[]>();
  for (const [key, value] of entries) {
    const b = bucketOf(key);
    const entry = `${key}=${canonicalJson(value)}`;
    const list = buckets.get(b);
    if (list) list.push(entry);
    else buckets.set(b, [entry]);
  }
  const out: Record<string, string> = {};
  for (const b of [...buckets.keys()].sort()) out[b] = sha256Hex(buckets.get(b)!.sort().join("\n")).slice(0, 12);
  return out;
}

/** The bucket of a key: FNV-1a (32-bit) over its UTF-16 code units, low 12 bits as 3 hex digits. Only placement, not security: the bucket contents are hashed with SHA-256. */
export function bucketOf(key: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return (h & 0xfff).toString(16).padStart(PREFIX, "0");
}

export interface ChangedRow {
  sheet: string;
  /** Row range ("12:12"), or "" when the changed record is no longer in the book (deleted). */
  cell: string;
  what: string;
}

/** Rows of the input sheets that fall in buckets whose fingerprint changed since the draw. */
export function changedRows(recorded: Record<string, string>, current: Record<string, string>, reading: WorkbookReading): ChangedRow[] {
  const changed = new Set([...Object.keys(recorded), ...Object.keys(current)].filter((b) => recorded[b] !== current[b]));
  if (changed.size === 0) return [];
  const out: ChangedRow[] = [];
  const seen = new Set<string>();
  const add = (sheet: string | undefined, key: string, row: number, what: string): void => {
    if (!sheet || !changed.has(bucketOf(key))) return;
    seen.add(bucketOf(key));
    out.push({ sheet, cell: `${row}:${row}`, what });
  };
  for (const t of reading.targets) add(reading.sheets.targets?.sheet, targetKey(t), t.row, `单位 ${t.uscc}（${t.name}）`);
  for (const p of reading.inspectors) add(reading.sheets.inspectors?.sheet, inspectorKey(p), p.row, `人员 ${p.name}（${p.cert || "无证号"}）`);
  for (const t of reading.tasks) add(reading.sheets.tasks?.sheet, taskKey(t), t.row, `任务 ${t.code}`);
  for (const r of reading.recusals) add(reading.sheets.recusals?.sheet, recusalKey(r), r.row, `回避 ${r.inspector} — ${r.target}`);
  if (changed.has(bucketOf("rules"))) {
    seen.add(bucketOf("rules"));
    out.push({ sheet: reading.sheets.rules?.sheet ?? "抽查规则", cell: "", what: "抽查规则" });
  }
  const unexplained = [...changed].filter((b) => !seen.has(b)).length;
  if (unexplained > 0) out.push({ sheet: reading.sheets.targets?.sheet ?? "", cell: "", what: `另有 ${unexplained} 组记录在抽取后被删除` });
  return out;
}
