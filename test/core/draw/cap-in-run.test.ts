import { readWorkbook } from "../../../src/core/read/workbook";
import { planDraw } from "../../../src/core/draw/plan";
import { runDraw } from "../../../src/core/draw/run";
import { completeDraw, prepareDraw } from "../../../src/core/draw/session";
import { effectiveSeed, seedHashOf, ticketOrder } from "../../../src/core/draw/ticket";
import { CAPPED_IN_RUN } from "../../../src/core/draw/cap-in-run";
import { sampleSheets } from "../../../scripts/samples/sample-book";
import { drawBook, uscc } from "./book";

/** docs/draw-spec.md §7.1: under dr-2026.2 the yearly cap holds inside one run. */
const SEED = "3141592653589793238462643383";
const META = { seed: SEED, seedSource: "typed" as const, time: "2026-03-02T09:30:00+08:00", operator: "张三" };

/** Three tasks of one year over the same 6 units, 3 each, cap 2: the third must pass over whoever the first two both drew. */
function threeTasks(extra: Record<string, string>[] = []) {
  return drawBook({
    industries: { 危险化学品: 6 },
    departments: { 执法一大队: 6 },
    tasks: ["T01", "T02", "T03", ...extra.map((t) => t.抽查任务编号)].map((code, i) => ({
      抽查任务编号: code,
      抽查任务名称: `危化第${i + 1}次`,
      联合类型: "部门内部",
      发起部门: "执法一大队",
      对象范围: "危险化学品",
      抽查比例或数量: "3",
      ...(extra[i - 3] ?? {}),
    })),
    rules: [["同一对象年度抽查上限", 2]],
  });
}

/** What §7.1 says, written out with nothing but ticket order: per task in code order, walk its tickets, skip the capped. */
function reference(ids: string[], codes: string[], take: number, cap: number): { drawn: string[][]; passed: string[][] } {
  const count = new Map<string, number>();
  const drawn: string[][] = [];
  const passed: string[][] = [];
  for (const code of codes) {
    const order = ticketOrder(seedHashOf(effectiveSeed(SEED, code)), ids);
    const mine: string[] = [];
    const skipped: string[] = [];
    for (const { id } of order) {
      if (mine.length === take) break;
      if ((count.get(id) ?? 0) >= cap) skipped.push(id);
      else mine.push(id);
    }
    mine.forEach((id) => count.set(id, (count.get(id) ?? 0) + 1));
    drawn.push(mine.sort());
    passed.push(skipped);
  }
  return { drawn, passed };
}

