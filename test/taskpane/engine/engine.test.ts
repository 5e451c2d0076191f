import { completeDraw, prepareDraw, voidAttempt } from "../../../src/core/draw/session";
import {
  EngineError,
  EngineUnavailable,
  engineOver,
  fallbackTransport,
  inThreadTransport,
  workerTransport,
  type Transport,
} from "../../../src/taskpane/engine/client";
import { handleInOrder } from "../../../src/taskpane/engine/handle";
import type { EngineReply, EngineRequest } from "../../../src/taskpane/engine/protocol";
import { drawBook } from "../../core/draw/book";
import { bookBytes } from "../fixtures";

const META = { seed: "31415926535897932384", seedSource: "typed" as const, time: "2026-03-01T09:30:00+08:00", operator: "张三" };

/** A stand-in for a Worker: runs `handle` on a structured clone, answers asynchronously, like postMessage. */
class FakeWorker {
  onmessage: ((event: MessageEvent<EngineReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  terminated = false;
  posted: EngineRequest[] = [];
  constructor(private readonly broken = false) {}
  postMessage(request: EngineRequest) {
    const copy = structuredClone(request);
    this.posted.push(copy);
    setTimeout(() => {
      if (this.broken) {
        this.onerror?.({ message: "NetworkError: worker script failed to load", preventDefault() {} } as ErrorEvent);
        return;
      }
      const send = (reply: EngineReply) => this.onmessage?.({ data: structuredClone(reply) } as MessageEvent<EngineReply>);
      void handleInOrder(copy, (fraction, label) => send({ id: copy.id, type: "progress", fraction, label })).then(send);
    }, 0);
  }
  terminate() {
    this.terminated = true;
  }
}

describe("draw engine protocol", () => {
  test("prepare, announce, draw and verify over a (fake) worker give exactly the core's answers", async () => {
    const sheets = drawBook();
    const worker = new FakeWorker();
    const engine = engineOver(workerTransport(worker as unknown as Worker));
    const progress: string[] = [];

    const view = await engine.prepare(sheets, { today: "2026-03-01" }, (f, label) => progress.push(`${label}:${f}`));
    const prepared = prepareDraw(sheets, { today: "2026-03-01" });
    expect(view.frameDigest).toBe(prepared.plan.frameDigest);
    expect(view.tasks).toEqual([{ code: "T01", name: "危化内部", eligible: 40, excluded: 0, take: 4, strata: [expect.objectContaining({ key: "全部", size: 40, take: 4 })] }]);
    expect(view.records).toEqual({ targets: 125, inspectors: 14, matters: 0, tasks: 1, recusals: 0, rules: null, aliases: null, holidays: null });
    expect(view.sheetNames).toEqual(["对象", "人员", "任务"]);
    expect(progress).toEqual(["planning:0.1"]);

    const specs = await engine.announce(sheets, { today: "2026-03-01" }, META.time);
    expect(specs.map((s) => s.name)).toEqual(["部门内部抽查计划 2026-03-01", "部门联合抽查计划 2026-03-01", "随机抽查工作计划 2026-03-01", "抽取公告 2026-03-01", "配额核验 2026-03-01"]);

    const outcome = await engine.draw({ sheets, options: { today: "2026-03-01" }, meta: META, frameDigest: view.frameDigest });
    const reference = completeDraw(prepared, META);
    if (outcome.kind !== "done" || !reference.ok) throw new Error("draw failed");
    expect(outcome.specs).toEqual(reference.specs);
    expect(outcome.summary).toMatchObject({ seed: META.seed, resultDigest: reference.record.resultDigest, tasks: [{ code: "T01", take: 4, drawn: 4 }] });

    const report = await engine.verify(sheets);
    expect(report.ok).toBe(false);
    expect(report.differences[0].found).toContain("没有抽取记录");
    expect(worker.posted.map((r) => r.id)).toEqual([1, 2, 3, 4]);
  });

  test("the draw refuses a workbook whose frame digest is not the one shown", async () => {
    const engine = engineOver(inThreadTransport());
    const sheets = drawBook();
    const outcome = await engine.draw({ sheets, options: {}, meta: META, frameDigest: "0".repeat(64) });
    expect(outcome).toEqual({ kind: "changed", expected: "0".repeat(64), found: prepareDraw(sheets).plan.frameDigest });
  });

  test("a core failure comes back as a message (EngineError), not a crash of the worker", async () => {
    const reply = await handleInOrder({ id: 7, type: "prepare", sheets: null as unknown as [], options: {} }, () => undefined);
    expect(reply).toMatchObject({ id: 7, type: "failed" });
    const engine = engineOver(async (request) => handleInOrder(request, () => undefined));
    await expect(engine.verify(null as unknown as [])).rejects.toBeInstanceOf(EngineError);
  });

  test("file mode: the engine holds the workbook; prepare, draw, write, save and verify never copy its cells to the page", async () => {
    const sheets = drawBook();
    const worker = new FakeWorker();
    const engine = engineOver(workerTransport(worker as unknown as Worker));
    const bytes = await bookBytes(sheets);
    const ref = await engine.open(bytes.slice().buffer, "名录库.xlsx");
    expect(ref.sheetNames).toEqual(["对象", "人员", "任务"]);

    const view = await engine.prepare({ book: ref.book }, { today: "2026-03-01" });
    expect(view.frameDigest).toBe(prepareDraw(sheets, { today: "2026-03-01" }).plan.frameDigest);
    const steps: [number, string][] = [];
    const outcome = await engine.draw({ sheets: { book: ref.book }, options: { today: "2026-03-01" }, meta: META, frameDigest: view.frameDigest }, (f, label) => steps.push([f, label]));
    if (outcome.kind !== "done") throw new Error(outcome.kind);
    // Progress follows the core's stages, always forward. The workbook was prepared with these
    // options and has not changed since: the draw starts from that plan (no reading or planning again).
    expect(steps.map(([, label]) => label)).toEqual(["planning", "drawing", "drawing", "drawing", "drawing"]);
    expect(steps.map(([f]) => f)).toEqual([...steps.map(([f]) => f)].sort((a, b) => a - b));
    expect(steps.at(-1)![0]).toBe(1);
    expect(outcome.summary.resultDigest).toBe((completeDraw(prepareDraw(sheets, { today: "2026-03-01" }), META) as { record: { resultDigest: string } }).record.resultDigest);
    // The plan is not changed by drawing from it: the same draw again gives the same result.
    const redrawn = await engine.draw({ sheets: { book: ref.book }, options: { today: "2026-03-01" }, meta: META, frameDigest: view.frameDigest });
    expect(redrawn.kind === "done" && redrawn.summary.resultDigest).toBe(outcome.summary.resultDigest);
    // Another choice of tasks is planned afresh.
    const fresh: [number, string][] = [];
    const other = await engine.draw({ sheets: { book: ref.book }, options: { today: "2026-03-01", tasks: [view.allTasks[0].code] }, meta: META, frameDigest: "0".repeat(64) }, (f, label) => fresh.push([f, label]));
    expect(other.kind).toBe("changed");
    expect(fresh.map(([, label]) => label)).toEqual(["planning", "planning", "planning"]);
    const names = await engine.write({ book: ref.book }, outcome.specs);
    expect(names).toEqual(outcome.specs.map((spec) => spec.name));
    // The write dropped the plans: the workbook is prepared again, record and all.
    expect((await engine.prepare({ book: ref.book }, { today: "2026-03-01" })).hasRecord).toBe(true);
    // Read again after the write: the engine sees the new sheets (its cache was dropped).
    expect((await engine.sheets({ book: ref.book })).map((s) => s.name)).toEqual([...ref.sheetNames, ...names]);
    expect((await engine.verify({ book: ref.book })).ok).toBe(true);

    const saved = await engine.save({ book: ref.book });
    const again = await engine.open(saved.slice().buffer, "结果.xlsx");
    expect(await engine.verify({ book: again.book })).toMatchObject({ ok: true, frameDigest: view.frameDigest });

    // Only small things crossed: no request or reply after `open` carried a sheet's rows.
    const carried = worker.posted.filter((r) => r.type !== "sheets").map((r) => JSON.stringify(r).length);
    expect(Math.max(...carried.slice(1))).toBeLessThan(20_000);

    await engine.close({ book: ref.book });
    await expect(engine.prepare({ book: ref.book }, {})).rejects.toThrow(/已关闭/);
  });

  test("file mode with write: the draw writes its sheets to the workbook the engine holds and sends back only their names", async () => {
    const sheets = drawBook();
    const worker = new FakeWorker();
    const engine = engineOver(workerTransport(worker as unknown as Worker));
    const ref = await engine.open((await bookBytes(sheets)).slice().buffer, "名录库.xlsx");
    const view = await engine.prepare({ book: ref.book }, { today: "2026-03-01" });
    const steps: string[] = [];
    const outcome = await engine.draw({ sheets: { book: ref.book }, options: { today: "2026-03-01" }, meta: META, frameDigest: view.frameDigest, write: true }, (_f, label) => steps.push(label));
    if (outcome.kind !== "done" || !outcome.written) throw new Error(outcome.kind);
    const core = completeDraw(prepareDraw(sheets, { today: "2026-03-01" }), META);
    if (!core.ok) throw new Error("core draw failed");
    expect(outcome.specs).toEqual([]);
    expect(outcome.written).toEqual({ names: core.specs.map((spec) => spec.name), hidden: core.specs.map((spec) => spec.state === "hidden") });
    expect(steps.at(-1)).toBe("writing");
    expect((await engine.sheets({ book: ref.book })).map((s) => s.name)).toEqual([...ref.sheetNames, ...outcome.written.names]);
    const report = await engine.verify({ book: ref.book });
    expect(report).toMatchObject({ ok: true, frameDigest: view.frameDigest });
    expect(report.attempts.map((a) => a.resultDigest)).toEqual([outcome.summary.resultDigest]);
    // Nothing but names came back: the reply is small.
    expect(JSON.stringify(outcome).length).toBeLessThan(5_000);
  });

  test("作废 in file mode: the engine runs voidAttempt on the workbook it holds and returns the attempt and the specs (not the record book); a refusal is a message", async () => {
    const worker = new FakeWorker();
    const engine = engineOver(workerTransport(worker as unknown as Worker));
    const ref = await engine.open((await bookBytes(drawBook())).slice().buffer, "名录库.xlsx");
    const book = { book: ref.book };
    const view = await engine.prepare(book, { today: "2026-03-01" });
    const outcome = await engine.draw({ sheets: book, options: { today: "2026-03-01" }, meta: META, frameDigest: view.frameDigest });
    if (outcome.kind !== "done") throw new Error(outcome.kind);
    await engine.write(book, outcome.specs);

    const meta = { time: "2026-03-02T10:00:00+08:00", operator: "王五", reason: "见证人到场前误抽" };
    const reference = voidAttempt(await engine.sheets(book), 1, meta);
    if (!reference.ok) throw new Error(reference.message);
    const labels: string[] = [];
    const voided = await engine.voidAttempt(book, 1, meta, (_, label) => labels.push(label));
    expect(voided).toEqual({ ok: true, attempt: reference.attempt, specs: reference.specs });
    expect(Object.keys(voided)).not.toContain("book");
    expect(labels).toEqual(["voiding"]);
    // voidAttempt writes nothing itself: the page writes the specs, as after a draw.
    expect((await engine.sheets(book)).map((s) => s.name)).not.toContain("抽取作废记录 2026-03-02");
    await engine.write(book, reference.specs);
    const report = await engine.verify(book);
    expect(report.ok).toBe(true);
    expect(report.attempts[0].voided).toMatchObject({ operator: "王五", reason: "见证人到场前误抽" });

    expect(await engine.voidAttempt(book, 1, meta)).toEqual({ ok: false, message: expect.stringMatching(/^第 1 次抽取已于 .+ 作废。$/) });
  });

  test("warm: the reply does not wait for the rehearsal on the sample, which runs the whole path when left alone and gives way to a real request", async () => {
    const sample = await bookBytes(drawBook());
    const fetched: string[] = [];
    let stages = 0;
    const realFetch = global.fetch;
    global.fetch = (async (url: string) => {
      fetched.push(url);
      return new Response(sample.slice());
    }) as typeof fetch;
    const realTimeout = global.setTimeout;
    // Every yield of the rehearsal between two stages is a setTimeout(…, 0): count them.
    jest.spyOn(global, "setTimeout").mockImplementation(((fn: () => void, ms?: number) => {
      if (!ms) stages++;
      return realTimeout(fn, ms);
    }) as typeof setTimeout);
    try {
      const engine = engineOver(inThreadTransport());
      await engine.warm("http://127.0.0.1/assets/sample.xlsx");
      expect(fetched).toEqual(["http://127.0.0.1/assets/sample.xlsx"]);
      // Left alone, it goes through every stage (fetch, open, read, plan, draw, write; then save).
      await new Promise((resolve) => realTimeout(resolve, 2_000));
      const alone = stages;
      expect(alone).toBeGreaterThanOrEqual(6);
      // A real request right after: the rehearsal stops at its next stage; the request is answered as always.
      stages = 0;
      const warming = engine.warm("http://127.0.0.1/assets/sample.xlsx");
      const ref = await engine.open(sample.slice().buffer, "名录库.xlsx");
      await warming;
      expect((await engine.prepare({ book: ref.book }, { today: "2026-03-01" })).frameDigest).toBe(prepareDraw(drawBook(), { today: "2026-03-01" }).plan.frameDigest);
      await new Promise((resolve) => realTimeout(resolve, 500));
      expect(stages).toBeLessThan(alone);
      // On the page's own thread (no worker) there is no rehearsal: it would hold the pane up.
      fetched.length = 0;
      (global as { window?: unknown }).window = global;
      await engine.warm("http://127.0.0.1/assets/sample.xlsx");
      expect(fetched).toEqual([]);
    } finally {
      delete (global as { window?: unknown }).window;
      global.fetch = realFetch;
      jest.restoreAllMocks();
    }
  });

  test("a worker that cannot start is replaced by the in-page engine, for this and later requests", async () => {
    const broken = new FakeWorker(true);
    let started = 0;
    const fallbackCalls: string[] = [];
    const inThread = inThreadTransport();
    const fallback: Transport = (request, onProgress) => {
      fallbackCalls.push(request.type);
      return inThread(request, onProgress);
    };
    const engine = engineOver(
      fallbackTransport(async () => {
        started += 1;
        return workerTransport(broken as unknown as Worker);
      }, fallback),
    );
    const sheets = drawBook();
    expect((await engine.prepare(sheets, {})).frameDigest).toBe(prepareDraw(sheets).plan.frameDigest);
    expect(broken.terminated).toBe(true);
    await engine.prepare(sheets, { tasks: ["T01"] });
    expect(started).toBe(1);
    expect(fallbackCalls).toEqual(["prepare", "prepare"]);
    await expect(workerTransport(broken as unknown as Worker)({ id: 1, type: "verify", sheets }, undefined)).rejects.toBeInstanceOf(EngineUnavailable);
  });
});
