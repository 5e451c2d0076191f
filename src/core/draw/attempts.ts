import type { DrawRecord, LogLine, RecordBook } from "./record";

/** A draw attempt of the attempt log, numbered as 抽取记录 numbers it (第 N 次抽取), with its 作废 if any. */
export interface Attempt {
  number: number;
  /** Index of its line in the log. */
  line: number;
  time: string;
  operator: string;
  seed: string;
  frameDigest: string;
  resultDigest: string;
  kept: boolean;
  voided: { time: string; operator: string; reason: string; line: number } | null;
}

/** A line that marks an earlier attempt 作废 rather than recording a draw. */
export const isVoidLine = (l: LogLine): l is LogLine & { voids: number } => typeof l.voids === "number";

/** The attempts of `log` in order; a 作废 line attaches to the attempt it names. */
export function attemptsOf(log: readonly LogLine[]): Attempt[] {
  const out: Attempt[] = [];
  log.forEach((l, line) => {
    if (isVoidLine(l)) {
      const a = out[l.voids - 1];
      if (a && !a.voided) a.voided = { time: l.time, operator: l.operator, reason: l.reason ?? "", line };
      return;
    }
    out.push({ number: out.length + 1, line, time: l.time, operator: l.operator, seed: l.seed, frameDigest: l.frameDigest, resultDigest: l.resultDigest, kept: l.kept, voided: null });
  });
  return out;
}

/** The log line of a kept draw (-1 when the log lacks it). */
export const lineOfDraw = (book: RecordBook, draw: DrawRecord): number =>
  book.log.findIndex((l) => !isVoidLine(l) && l.kept && l.time === draw.time && l.resultDigest === draw.resultDigest);

/**
 * The kept draws that count (against the yearly cap, in 配额核验) as the log stood before line
 * `before`: drawn before it and not marked 作废 before it. A 作废 never changes what a later
 * draw counted when it was made, so each draw is verified against what it saw.
 */
export function countedDraws(book: RecordBook, before = book.log.length): DrawRecord[] {
  const voided = new Set(attemptsOf(book.log.slice(0, before)).flatMap((a) => (a.voided ? [`${a.time}\u0000${a.resultDigest}`] : [])));
  return book.draws.filter((d) => {
    const line = lineOfDraw(book, d);
    return line >= 0 && line < before && !voided.has(`${d.time}\u0000${d.resultDigest}`);
  });
}

/** One attempt in words, for 抽取结果, 作废记录 and verify's report. */
export function attemptText(a: Attempt): string {
  const status = a.voided ? `已作废（${a.voided.time}，${a.voided.operator || "未填写操作人"}：${a.voided.reason}）` : a.kept ? "保留" : "放弃";
  return `第 ${a.number} 次抽取 ${a.time} ${a.operator || "（未填写操作人）"}，${status}，结果摘要 ${a.resultDigest.slice(0, 12)}…`;
}
