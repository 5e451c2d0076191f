import { useState } from "react";
import { errorMessage, type DrawMeta, type Issue, type QuotaRow, type StratumShortfall, type TeamFailure } from "../../core";
import { leftWorkbookChanged } from "../../host/workbook-host";
import type { Running } from "../components/ProgressStatus";
import type { DrawSummary, PrepareView } from "../engine/protocol";
import { sheetInput, type AppServices } from "../services";
import { engineOptions, type Loaded } from "./useWorkbook";

/** What a completed draw hands to step 4. */
export interface DrawResult {
  summary: DrawSummary;
  quotas: QuotaRow[];
  written: string[];
  /** Per written sheet: hidden from the user (the record data). */
  hidden: boolean[];
}

/** Why a draw stopped; nothing was written unless the failure is a write's (which rolls back). */
export type DrawFailure =
  | { kind: "team"; task: string; failure: TeamFailure }
  | { kind: "short"; task: string; shortfall: StratumShortfall }
  | { kind: "changed"; expected: string; found: string }
  | { kind: "infeasible"; issues: Issue[] }
  | { kind: "read"; message: string }
  /** `changed`: the host could not take back all it wrote (the message says what is left). */
  | { kind: "write"; message: string; changed?: boolean }
  | { kind: "engine"; message: string };

export type DrawOutcome = { ok: true; result: DrawResult } | { ok: false; failure: DrawFailure };

export interface DrawRequest {
  loaded: Loaded;
  /** The plan whose frame digest was shown: the draw is refused if the workbook no longer gives it. */
  view: PrepareView;
  tasks: string[] | undefined;
  meta: Omit<DrawMeta, "time">;
}

/** Shares of the progress bar: reading the workbook again, the draw in the engine, writing the sheets. */
const READ = 0.15;
const DRAW = 0.65;

/**
 * Step 3's work: read the workbook again, draw in the engine (refused when the frame digest has
 * changed since it was shown), write the sheets. Every failure comes back as a DrawFailure.
 */
export async function drawAndWrite(services: AppServices, request: DrawRequest, progress: (running: Running) => void): Promise<DrawOutcome> {
  const { loaded, view, tasks, meta } = request;
  const host = loaded.host;
  progress({ fraction: 0, label: "reading" });
  let sheets;
  try {
    sheets = await sheetInput(host, (f) => progress({ fraction: READ * f, label: "reading" }));
  } catch (e) {
    return { ok: false, failure: { kind: "read", message: errorMessage(e) } };
  }
  // A workbook the engine holds is written there, as part of the draw.
  const inEngine = host.kind === "file" && host.ref !== null;
  let outcome;
  try {
    outcome = await services.engine.draw(
      { sheets, options: engineOptions(loaded, tasks), meta: { ...meta, time: services.now() }, frameDigest: view.frameDigest, ...(inEngine && { write: true }) },
      (f, label) => progress({ fraction: READ + (inEngine ? 1 - READ : DRAW) * f, label }),
    );
  } catch (e) {
    return { ok: false, failure: { kind: "engine", message: errorMessage(e) } };
  }
  if (outcome.kind !== "done") return { ok: false, failure: outcome };
  if (outcome.written && host.kind === "file") {
    host.written(outcome.written.names);
    return { ok: true, result: { summary: outcome.summary, quotas: outcome.quotas, written: outcome.written.names, hidden: outcome.written.hidden } };
  }
  const writeFrom = READ + DRAW;
  progress({ fraction: writeFrom, label: "writing" });
  let written: string[];
  try {
    written = await host.writeSheets(outcome.specs, (f) => progress({ fraction: writeFrom + (1 - writeFrom) * f, label: "writing" }));
  } catch (e) {
    return { ok: false, failure: { kind: "write", message: errorMessage(e), ...(leftWorkbookChanged(e) && { changed: true }) } };
  }
  const hidden = outcome.specs.map((spec) => spec.state === "hidden" || spec.state === "veryHidden");
  return { ok: true, result: { summary: outcome.summary, quotas: outcome.quotas, written, hidden } };
}

/** Step 3's state: the progress while a draw runs and why the last one failed. */
export function useDraw(services: AppServices, onDone: (result: DrawResult) => void) {
  const [running, setRunning] = useState<Running | null>(null);
  const [failure, setFailure] = useState<DrawFailure | null>(null);

  const start = async (request: DrawRequest) => {
    setFailure(null);
    try {
      const outcome = await drawAndWrite(services, request, setRunning);
      if (outcome.ok) onDone(outcome.result);
      else setFailure(outcome.failure);
    } finally {
      setRunning(null);
    }
  };

  return { running, failure, start };
}
