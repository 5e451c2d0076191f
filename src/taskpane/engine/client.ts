/*
 * The pane's handle on the draw engine. One interface, two transports: a Web Worker (the normal
 * case: the page stays responsive and shows progress) and the same code run in the page, used when
 * `Worker` does not exist (jsdom tests, unusual hosts) or the worker cannot start.
 */
import { errorMessage, type SheetData, type SheetSpec, type VerifyReport } from "../../core";
import type { BookRef, DrawInput, DrawOutcome, EngineOptions, EngineReply, EngineRequest, PrepareView, ProgressCallback, SheetInput, VoidMeta, VoidOutcome } from "./protocol";

/** The engine answered with a failure (the core threw): the message is the core's. */
export class EngineError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "EngineError";
  }
}

/** The worker could not be started or died; the caller falls back to running in the page. */
export class EngineUnavailable extends Error {
  constructor(message: string) {
    super(message);
    this.name = "EngineUnavailable";
  }
}

export interface DrawEngine {
  /** Reads, checks and plans the workbook (no seed): what steps 1 and 2 show. */
  prepare(sheets: SheetInput, options: EngineOptions, onProgress?: ProgressCallback): Promise<PrepareView>;
  /** The plan tables, 抽取公告 and quota preview to write (`planSheets`). */
  announce(sheets: SheetInput, options: EngineOptions, time: string): Promise<SheetSpec[]>;
  /** Prepares again from the sheets as they are now, checks the digest, and draws. */
  draw(input: DrawInput, onProgress?: ProgressCallback): Promise<DrawOutcome>;
  verify(sheets: SheetInput, onProgress?: ProgressCallback): Promise<VerifyReport>;
  /** Marks 第 `attempt` 次抽取 作废 (`voidAttempt`): the specs to write, or why not. Writes nothing itself. */
  voidAttempt(sheets: SheetInput, attempt: number, meta: VoidMeta, onProgress?: ProgressCallback): Promise<VoidOutcome>;
  /**
   * File mode: the engine opens and holds the workbook. The bytes are copied, not transferred, so
   * that the in-page fallback can still open them if the worker dies.
   */
  open(data: ArrayBuffer, title: string, onProgress?: ProgressCallback): Promise<BookRef & { sheetNames: string[]; macroEnabled: boolean }>;
  sheets(ref: BookRef): Promise<SheetData[]>;
  write(ref: BookRef, specs: SheetSpec[], onProgress?: ProgressCallback): Promise<string[]>;
  save(ref: BookRef, onProgress?: ProgressCallback): Promise<Uint8Array>;
  close(ref: BookRef): Promise<void>;
  /**
   * File mode: starts the engine and loads its .xlsx code before the first file is chosen; given a
   * sample workbook's address, rehearses the whole path on it once (see handle.ts).
   */
  warm(rehearseOn?: string): Promise<void>;
}

/** Sends one request and resolves with its final reply (progress replies go to `onProgress`). */
export type Transport = (request: EngineRequest, onProgress?: ProgressCallback) => Promise<EngineReply>;

type RequestBody = EngineRequest extends infer R ? (R extends EngineRequest ? Omit<R, "id"> : never) : never;

