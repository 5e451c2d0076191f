import { canonicalJson, type Canonical } from "../hash/canonical";
import { sha256Hex } from "../hash/digest";
import type { Inspector, Recusal, Task, Target, WorkbookReading } from "../model";

/** Hex digits of a key's hash that name its bucket: 16³ = 4,096 buckets whatever the size of the book. */
const PREFIX = 3;

export const targetKey = (t: Pick<Target, "uscc">): string => `t|${t.uscc}`;
export const inspectorKey = (p: Pick<Inspector, "cert" | "name">): string => `i|${p.cert}|${p.name}`;
export const taskKey = (t: Pick<Task, "code">): string => `k|${t.code}`;
export const recusalKey = (r: Pick<Recusal, "inspector" | "target">): string => `r|${r.inspector}|${r.target}`;

/**
 * The format of the index a draw stores (`DrawRecord.frameIndexVersion`). Records without a version
 * hold format 1 (SHA-256 buckets, frameIndexV1); verify computes whichever the record holds.
 */
export const FRAME_INDEX_VERSION = 2;

const BUCKETS = 16 ** PREFIX;

/**
 * A coarse fingerprint of the frame stored with each draw: the frame's records filed by key into at
 * most 4,096 buckets (prefix → 12 hex digits). When the frame digest no longer matches, comparing
 * buckets tells verify which rows of the input sheets changed — exactly, for books of a few
 * thousand rows; to a small group of rows for very large ones.
 *
 * Format 2: a bucket's value is the sum of its records' 64-bit fingerprints (two MurmurHash3-style
 * lanes over the record's canonical JSON in UTF-8), so records may arrive in any order and nothing
 * is held. It only locates changes; the frame digest (SHA-256) is what proves the frame unchanged.
 */
export class FrameIndex {
  private readonly low = new Int32Array(BUCKETS);
  private readonly high = new Int32Array(BUCKETS);
  private readonly used = new Uint8Array(BUCKETS);

  /** `bytes[start..end)`: the UTF-8 of the record's canonical JSON. */
  add(key: string, bytes: Uint8Array, start: number, end: number): void {
    this.addTo(bucketNumber(key), bytes, start, end);
  }

  /** add(targetKey({ uscc }), …) without building the key. */
  addTarget(uscc: string, bytes: Uint8Array, start: number, end: number): void {
    this.addTo(bucketNumber(uscc, TARGET_KEY_HASH), bytes, start, end);
  }

  private addTo(b: number, bytes: Uint8Array, start: number, end: number): void {
    recordFingerprint(bytes, start, end);
    this.low[b] = (this.low[b] + LANES[0]) | 0;
    this.high[b] = (this.high[b] + LANES[1]) | 0;
    this.used[b] = 1;
  }

  finish(): Record<string, string> {
    const out: Record<string, string> = {};
    for (let b = 0; b < BUCKETS; b++) {
      if (this.used[b]) out[BUCKET_NAMES[b]] = hex8(this.high[b]) + hex4(this.low[b] >>> 16);
    }
    return out;
  }
}

/** The records of a frame built by buildFrame with their keys (the reference; plans use frameSummary). */
function frameRecords(frame: Canonical): [string, Canonical][] {
  const f = frame as { targets: { uscc: string }[]; inspectors: { cert: string; name: string }[]; tasks: { code: string }[]; recusals: { inspector: string; target: string }[]; rules: Canonical };
  return [
    ...f.targets.map((t): [string, Canonical] => [targetKey(t), t]),
    ...f.inspectors.map((p): [string, Canonical] => [inspectorKey(p), p]),
    ...f.tasks.map((t): [string, Canonical] => [taskKey(t), t]),
    ...f.recusals.map((r): [string, Canonical] => [recusalKey(r), r]),
    ["rules", f.rules],
  ];
}

/** The frame index (format 2) of a frame built by buildFrame. */
export function frameIndex(frame: Canonical): Record<string, string> {
  const index = new FrameIndex();
  const encoder = new TextEncoder();
  for (const [key, record] of frameRecords(frame)) {
    const bytes = encoder.encode(canonicalJson(record));
    index.add(key, bytes, 0, bytes.length);
  }
  return index.finish();
}

