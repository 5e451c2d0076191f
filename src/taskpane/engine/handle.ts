/*
 * The engine's work, one request at a time: the core's prepare / plan sheets / draw / verify.
 * Runs inside the Web Worker (engine.worker.ts) or, where there is no worker, in the page
 * (client.ts loads this module on demand). Pure apart from the progress callback.
 */
import type { SheetData } from "../../core/cell";
import { RECORD_DATA_SHEET } from "../../core/draw/record";
import { completeDraw, planSheets, prepareDraw, quotaReport, type PrepareOptions, type Prepared } from "../../core/draw/session";
import { verifyWorkbook } from "../../core/draw/verify";
import type { SheetKind, WorkbookReading } from "../../core/model";
import type { DrawInput, DrawOutcome, EngineOptions, EngineReply, EngineRequest, PrepareView, ProgressCallback } from "./protocol";

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
    rules: null,
  };
}

export function viewOf(prepared: Prepared, sheets: readonly SheetData[]): PrepareView {
  const { reading, plan } = prepared;
  return {
    algorithm: plan.algorithm,
    sheets: reading.sheets,
    records: records(reading),
    sheetNames: sheets.map((s) => s.name).filter((name) => name !== RECORD_DATA_SHEET),
    hasRecord: sheets.some((s) => s.name === RECORD_DATA_SHEET),
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

function draw(input: DrawInput, progress: ProgressCallback): DrawOutcome {
  progress(0.05, "planning");
  const prepared = prepareDraw(input.sheets, prepareOptions(input.options));
  const { plan } = prepared;
  if (!plan.ok) return { kind: "infeasible", issues: plan.issues.filter((i) => i.severity === "error") };
  if (plan.frameDigest !== input.frameDigest) return { kind: "changed", expected: input.frameDigest, found: plan.frameDigest };
  progress(0.4, "drawing");
  const done = completeDraw(prepared, input.meta);
  if (!done.ok) return { kind: "team", task: done.task, failure: done.failure };
  progress(1, "drawing");
  const { record } = done;
  return {
    kind: "done",
    specs: done.specs,
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

/** Answers one request; never throws (a failure becomes a `failed` reply with the message). */
export function handle(request: EngineRequest, progress: ProgressCallback): EngineReply {
  const { id } = request;
  try {
    switch (request.type) {
      case "prepare": {
        progress(0.1, "planning");
        const prepared = prepareDraw(request.sheets, prepareOptions(request.options));
        return { id, type: "prepared", view: viewOf(prepared, request.sheets) };
      }
      case "announce": {
        progress(0.1, "planning");
        const prepared = prepareDraw(request.sheets, prepareOptions(request.options));
        return { id, type: "announced", specs: planSheets(prepared, request.time) };
      }
      case "draw":
        return { id, type: "drawn", outcome: draw(request.input, progress) };
      case "verify":
        progress(0.1, "verifying");
        return { id, type: "verified", report: verifyWorkbook(request.sheets) };
    }
  } catch (e) {
    return { id, type: "failed", message: e instanceof Error ? e.message : String(e) };
  }
}