export function engineOver(transport: Transport): DrawEngine {
  let nextId = 1;
  async function call<T extends EngineReply["type"]>(body: RequestBody, expected: T, onProgress?: ProgressCallback) {
    const reply = await transport({ ...body, id: nextId++ } as EngineRequest, onProgress);
    if (reply.type === "failed") throw new EngineError(reply.message);
    if (reply.type !== expected) throw new EngineError(`unexpected reply “${reply.type}”`);
    return reply as Extract<EngineReply, { type: T }>;
  }
  return {
    prepare: async (sheets, options, onProgress) => (await call({ type: "prepare", sheets, options }, "prepared", onProgress)).view,
    announce: async (sheets, options, time) => (await call({ type: "announce", sheets, options, time }, "announced")).specs,
    draw: async (input, onProgress) => (await call({ type: "draw", input }, "drawn", onProgress)).outcome,
    verify: async (sheets, onProgress) => (await call({ type: "verify", sheets }, "verified", onProgress)).report,
    voidAttempt: async (sheets, attempt, meta, onProgress) => (await call({ type: "void", sheets, attempt, meta }, "voided", onProgress)).outcome,
    open: async (data, title, onProgress) => {
      const { book, sheetNames, macroEnabled } = await call({ type: "open", data, title }, "opened", onProgress);
      return { book, sheetNames, macroEnabled };
    },
    sheets: async ({ book }) => (await call({ type: "sheets", book }, "sheetData")).sheets,
    write: async ({ book }, specs, onProgress) => (await call({ type: "write", book, specs }, "written", onProgress)).names,
    save: async ({ book }, onProgress) => (await call({ type: "save", book }, "saved", onProgress)).bytes,
    close: async ({ book }) => {
      await call({ type: "close", book }, "closed");
    },
    warm: async (rehearseOn) => {
      await call({ type: "warm", ...(rehearseOn && { rehearseOn }) }, "warmed");
    },
  };
}

/** Runs the engine in the page. The core is loaded on first use, in its own chunk. */
export function inThreadTransport(): Transport {
  return async (request, onProgress) => {
    const { handleInOrder } = await import(/* webpackChunkName: "engine" */ "./handle");
    // Give the pane a chance to paint "working…" before the page is busy.
    await new Promise((resolve) => setTimeout(resolve, 0));
    return handleInOrder(request, (fraction, label) => onProgress?.(fraction, label));
  };
}

interface Pending {
  resolve: (reply: EngineReply) => void;
  reject: (error: Error) => void;
  onProgress?: ProgressCallback;
}

/** Talks to a started worker; requests are answered in order, matched by id. */
export function workerTransport(worker: Worker): Transport {
  const pending = new Map<number, Pending>();
  let broken: string | null = null;
  const fail = (message: string) => {
    broken = message || "worker failed";
    for (const p of pending.values()) p.reject(new EngineUnavailable(broken));
    pending.clear();
    worker.terminate();
  };
  worker.onmessage = (event: MessageEvent<EngineReply>) => {
    const reply = event.data;
    const p = pending.get(reply.id);
    if (!p) return;
    if (reply.type === "progress") {
      p.onProgress?.(reply.fraction, reply.label);
      return;
    }
    pending.delete(reply.id);
    p.resolve(reply);
  };
  worker.onerror = (event: ErrorEvent) => {
    event.preventDefault();
    fail(event.message);
  };
  worker.onmessageerror = () => fail("a reply could not be read");
  return (request, onProgress) =>
    new Promise<EngineReply>((resolve, reject) => {
      if (broken !== null) {
        reject(new EngineUnavailable(broken));
        return;
      }
      pending.set(request.id, { resolve, reject, onProgress });
      try {
        worker.postMessage(request);
      } catch (e) {
        pending.delete(request.id);
        reject(new EngineUnavailable(errorMessage(e)));
      }
    });
}

/** Uses `primary` until it turns out unavailable, then `fallback` for this and every later request. */
export function fallbackTransport(primary: () => Promise<Transport>, fallback: Transport): Transport {
  let started: Promise<Transport> | null = null;
  let failed = false;
  return async (request, onProgress) => {
    if (!failed) {
      try {
        started ??= primary();
        return await (await started)(request, onProgress);
      } catch (e) {
        if (!(e instanceof EngineUnavailable)) throw e;
        failed = true;
      }
    }
    return fallback(request, onProgress);
  };
}

/** The engine the app uses: a worker where the browser has them, else in the page. */
export function createEngine(): DrawEngine {
  const inThread = inThreadTransport();
  if (typeof Worker === "undefined") return engineOver(inThread);
  return engineOver(
    fallbackTransport(async () => {
      try {
        const { spawnEngineWorker } = await import(/* webpackChunkName: "engine-spawn" */ "./spawn");
        return workerTransport(spawnEngineWorker());
      } catch (e) {
        throw new EngineUnavailable(errorMessage(e));
      }
    }, inThread),
  );
}