describe("the yearly cap inside one run (§7.1)", () => {
  const ids = [1, 2, 3, 4, 5, 6].map(uscc);

  test("a later task passes over units earlier tasks of the run took to the cap, in ticket order, and records them", () => {
    const reading = readWorkbook(threeTasks());
    const plan = planDraw(reading);
    expect(plan.ok).toBe(true);
    expect(plan.capWithinRun).toBe(true);
    const out = runDraw(plan, reading, SEED);
    if (!out.ok) throw new Error("draw failed");
    const want = reference(ids, ["T01", "T02", "T03"], 3, 2);
    expect(out.tasks.map((t) => t.selected.map((s) => s.id).sort())).toEqual(want.drawn);
    // The seed makes T01 and T02 overlap, so the rule really acts here.
    expect(want.passed[2].length).toBeGreaterThan(0);
    expect(out.tasks[2].excluded).toEqual(want.passed[2].map((id) => ({ id, reason: CAPPED_IN_RUN })));
    const times = new Map<string, number>();
    for (const t of out.tasks) for (const s of t.selected) times.set(s.id, (times.get(s.id) ?? 0) + 1);
    expect(Math.max(...times.values())).toBeLessThanOrEqual(2);
  });

  test("under dr-2026.1 tasks of a run do not count against each other (as drawn then)", () => {
    const reading = readWorkbook(threeTasks(), { algorithm: "dr-2026.1" });
    const plan = planDraw(reading);
    expect(plan.capWithinRun).toBe(false);
    const out = runDraw(plan, reading, SEED);
    if (!out.ok) throw new Error("draw failed");
    const plain = ["T01", "T02", "T03"].map((code) =>
      ticketOrder(seedHashOf(effectiveSeed(SEED, code)), ids)
        .slice(0, 3)
        .map((x) => x.id)
        .sort(),
    );
    expect(out.tasks.map((t) => t.selected.map((s) => s.id).sort())).toEqual(plain);
  });

  test("tasks of different years do not count against each other", () => {
    const book = threeTasks();
    const tasks = book.find((s) => s.name === "任务")!;
    const start = tasks.rows[0].indexOf("开始时间");
    const end = tasks.rows[0].indexOf("结束时间");
    tasks.rows[3][start] = "2027-03-01";
    tasks.rows[3][end] = "2027-11-30";
    const reading = readWorkbook(book);
    const out = runDraw(planDraw(reading), reading, SEED);
    if (!out.ok) throw new Error("draw failed");
    expect(out.tasks[2].excluded).toEqual([]);
  });

  test("before the seed the plan says where a stratum could run short; when it does, nothing is drawn", () => {
    // Four tasks of 3 over 6 units with cap 2: 12 selections on 12 places, so the fourth can run short.
    const book = threeTasks([{ 抽查任务编号: "T04" }]);
    const reading = readWorkbook(book);
    const plan = planDraw(reading);
    expect(plan.ok).toBe(true);
    const warnings = plan.issues.filter((i) => i.code === "STRATUM_MAY_RUN_SHORT");
    // T01–T03 make at most 6 selections of 6 units with room 2 each: T03 can always find 3; T04 cannot be sure.
    expect(warnings.map((w) => w.message)).toEqual([expect.stringContaining("任务 T04：符合条件的 6 家中有 4 家可能被本次抽取中排在前面的任务抽满")]);
    expect(warnings.every((w) => w.severity === "warning" && w.cell !== "")).toBe(true);
    const want = reference(ids, ["T01", "T02", "T03", "T04"], 3, 2);
    const out = runDraw(plan, reading, SEED);
    if (want.drawn.every((d) => d.length === 3)) expect(out.ok).toBe(true);
    else {
      expect(out).toMatchObject({ ok: false, shortfall: { take: 3, size: 6 } });
    }
  });

  test("no warning where the earlier tasks cannot use up the cap (two tasks of 3 over 6, cap 2)", () => {
    const book = threeTasks();
    const tasks = book.find((s) => s.name === "任务")!;
    tasks.rows.pop();
    const plan = planDraw(readWorkbook(book));
    expect(plan.issues.filter((i) => i.code === "STRATUM_MAY_RUN_SHORT")).toEqual([]);
  });

  test("the sample book: no unit is drawn more often than the cap allows, and the passed-over are recorded (known answer)", () => {
    const prepared = prepareDraw(sampleSheets(), { today: "2026-03-01" });
    expect(prepared.plan.ok).toBe(true);
    const done = completeDraw(prepared, META);
    if (!done.ok) throw new Error("draw failed");
    expect(done.record.resultDigest).toBe("0d79fd737d856a1c9da85b9ccbe1c150870eb9f242bc6bed0cb5c1396d2a2de5");
    const cap = prepared.reading.rules.yearlyCapPerTarget;
    const checks = new Map(prepared.reading.targets.map((t) => [t.uscc, t.checksThisYear ?? 0]));
    const times = new Map<string, number>();
    for (const t of done.record.tasks) for (const s of t.selected) times.set(s.id, (times.get(s.id) ?? 0) + 1);
    for (const [id, n] of times) expect(n + checks.get(id)!).toBeLessThanOrEqual(cap);
    const passed = done.record.tasks.flatMap((t) => t.excluded.filter((e) => e.reason === CAPPED_IN_RUN).map((e) => `${t.code} ${e.id}`));
    expect(passed).toEqual(["2026004 911502036970409928"]);
    expect(done.quotas.find((q) => q.rule === "同一对象年度抽查上限")?.verdict).toBe("达标");
  });
});
