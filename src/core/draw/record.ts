import { canonicalJson, type Canonical } from "../hash/canonical";
import type { Cell } from "../grid/cell";
import { sha256Hex, ZERO_DIGEST } from "../hash/digest";
import type { SeedSource } from "./seed";
import type { Exclusion, PriorSelection } from "./eligibility";
import { FRAME_INDEX_VERSION } from "./frame-index";
import type { DrawPlan } from "./plan";
import type { Selected, TaskResult } from "./run";
import type { AllocationRule } from "./strata";
import type { QuotaRow } from "../quota/row";

export interface RecordStratum {
  key: string;
  size: number;
  take: number;
  rule: AllocationRule;
  note: string;
}

export interface RecordTask {
  code: string;
  name: string;
  year: string;
  eligible: number;
  strata: RecordStratum[];
  excluded: Exclusion[];
  selected: Selected[];
}

/** One kept draw (docs/draw-spec.md §6). */
export interface DrawRecord {
  algorithm: string;
  packageVersion: string;
  pureRandVersion: string;
  frameDigest: string;
  /** Bucketed fingerprint of the frame (frame-index.ts): lets verify name the input rows changed since. */
  frameIndex: Record<string, string>;
  /** The index's format; absent in records written before format 2 (they hold format 1). */
  frameIndexVersion?: number;
  seed: string;
  seedSource: SeedSource;
  /** ISO 8601 with offset, as the host read its clock. */
  time: string;
  operator: string;
  prior: PriorSelection[];
  tasks: RecordTask[];
  resultDigest: string;
  /** The visible sheets this draw wrote (plan tables, 配额核验 and 结果公示 named since 0.3.0). */
  sheets: { result: string; record: string; plans?: string[]; quota?: string; disclosure?: string };
  /**
   * Since 0.3.0: the parts of 配额核验 that depend on the day it was made and on what staff had
   * filled in — the 结果公示 rules' rows and the row-by-row table (null when not written) — as
   * written, for verify to check the sheet against.
   */
  quotaAsWritten?: { rows: QuotaRow[]; byRow: Cell[][] | null };
  /** Since 0.3.0: which attempt of the log this draw is (第 N 次抽取), as 抽取结果 says. */
  attempt?: number;
}

/** One line of the append-only attempt log; `prev` chains it to the line before. */
export interface LogLine {
  time: string;
  operator: string;
  frameDigest: string;
  seed: string;
  resultDigest: string;
  kept: boolean;
  prev: string;
  /** Since 0.3.0, a line that marks attempt N 作废 (its digests are that attempt's; `kept` is false). */
  voids?: number;
  reason?: string;
  /** The visible 作废记录 sheet written with it. */
  sheet?: string;
}

export const RECORD_FORMAT = "double-random/record@1";

/** Every kept draw of the workbook and the attempt log, stored in the workbook so it travels by e-mail. */
export interface RecordBook {
  format: typeof RECORD_FORMAT;
  draws: DrawRecord[];
  log: LogLine[];
}

export const emptyRecordBook = (): RecordBook => ({ format: RECORD_FORMAT, draws: [], log: [] });

export interface Versions {
  packageVersion: string;
  pureRandVersion: string;
}

export function makeRecord(
  plan: DrawPlan,
  tasks: readonly TaskResult[],
  resultDigest: string,
  meta: Versions & { seed: string; seedSource: SeedSource; time: string; operator: string; sheets: DrawRecord["sheets"] },
): DrawRecord {
  return {
    algorithm: plan.algorithm,
    packageVersion: meta.packageVersion,
    pureRandVersion: meta.pureRandVersion,
    frameDigest: plan.frameDigest,
    frameIndex: plan.frameIndex,
    frameIndexVersion: FRAME_INDEX_VERSION,
    seed: meta.seed,
    seedSource: meta.seedSource,
    time: meta.time,
    operator: meta.operator,
    prior: plan.prior,
    tasks: plan.tasks.map((tp, i) => ({
      code: tp.task.code,
      name: tp.task.name,
      year: tp.year,
      eligible: tp.eligible.length,
      strata: tp.strata.map((s) => ({ key: s.key, size: s.size, take: s.take, rule: s.rule, note: s.note })),
      excluded: tasks[i].excluded,
      selected: tasks[i].selected,
    })),
    resultDigest,
    sheets: meta.sheets,
  };
}

const lineCanonical = (l: LogLine): Canonical => ({ ...l });

export function lineDigest(line: LogLine): string {
  return sha256Hex(canonicalJson(lineCanonical(line)));
}

/** A new book with one more log line (and the draw, when kept). The input book is not changed. */
export function appendAttempt(book: RecordBook, line: Omit<LogLine, "prev">, draw: DrawRecord | null): RecordBook {
  const last = book.log[book.log.length - 1];
  const prev = last ? lineDigest(last) : ZERO_DIGEST;
  return {
    format: RECORD_FORMAT,
    draws: draw && line.kept ? [...book.draws, draw] : [...book.draws],
    log: [...book.log, { ...line, prev }],
  };
}

/** Selections of the kept draws, per year and target: the yearly cap of later draws counts them. */
export function priorSelections(draws: readonly DrawRecord[]): PriorSelection[] {
  const counts = new Map<string, number>();
  for (const d of draws) {
    for (const t of d.tasks) for (const s of t.selected) counts.set(`${t.year}\u0000${s.id}`, (counts.get(`${t.year}\u0000${s.id}`) ?? 0) + 1);
  }
  return [...counts].map(([k, count]) => {
    const [year, uscc] = k.split("\u0000");
    return { year, uscc, count };
  });
}

export const RECORD_DATA_SHEET = "_抽取记录数据";
const BANNER = "双随机抽查助手 抽取记录数据（机器可读，请勿修改；核验时会逐项比对）";
const CHUNK = 30000;

/** The record book as cells: a banner, the format, then the JSON in chunks under Excel's 32,767-character cell limit. */
export function recordBookToRows(book: RecordBook): Cell[][] {
  const json = JSON.stringify(book);
  const rows: Cell[][] = [[BANNER], [RECORD_FORMAT]];
  for (let i = 0; i < json.length; i += CHUNK) rows.push([json.slice(i, i + CHUNK)]);
  return rows;
}

export type RecordRead = { ok: true; book: RecordBook } | { ok: false; message: string };

/** Reads the record book back from the cells of `_抽取记录数据`. */
export function recordBookFromRows(rows: readonly Cell[][]): RecordRead {
  if (rows[1]?.[0] !== RECORD_FORMAT) return { ok: false, message: `“${RECORD_DATA_SHEET}”第 2 行不是 ${RECORD_FORMAT}，无法识别。` };
  const json = rows.slice(2).map((r) => (typeof r[0] === "string" ? r[0] : "")).join("");
  try {
    const book = JSON.parse(json) as RecordBook;
    if (book.format !== RECORD_FORMAT || !Array.isArray(book.draws) || !Array.isArray(book.log)) throw new Error("shape");
    return { ok: true, book };
  } catch {
    return { ok: false, message: `“${RECORD_DATA_SHEET}”中的记录数据已损坏或被改动，无法读取。` };
  }
}
