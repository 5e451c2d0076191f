/*
 * The engine's work, one request at a time: the core's prepare / plan sheets / draw / verify / 作废.
 * Runs inside the Web Worker (engine.worker.ts) or, where there is no worker, in the page
 * (client.ts loads this module on demand). Apart from the progress callback, its only state is
 * the workbooks it holds in file mode (books.ts).
 */
import { completeDraw, errorMessage, planSheets, type Prepared, prepareDraw, type PrepareOptions, quotaReport, RECORD_DATA_SHEET, type SheetData, type SheetKind, verifyWorkbook, voidAttempt, type WorkbookReading } from "../../core";
import { bookPrepared, bookSheets, closeBook, openBook, saveBook, warmBooks, writeBook } from "./books";
import type { DrawInput, DrawOutcome, EngineOptions, EngineReply, EngineRequest, PrepareView, ProgressCallback, ProgressLabel, SheetInput } from "./protocol";

/** The sheets themselves: as sent, or read from a workbook the engine holds. */
async function sheetsOf(input: SheetInput): Promise<SheetData[]> {
  return Array.isArray(input) ? input : bookSheets(input.book);
}

/** The sheets prepared; a workbook the engine holds is prepared once per choice of options (books.ts). */
async function preparedOf(input: SheetInput, options: PrepareOptions): Promise<Prepared> {
  if (Array.isArray(input)) return prepareDraw(input, options);
  const key = JSON.stringify([options.tasks ?? null, options.assign ?? {}, options.today ?? null]);
  return bookPrepared(input.book, key, (sheets) => prepareDraw(sheets, options));
}

function prepareOptions(options: EngineOptions): PrepareOptions {
  return {
    tasks: options.tasks,
    assign: options.assign ?? {},
    ...(options.today ? { today: options.today } : {}),
  };
}

function records(reading: WorkbookReading): Record<SheetKind, number | null> {
  return {
    targets: reading.targets.length,
    inspectors: reading.inspectors.length,
    matters: reading.matters.length,
    tasks: reading.tasks.length,
    recusals: reading.recusals.length,
    rules: null, aliases: reading.sheets.aliases?.rows ?? null, holidays: reading.sheets.holidays?.rows ?? null,
  };
}

export function viewOf(prepared: Prepared): PrepareView {
  const { reading, plan } = prepared;
  return {
    algorithm: plan.algorithm,
    sheets: reading.sheets,
    taskSheets: reading.taskSheets,
    records: records(reading),
    sheetNames: prepared.sheetNames.filter((name) => name !== RECORD_DATA_SHEET),
    hasRecord: prepared.sheetNames.includes(RECORD_DATA_SHEET),
    readingIssues: reading.issues,
    // plan.issues = the reading's issues, then what the plan found (DrawPlan.issues).
    planIssues: plan.issues.slice(reading.issues.length),
    ok: plan.ok,
    frameDigest: plan.frameDigest,
    allTasks: [...reading.tasks]
      .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
      .map((t) => ({ code: t.code, name: t.name })),
    tasks: plan.tasks.map((t) => ({
      code: t.task.code,
      name: t.task.name,
      eligible: t.eligible.length,
      excluded: t.excluded.length,
      take: t.take,
      strata: t.strata.map((s) => ({ key: s.key, size: s.size, take: s.take, note: s.note })),
    })),
    quotas: quotaReport(prepared),
  };
}

/**
 * Where the draw is when the core starts a stage, as a fraction of the whole: roughly each stage's
 * share of the time at 100,000 targets (docs/performance.md).
 */
const DRAW_STAGES: Record<string, [number, ProgressLabel]> = {
  eligibility: [0.25, "planning"],
  frame: [0.35, "planning"],
  tickets: [0.6, "drawing"],
  teams: [0.75, "drawing"],
  sheets: [0.85, "drawing"],
};

async function draw(input: DrawInput, progress: ProgressCallback): Promise<DrawOutcome> {
  const mark = (stage: string) => {
    const at = DRAW_STAGES[stage];
    if (at) progress(...at);
  };
  progress(0.05, "planning");
  const prepared = await preparedOf(input.sheets, { ...prepareOptions(input.options), mark });
  const { plan } = prepared;
  if (!plan.ok) return { kind: "infeasible", issues: plan.issues.filter((i) => i.severity === "error") };
  if (plan.frameDigest !== input.frameDigest) return { kind: "changed", expected: input.frameDigest, found: plan.frameDigest };
  const done = completeDraw(prepared, input.meta, mark);
  if (!done.ok) return done.failure ? { kind: "team", task: done.task, failure: done.failure } : { kind: "short", task: done.task, shortfall: done.shortfall };
  const { record, specs } = done;
  let written: { names: string[]; hidden: boolean[] } | undefined;
  if (input.write && !Array.isArray(input.sheets)) {
    progress(0.9, "writing");
    try {
      written = { names: await writeBook(input.sheets.book, specs), hidden: specs.map((spec) => spec.state === "hidden" || spec.state === "veryHidden") };
    } catch (e) {
      return { kind: "write", message: errorMessage(e) };
    }
  }
  progress(1, written ? "writing" : "drawing");
  return {
    kind: "done",
    specs: written ? [] : specs,
    ...(written && { written }),
    quotas: done.quotas,
    summary: {
      algorithm: record.algorithm,
      seed: record.seed,
      seedSource: record.seedSource,
      time: record.time,
      operator: record.operator,
      frameDigest: record.frameDigest,
      resultDigest: record.resultDigest,
      tasks: record.tasks.map((t) => ({
        code: t.code,
        name: t.name,
        eligible: t.eligible,
        take: plan.tasks.find((p) => p.task.code === t.code)?.take ?? t.selected.length,
        drawn: t.selected.length,
      })),
    },
  };
}

