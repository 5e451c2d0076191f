import { attemptText } from "../../../src/core/draw/attempts";
import { voidAttempt } from "../../../src/core/draw/session";
import type { Running } from "../../../src/taskpane/components/ProgressStatus";
import { sheetInput } from "../../../src/taskpane/services";
import { drawAndWrite } from "../../../src/taskpane/workflows/useDraw";
import { verifyBook } from "../../../src/taskpane/workflows/useVerify";
import { reasonGiven, voidAndWrite, type VoidRequest } from "../../../src/taskpane/workflows/useVoid";
import type { Loaded } from "../../../src/taskpane/workflows/useWorkbook";
import { NOW, TODAY, testServices, type TestServices } from "../fixtures";
import { loadedBook } from "./loaded";

const SEEDS = ["2026030112345678901234", "2026030199999999999999"];
const REASON = "见证人到场前误抽";

/** A workbook drawn twice through the pane's own draw (step 3 without the UI), as the clerk would. */
async function drawnTwice(services: TestServices = testServices()): Promise<{ services: TestServices; loaded: Loaded }> {
  const loaded = await loadedBook(services);
  for (const [i, seed] of SEEDS.entries()) {
    const sheets = await sheetInput(loaded.host);
    const view = await services.engine.prepare(sheets, { assign: {}, today: TODAY });
    const outcome = await drawAndWrite(services, { loaded: { ...loaded, sheets, view }, view, tasks: undefined, meta: { seed, seedSource: "typed", operator: i === 0 ? "张三" : "李四" } }, () => undefined);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.failure));
  }
  return { services, loaded };
}

const request = (loaded: Loaded, attempt: number, reason = REASON, operator = "王五"): VoidRequest => ({ host: loaded.host, attempt, reason, operator });

describe("voidAndWrite (作废 without the UI)", () => {
  test("verify lists both attempts; 作废 of the first writes the core's specs through the host; it then verifies as 已作废", async () => {
    const { services, loaded } = await drawnTwice();
    const before = await verifyBook(services, loaded.host, () => undefined);
    expect(before.ok).toBe(true);
    expect(before.attempts.map((a) => [a.number, a.operator, a.kept, a.voided])).toEqual([[1, "张三", true, null], [2, "李四", true, null]]);

    const reference = voidAttempt(await loaded.host.readSheets(), 1, { time: NOW, operator: "王五", reason: REASON });
    if (!reference.ok) throw new Error(reference.message);
    const writes = services.last().written.length;
    const seen: Running[] = [];
    const outcome = await voidAndWrite(services, request(loaded, 1), (p) => seen.push(p));
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.failure));
    expect(outcome.attempt.voided).toMatchObject({ time: NOW, operator: "王五", reason: REASON });
    expect(outcome.written).toEqual(["抽取作废记录 2026-03-01", "_抽取记录数据"]);
    expect(services.last().written).toHaveLength(writes + 1);
    expect(services.last().written.at(-1)).toEqual(reference.specs);
    expect(services.log.at(-1)).toMatchObject({ type: "void" });
    // Progress only moves forward: reading → voiding → writing.
    const fractions = seen.map((p) => p.fraction);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(seen[0]).toEqual({ fraction: 0, label: "reading" });
    expect(seen.at(-1)!.label).toBe("writing");

    const after = await verifyBook(services, loaded.host, () => undefined);
    expect(after.ok).toBe(true);
    expect(after.attempts[0].voided).toMatchObject({ operator: "王五", reason: REASON });
    expect(after.attempts[1].voided).toBeNull();
    expect(attemptText(after.attempts[0])).toMatch(/^第 1 次抽取 \S+ 张三，已作废（\S+，王五：见证人到场前误抽）/);
  }, 60_000);

  test("refusals come back with the core's message and write nothing: voided twice, no such attempt, no reason, no draw", async () => {
    const { services, loaded } = await drawnTwice();
    expect((await voidAndWrite(services, request(loaded, 2), () => undefined)).ok).toBe(true);
    const writes = services.last().written.length;

    const twice = await voidAndWrite(services, request(loaded, 2), () => undefined);
    expect(twice).toEqual({ ok: false, failure: { kind: "refused", message: expect.stringMatching(/^第 2 次抽取已于 .+ 作废。$/) } });
    const missing = await voidAndWrite(services, request(loaded, 5), () => undefined);
    expect(missing).toEqual({ ok: false, failure: { kind: "refused", message: "没有第 5 次抽取：工作簿中共有 2 次抽取。" } });
    const blank = await voidAndWrite(services, request(loaded, 1, "  　 "), () => undefined);
    expect(blank).toEqual({ ok: false, failure: { kind: "refused", message: expect.stringContaining("请写明作废原因") } });
    expect(services.last().written).toHaveLength(writes);

    const fresh = testServices();
    const undrawn = await loadedBook(fresh);
    const none = await voidAndWrite(fresh, request(undrawn, 1), () => undefined);
    expect(none).toEqual({ ok: false, failure: { kind: "refused", message: "工作簿中没有抽取记录，没有可作废的抽取。" } });
    expect(fresh.last().written).toHaveLength(0);
  }, 60_000);

  test("the operator is written as typed in the form, NFKC and trimmed, as the draw writes it", async () => {
    const { services, loaded } = await drawnTwice();
    const outcome = await voidAndWrite(services, request(loaded, 1, REASON, "  王五　"), () => undefined);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.failure));
    expect(outcome.attempt.voided?.operator).toBe("王五");
  }, 60_000);

  test("a read, engine or write failure is reported as such with its message", async () => {
    const reading = await drawnTwice();
    reading.loaded.host.readSheets = async () => {
      throw new Error("磁盘读取失败");
    };
    expect(await voidAndWrite(reading.services, request(reading.loaded, 1), () => undefined)).toEqual({ ok: false, failure: { kind: "read", message: "磁盘读取失败" } });

    const engine = await drawnTwice();
    engine.services.engine.voidAttempt = async () => {
      throw new Error("worker gone");
    };
    expect(await voidAndWrite(engine.services, request(engine.loaded, 1), () => undefined)).toEqual({ ok: false, failure: { kind: "engine", message: "worker gone" } });

    const writing = await drawnTwice();
    writing.loaded.host.writeSheets = async () => {
      throw "quota exceeded";
    };
    expect(await voidAndWrite(writing.services, request(writing.loaded, 1), () => undefined)).toEqual({ ok: false, failure: { kind: "write", message: "quota exceeded" } });
  }, 120_000);
});

describe("the 作废 form", () => {
  test("a reason is required: blank, white space and full-width spaces are not one", () => {
    expect(reasonGiven("")).toBe(false);
    expect(reasonGiven("  \n ")).toBe(false);
    expect(reasonGiven("　")).toBe(false);
    expect(reasonGiven(REASON)).toBe(true);
  });
});
