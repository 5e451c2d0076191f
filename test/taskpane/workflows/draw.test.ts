import type { Running } from "../../../src/taskpane/components/ProgressStatus";
import { drawAndWrite, type DrawRequest } from "../../../src/taskpane/workflows/useDraw";
import { verifyBook } from "../../../src/taskpane/workflows/useVerify";
import { NOW, testServices } from "../fixtures";
import { loadedBook } from "./loaded";

const META = { seed: "2026030112345678901234", seedSource: "typed" as const, operator: "张三" };

async function request(services = testServices()): Promise<DrawRequest & { services: typeof services }> {
  const loaded = await loadedBook(services);
  return { services, loaded, view: loaded.view, tasks: undefined, meta: META };
}

describe("drawAndWrite (step 3 without the UI)", () => {
  test("reads again, draws, writes; progress only moves forward, reading → drawing → writing", async () => {
    const r = await request();
    const seen: Running[] = [];
    const outcome = await drawAndWrite(r.services, r, (p) => seen.push(p));
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.failure));
    expect(outcome.result.summary.time).toBe(NOW);
    expect(outcome.result.written).toEqual(expect.arrayContaining([expect.stringMatching(/^抽取结果 /), "_抽取记录数据"]));
    expect(outcome.result.hidden[outcome.result.written.indexOf("_抽取记录数据")]).toBe(true);
    expect(outcome.result.hidden.filter(Boolean)).toHaveLength(1);
    const fractions = seen.map((p) => p.fraction);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(seen[0]).toEqual({ fraction: 0, label: "reading" });
    expect(seen.at(-1)!.label).toBe("writing");
    expect(seen.at(-1)!.fraction).toBeLessThanOrEqual(1);
    expect(r.services.last().written).toHaveLength(1);
    expect((await verifyBook(r.services, r.loaded.host, () => undefined)).ok).toBe(true);
  });

  test("a workbook whose frame digest changed since it was shown is refused, nothing written", async () => {
    const r = await request();
    const outcome = await drawAndWrite(r.services, { ...r, view: { ...r.view, frameDigest: "0".repeat(64) } }, () => undefined);
    expect(outcome).toEqual({ ok: false, failure: { kind: "changed", expected: "0".repeat(64), found: r.view.frameDigest } });
    expect(r.services.last().written).toHaveLength(0);
  });

  test("a read, engine or write failure is reported as such with its message", async () => {
    const reading = await request();
    reading.loaded.host.readSheets = async () => {
      throw new Error("磁盘读取失败");
    };
    expect(await drawAndWrite(reading.services, reading, () => undefined)).toEqual({ ok: false, failure: { kind: "read", message: "磁盘读取失败" } });

    const engine = await request();
    engine.services.engine.draw = async () => {
      throw new Error("worker gone");
    };
    expect(await drawAndWrite(engine.services, engine, () => undefined)).toEqual({ ok: false, failure: { kind: "engine", message: "worker gone" } });

    const writing = await request();
    writing.loaded.host.writeSheets = async () => {
      throw "quota exceeded";
    };
    expect(await drawAndWrite(writing.services, writing, () => undefined)).toEqual({ ok: false, failure: { kind: "write", message: "quota exceeded" } });
  });
});

describe("verifyBook", () => {
  test("a workbook without a draw fails verification; progress reads, then verifies", async () => {
    const services = testServices();
    const loaded = await loadedBook(services);
    const labels: string[] = [];
    const report = await verifyBook(services, loaded.host, (p) => labels.push(p.label));
    expect(report.ok).toBe(false);
    expect(report.differences[0].sheet).toBe("_抽取记录数据");
    expect(labels[0]).toBe("reading");
    expect(labels.at(-1)).toBe("verifying");
  });
});