const REHEARSAL = { seed: "0", seedSource: "typed", time: "2000-01-01T00:00:00+08:00", operator: "-" } as const;

/** Requests received so far: a rehearsal gives way as soon as a real one arrives. */
let received = 0;

/**
 * The whole file-mode path once, on a sample workbook, with nothing kept. A browser runs new code
 * slowly until it has compiled it for what it sees; this moves that cost to while the clerk is
 * choosing a file (docs/performance.md has the figures). It runs beside the request queue, one
 * stage at a time, and stops at the first request that arrives, so it never holds the clerk up
 * by more than one stage on a small book. A failure here is of no interest.
 */
async function rehearse(url: string): Promise<void> {
  const from = received;
  const stillIdle = async (): Promise<boolean> => {
    await new Promise((resolve) => setTimeout(resolve, 0));
    return received === from;
  };
  let book: number | null = null;
  try {
    const response = await fetch(url, { credentials: "same-origin" });
    if (!response.ok || !(await stillIdle())) return;
    book = (await openBook(await response.arrayBuffer(), "sample.xlsx")).book;
    if (!(await stillIdle())) return;
    const sheets = await bookSheets(book);
    if (!(await stillIdle())) return;
    const prepared = prepareDraw(sheets, {});
    viewOf(prepared);
    if (!(await stillIdle())) return;
    const done = completeDraw(prepared, REHEARSAL);
    if (!done.ok || !(await stillIdle())) return;
    await writeBook(book, done.specs);
    if (!(await stillIdle())) return;
    await saveBook(book);
  } catch {
    // The real open reports its own errors.
  } finally {
    if (book !== null) closeBook(book);
  }
}

/** Answers one request; never rejects (a failure becomes a `failed` reply with the message). */
export async function handle(request: EngineRequest, progress: ProgressCallback): Promise<EngineReply> {
  const { id } = request;
  try {
    switch (request.type) {
      case "prepare": {
        progress(0.1, "planning");
        const prepared = await preparedOf(request.sheets, prepareOptions(request.options));
        return { id, type: "prepared", view: viewOf(prepared) };
      }
      case "announce": {
        progress(0.1, "planning");
        const prepared = await preparedOf(request.sheets, prepareOptions(request.options));
        return { id, type: "announced", specs: planSheets(prepared, request.time) };
      }
      case "draw":
        return { id, type: "drawn", outcome: await draw(request.input, progress) };
      case "verify": {
        const sheets = await sheetsOf(request.sheets);
        progress(0.1, "verifying");
        return { id, type: "verified", report: verifyWorkbook(sheets) };
      }
      case "void": {
        const sheets = await sheetsOf(request.sheets);
        progress(0.1, "voiding");
        const done = voidAttempt(sheets, request.attempt, request.meta);
        // The record book stays here: the page needs only the attempt and the specs to write.
        const outcome = done.ok ? { ok: true as const, attempt: done.attempt, specs: done.specs } : { ok: false as const, message: done.message };
        return { id, type: "voided", outcome };
      }
      case "open":
        progress(0, "reading");
        return { id, type: "opened", ...(await openBook(request.data, request.title)) };
      case "sheets":
        return { id, type: "sheetData", sheets: await bookSheets(request.book) };
      case "write":
        progress(0, "writing");
        return { id, type: "written", names: await writeBook(request.book, request.specs) };
      case "save":
        progress(0, "saving");
        return { id, type: "saved", bytes: await saveBook(request.book) };
      case "close":
        closeBook(request.book);
        return { id, type: "closed" };
      case "warm":
        await warmBooks();
        // Only off the page's thread: in the page, the rehearsal would hold the pane up as it ran.
        if (request.rehearseOn && typeof window === "undefined") void rehearse(request.rehearseOn);
        return { id, type: "warmed" };
    }
  } catch (e) {
    return { id, type: "failed", message: errorMessage(e) };
  }
}

let last: Promise<unknown> = Promise.resolve();

/** One request at a time, in arrival order: a write must never interleave with a read of the same workbook. */
export function handleInOrder(request: EngineRequest, progress: ProgressCallback): Promise<EngineReply> {
  received++;
  const reply = last.then(() => handle(request, progress));
  last = reply;
  return reply;
}
