import { canonicalJson, type Canonical } from "../canonical";
import { sha256Hex } from "../hash";
import { Sha256 } from "../sha256";
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
  const index = new FrameIndexBuilder();
  for (const t of f.targets) index.add(targetKey(t), canonicalJson(t));
  for (const p of f.inspectors) index.add(inspectorKey(p), canonicalJson(p));
  for (const t of f.tasks) index.add(taskKey(t), canonicalJson(t));
  for (const r of f.recusals) index.add(recusalKey(r), canonicalJson(r));
  index.add("rules", canonicalJson(f.rules));
  return index.finish();
}

/** Files `key=canonical JSON` entries in their buckets; `finish` hashes each bucket's sorted entries. */
export class FrameIndexBuilder {
  private readonly buckets = new Map<string, string[]>();

  add(key: string, canonical: string): void {
    const b = bucketOf(key);
    const entry = `${key}=${canonical}`;
    const list = this.buckets.get(b);
    if (list) list.push(entry);
    else this.buckets.set(b, [entry]);
  }

  finish(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const b of [...this.buckets.keys()].sort()) out[b] = sha256Hex(this.buckets.get(b)!.sort().join("\n")).slice(0, 12);
    return out;
  }
}

/** The bucket of a key: FNV-1a (32-bit) over its UTF-16 code units, low 12 bits as 3 hex digits. Only placement, not security: the bucket contents are hashed with SHA-256. */
export function bucketOf(key: string): string {
  return bucketNumber(key).toString(16).padStart(PREFIX, "0");
}

function bucketNumber(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h & 0xfff;
}

const BUCKETS = 16 ** PREFIX;

/**
 * The frame index without holding its entries: each bucket's SHA-256 is fed as entries arrive,
 * which is exact only while they arrive in sorted order per bucket — true for records fed kind by
 * kind in key order, as frameSummary does. `ordered` turns false at the first entry that might be
 * out of order (a key not after the bucket's last, or with it as a prefix); the caller then builds
 * the index with FrameIndexBuilder instead.
 */
export class StreamingFrameIndex {
  ordered = true;
  private readonly hashers: (Sha256 | undefined)[] = new Array(BUCKETS);
  private readonly lastKey: string[] = new Array(BUCKETS);
  private readonly encoder = new TextEncoder();
  /** One entry's bytes ("\n" between entries, key, "=", canonical JSON), handed over in one piece. */
  private entry = new Uint8Array(1024);

  /** `bytes[0..n)` are the UTF-8 of the entry's canonical JSON. */
  add(key: string, bytes: Uint8Array, n: number): void {
    if (!this.ordered) return;
    const b = bucketNumber(key);
    let sha = this.hashers[b];
    let at = 0;
    if (this.entry.length < 3 * key.length + n + 2) this.entry = new Uint8Array(2 * (3 * key.length + n + 2));
    const entry = this.entry;
    if (!sha) sha = this.hashers[b] = new Sha256();
    else {
      const prev = this.lastKey[b];
      if (!(prev < key && !key.startsWith(prev))) {
        this.ordered = false;
        return;
      }
      entry[at++] = 0x0a; // "\n"
    }
    this.lastKey[b] = key;
    let ascii = true;
    for (let i = 0; i < key.length && ascii; i++) {
      const c = key.charCodeAt(i);
      if (c > 0x7f) ascii = false;
      else entry[at + i] = c;
    }
    at += ascii ? key.length : this.encoder.encodeInto(key, entry.subarray(at)).written;
    entry[at++] = 0x3d; // "="
    if (n > 64) entry.set(bytes.subarray(0, n), at);
    else for (let i = 0; i < n; i++) entry[at + i] = bytes[i];
    sha.update(entry, 0, at + n);
  }

  finish(): Record<string, string> {
    const out: Record<string, string> = {};
    this.hashers.forEach((sha, b) => {
      if (sha) out[b.toString(16).padStart(PREFIX, "0")] = sha.digestHex().slice(0, 12);
    });
    return out;
  }
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
