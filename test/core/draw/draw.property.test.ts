import fc from "fast-check";
import type { Cell, SheetData } from "../../../src/core/grid/cell";
import { planDraw } from "../../../src/core/draw/plan";
import { runDraw } from "../../../src/core/draw/run";
import { readWorkbook } from "../../../src/core/read/workbook";
import { drawBook, uscc } from "./book";

const TASKS: Record<string, Cell>[] = [
  { 抽查任务编号: "T01", 抽查任务名称: "按等级", 联合类型: "部门内部", 发起部门: "执法一大队", 对象范围: "危险化学品、工贸", 抽查比例或数量: "按风险等级", 分级比例: "A:5%;B:10%;C:20%;D:40%" },
  { 抽查任务编号: "T02", 抽查任务名称: "联合", 联合类型: "跨部门联合", 发起部门: "执法二大队", 联合部门: "包头市自然资源局", 对象范围: "非煤矿山、工贸", 抽查比例或数量: "15户", 每行业最少: 3, 需要专家: "是" },
  { 抽查任务编号: "T03", 抽查任务名称: "比例", 联合类型: "部门内部", 发起部门: "执法一大队", 对象范围: "非煤矿山", 抽查比例或数量: "20%" },
];
const base = (): SheetData[] => drawBook({ tasks: TASKS, ungradedEvery: 9, recusals: [["15020000001", uscc(1)]] });
const seedArb = fc.stringMatching(/^[0-9A-Za-z-]{20,40}$/);

function shuffle<T>(items: T[], keys: number[]): T[] {
  return items.map((x, i) => ({ x, k: keys[i % keys.length] * 1000 + i })).sort((a, b) => a.k - b.k).map((o) => o.x);
}

describe("draw properties", () => {
  const reading = readWorkbook(base());
  const plan = planDraw(reading);

  test("the plan is feasible", () => {
    expect(plan.issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  test("same inputs and seed → same result; permuted rows → same frame digest and result", () => {
    fc.assert(
      fc.property(seedArb, fc.array(fc.nat(), { minLength: 5, maxLength: 5 }), (seed, keys) => {
        const a = runDraw(plan, reading, seed);
        const b = runDraw(planDraw(readWorkbook(base())), readWorkbook(base()), seed);
        const sheets = base().map((s) => ({ ...s, rows: [s.rows[0], ...shuffle(s.rows.slice(1), keys)] }));
        const permuted = readWorkbook(sheets);
        const pPlan = planDraw(permuted);
        expect(pPlan.frameDigest).toBe(plan.frameDigest);
        const c = runDraw(pPlan, permuted, seed);
        expect(b).toEqual(a);
        expect(c).toEqual(a);
      }),
      { numRuns: 15 },
    );
  });

  test("never an ineligible target or officer; every stratum gets exactly its allocation", () => {
    fc.assert(
      fc.property(seedArb, (seed) => {
        const out = runDraw(plan, reading, seed);
        expect(out.ok).toBe(true);
        if (!out.ok) return;
        out.tasks.forEach((t, i) => {
          const tp = plan.tasks[i];
          const eligible = new Set(tp.eligible.map((x) => x.uscc));
          for (const s of t.selected) expect(eligible.has(s.id)).toBe(true);
          for (const st of tp.strata) {
            const got = t.selected.filter((s) => s.stratum === st.key);
            expect(got).toHaveLength(st.take);
            for (const s of got) expect(st.members).toContain(s.id);
          }
          const depts = [tp.task.initiator, ...tp.task.partners];
          for (const s of t.selected) {
            const officers = s.team.filter((m) => !m.expert);
            expect(officers.length).toBeGreaterThanOrEqual(2);
            for (const m of officers) {
              const p = reading.inspectors.find((x) => x.cert === m.certificate)!;
              expect(depts).toContain(p.department);
              expect(p.status).toBe("在岗");
              expect(reading.recusals.some((r) => r.inspector === p.cert && r.target === s.id)).toBe(false);
            }
            expect(s.team.filter((m) => m.expert)).toHaveLength(tp.task.needExpert ? 1 : 0);
          }
        });
      }),
      { numRuns: 30 },
    );
  });

  test("selection is uniform within a stratum (chi-square over 2,000 fixed seeds)", () => {
    const r = readWorkbook(drawBook({ industries: { 工贸: 20 }, tasks: [{ 抽查任务编号: "U", 抽查任务名称: "均匀", 联合类型: "部门内部", 发起部门: "执法一大队", 对象范围: "工贸", 抽查比例或数量: "5户" }] }));
    const p = planDraw(r);
    const counts = new Map<string, number>(r.targets.map((t) => [t.uscc, 0]));
    const runs = 2000;
    for (let i = 0; i < runs; i++) {
      const out = runDraw(p, r, `chi-square-seed-${String(i).padStart(6, "0")}`);
      if (!out.ok) throw new Error("draw failed");
      for (const s of out.tasks[0].selected) counts.set(s.id, counts.get(s.id)! + 1);
    }
    const expected = (runs * 5) / 20;
    const chi2 = [...counts.values()].reduce((a, o) => a + (o - expected) ** 2 / expected, 0);
    // 19 degrees of freedom: the 0.1% critical value is 43.82.
    expect(chi2).toBeLessThan(43.82);
  });
});