/** Format 1, kept to verify records written before format 2: per bucket, SHA-256 of its sorted `key=JSON` entries. */
export function frameIndexV1(frame: Canonical): Record<string, string> {
  const index = new FrameIndexBuilder();
  for (const [key, record] of frameRecords(frame)) index.add(key, canonicalJson(record));
  return index.finish();
}

/** Format 1: files `key=canonical JSON` entries in their buckets; `finish` hashes each bucket's sorted entries. */
class FrameIndexBuilder {
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

/** The bucket of a key: FNV-1a (32-bit) over its UTF-16 code units, low 12 bits as 3 hex digits. */
export function bucketOf(key: string): string {
  return bucketNumber(key).toString(16).padStart(PREFIX, "0");
}

/** FNV-1a of `key` continued from state `h` (the offset basis: from the start). */
function fnv1a(key: string, h: number): number {
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

const FNV_OFFSET = 0x811c9dc5;
/** The FNV-1a state after "t|", the start of every target's key. */
const TARGET_KEY_HASH = fnv1a(targetKey({ uscc: "" }), FNV_OFFSET);

function bucketNumber(key: string, from = FNV_OFFSET): number {
  return fnv1a(key, from) & 0xfff;
}

/** The two lanes of the last recordFingerprint (no allocation per record). */
const LANES = new Int32Array(2);

/**
 * Two 32-bit MurmurHash3 (x86_32) lanes over `bytes[start..end)`, little-endian words, with different
 * seeds and block constants, each finished with the length and Murmur's final mix. The returned
 * array is reused by the next call: read it before calling again.
 */
export function recordFingerprint(bytes: Uint8Array, start: number, end: number): Int32Array {
  let h1 = 0x2f6b5c1d;
  let h2 = 0x6a09e667;
  const n = end - start;
  const tail = start + (n & ~3);
  for (let i = start; i < tail; i += 4) {
    const k = bytes[i] | (bytes[i + 1] << 8) | (bytes[i + 2] << 16) | (bytes[i + 3] << 24);
    let k1 = Math.imul(k, 0xcc9e2d51);
    k1 = Math.imul((k1 << 15) | (k1 >>> 17), 0x1b873593);
    h1 ^= k1;
    h1 = (Math.imul((h1 << 13) | (h1 >>> 19), 5) + 0xe6546b64) | 0;
    let k2 = Math.imul(k, 0x85ebca6b);
    k2 = Math.imul((k2 << 16) | (k2 >>> 16), 0xc2b2ae35);
    h2 ^= k2;
    h2 = (Math.imul((h2 << 17) | (h2 >>> 15), 5) + 0x52dce729) | 0;
  }
  let k = 0;
  for (let i = end - 1; i >= tail; i--) k = (k << 8) | bytes[i];
  if (end > tail) {
    const k1 = Math.imul(k, 0xcc9e2d51);
    h1 ^= Math.imul((k1 << 15) | (k1 >>> 17), 0x1b873593);
    const k2 = Math.imul(k, 0x85ebca6b);
    h2 ^= Math.imul((k2 << 16) | (k2 >>> 16), 0xc2b2ae35);
  }
  LANES[0] = finalMix(h1 ^ n);
  LANES[1] = finalMix(h2 ^ n);
  return LANES;
}

function finalMix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

const HEX2 = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, "0"));
const hex4 = (x: number): string => HEX2[(x >>> 8) & 0xff] + HEX2[x & 0xff];
const hex8 = (x: number): string => hex4(x >>> 16) + hex4(x);
const BUCKET_NAMES = Array.from({ length: BUCKETS }, (_, b) => b.toString(16).padStart(PREFIX, "0"));

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
  for (const t of reading.tasks) add(t.source?.sheet ?? reading.sheets.tasks?.sheet, taskKey(t), t.row, `任务 ${t.code}`);
  for (const r of reading.recusals) add(reading.sheets.recusals?.sheet, recusalKey(r), r.row, `回避 ${r.inspector} — ${r.target}`);
  if (changed.has(bucketOf("rules"))) {
    seen.add(bucketOf("rules"));
    out.push({ sheet: reading.sheets.rules?.sheet ?? "抽查规则", cell: "", what: "抽查规则" });
  }
  const unexplained = [...changed].filter((b) => !seen.has(b)).length;
  if (unexplained > 0) out.push({ sheet: reading.sheets.targets?.sheet ?? "", cell: "", what: `另有 ${unexplained} 组记录在抽取后被删除` });
  return out;
}
