import { uniformInt } from "pure-rand/distribution/uniformInt";
import { xoroshiro128plusFromState } from "pure-rand/generator/xoroshiro128plus";
import { planDraw } from "../../../src/core/draw/plan";
import { runDraw, type Selected } from "../../../src/core/draw/run";
import fc from "fast-check";
import { assignmentState, inspectorId, recusalIndex, sortInspectors, stateFromBytes, departmentSlots, whyNot } from "../../../src/core/draw/teams";
import { compactKey } from "../../../src/core/values/text";
import { readWorkbook } from "../../../src/core/read/workbook";
import { effectiveSeed, seedHashOf } from "../../../src/core/draw/ticket";
import { CURRENT_ALGORITHM, type AlgorithmId } from "../../../src/core/draw/algorithm";
import { drawBook, uscc } from "./book";

const SEED = "2026030112345678901234";
const draw = (book: Parameters<typeof drawBook>[0], algorithm: AlgorithmId = CURRENT_ALGORITHM) => {
  const reading = readWorkbook(drawBook(book), { algorithm });
  const plan = planDraw(reading);
  expect(plan.issues.filter((i) => i.severity === "error")).toEqual([]);
  return { reading, plan, out: runDraw(plan, reading, SEED) };
};
const selected = (out: ReturnType<typeof runDraw>, task = 0): Selected[] => {
  if (!out.ok) throw new Error(JSON.stringify(out));
  return out.tasks[task].selected;
};

describe("assignment streams (known answers that pin pure-rand)", () => {
  const seedHash = seedHashOf(effectiveSeed(SEED, "2026001"));

  test("state = first 16 bytes of SHA-256(seedHash|assign|id), big-endian int32 (checked with Python hashlib)", () => {
    expect(seedHash).toBe("5267cbe2b11f91a7f64693f40f54abfbb49494b7e0c8073dc6eb3441154c4752");
    expect(assignmentState(seedHash, "91150200J3Y7LLJY1B")).toEqual([8129067, 1831795059, 939810948, -1687026366]);
  });

  test("xoroshiro128plusFromState + uniformInt give the same numbers as when the algorithm was fixed", () => {
    const rng = xoroshiro128plusFromState([8129067, 1831795059, 939810948, -1687026366]);
    expect([uniformInt(rng, 0, 9), uniformInt(rng, 0, 9), uniformInt(rng, 0, 2), uniformInt(rng, 0, 1000000)]).toEqual([1, 1, 1, 755559]);
  });

  test("words are big-endian signed int32; a state of all zeros is replaced by [0,0,0,1]", () => {
    expect(stateFromBytes(new Uint8Array(16))).toEqual([0, 0, 0, 1]);
    expect(stateFromBytes(Uint8Array.from([0xff, 0xff, 0xff, 0xff, 0x80, 0, 0, 0, 0, 0, 0, 1, 0x7f, 0xff, 0xff, 0xff]))).toEqual([-1, -2147483648, 1, 2147483647]);
  });
});

describe("teams: a pinned joint draw (seed, frame, expected teams)", () => {
  // The worked example of docs/draw-spec.md Appendix A, made under dr-2026.1.
  test("known teams for a 跨部门联合 task with an expert", () => {
    const { plan, out } = draw({
      industries: { 危险化学品: 12 },
      departments: { 执法一大队: 3, 包头市自然资源局: 2 },
      experts: 2,
      tasks: [{ 抽查任务编号: "T01", 抽查任务名称: "联合", 联合类型: "跨部门联合", 发起部门: "执法一大队", 联合部门: "包头市自然资源局", 对象范围: "危险化学品", 抽查比例或数量: "4户", 每组人数: 3, 需要专家: "是" }],
    }, "dr-2026.1");
    expect(plan.frameDigest).toBe("e2c8544675013ed05b833091b2096fc47044e1de0c755109e0fca0347a0ad1dc");
    const teams = selected(out).map((s) => [s.id, s.team.map((m) => `${m.name}${m.leader ? "*" : ""}`)]);
    expect(teams).toEqual([
      ["91150200000000002F", ["包头市自然资源局1号", "执法一大队1号*", "包头市自然资源局2号", "专家2"]],
      ["9115020000000000BB", ["包头市自然资源局2号", "执法一大队2号*", "执法一大队3号", "专家1"]],
      ["91150200000000003J", ["包头市自然资源局1号", "执法一大队1号*", "执法一大队2号", "专家1"]],
      ["911502000000000082", ["包头市自然资源局2号", "执法一大队3号*", "包头市自然资源局1号", "专家2"]],
    ]);
    expect(out.ok && out.resultDigest).toBe("4ce71676dce88cbb99838588d429451c46c56f5835084b1357e9ea109b4692a5");
  });
});

describe("team rules (docs/draw-spec.md §5)", () => {
  test("at least two officers, the leader from the initiating department, experts only when asked and never counted", () => {
    const { out } = draw({ departments: { 执法一大队: 4, 执法二大队: 4 }, experts: 3 });
    for (const s of selected(out)) {
      const officers = s.team.filter((m) => !m.expert);
      expect(officers).toHaveLength(2);
      expect(s.team.filter((m) => m.expert)).toHaveLength(0);
      expect(officers.every((m) => m.department === "执法一大队")).toBe(true);
      expect(s.team.filter((m) => m.leader)).toHaveLength(1);
    }
  });

  test("joint tasks: one officer per department at least, leader from the initiator, one expert when asked", () => {
    const { out } = draw({
      departments: { 执法二大队: 3, 执法一大队: 3, 包头市自然资源局: 3 },
      tasks: [{ 抽查任务编号: "T01", 抽查任务名称: "联合", 联合类型: "跨部门联合", 发起部门: "执法二大队", 联合部门: "包头市自然资源局、执法一大队", 对象范围: "工贸", 抽查比例或数量: "10户", 需要专家: "是" }],
    });
    for (const s of selected(out)) {
      const depts = new Set(s.team.filter((m) => !m.expert).map((m) => m.department));
      expect(depts).toEqual(new Set(["执法二大队", "包头市自然资源局", "执法一大队"]));
      const leader = s.team.find((m) => m.leader)!;
      expect(leader.department).toBe("执法二大队");
      expect(s.team.filter((m) => m.expert)).toHaveLength(1);
    }
  });

  test("loads are balanced over the whole run: nobody gets two more than anyone else", () => {
    const { out } = draw({
      departments: { 执法一大队: 5 },
      tasks: [
        { 抽查任务编号: "T01", 抽查任务名称: "a", 联合类型: "部门内部", 发起部门: "执法一大队", 对象范围: "危险化学品", 抽查比例或数量: "13户" },
        { 抽查任务编号: "T02", 抽查任务名称: "b", 联合类型: "部门内部", 发起部门: "执法一大队", 对象范围: "工贸", 抽查比例或数量: "12户" },
      ],
    });
    const loads = new Map<string, number>();
    if (!out.ok) throw new Error("failed");
    for (const t of out.tasks) for (const s of t.selected) for (const m of s.team) loads.set(m.name, (loads.get(m.name) ?? 0) + 1);
    expect([...loads.values()].reduce((a, b) => a + b, 0)).toBe(50);
    expect(Math.max(...loads.values()) - Math.min(...loads.values())).toBeLessThanOrEqual(1);
  });

  test("recusals, expired certificates, other fields and absent officers are never drawn", () => {
    const sheets = drawBook({ industries: { 危险化学品: 20 }, departments: { 执法一大队: 6 }, recusals: [["15020000001", uscc(1)], ["15020000001", uscc(2)]], tasks: [{ 抽查任务编号: "T01", 抽查任务名称: "a", 联合类型: "部门内部", 发起部门: "执法一大队", 对象范围: "危险化学品", 抽查比例或数量: "100%" }] });
    const people = sheets[1].rows;
    people[2][2] = "2026-06-30"; // 执法一大队2号: expires before the task ends
    people[3][4] = "工贸"; // 3号: another field
    people[4][6] = "休假"; // 4号: on leave
    const reading = readWorkbook(sheets);
    const plan = planDraw(reading);
    const out = runDraw(plan, reading, SEED);
    const all = selected(out);
    expect(all).toHaveLength(20);
    const names = new Set(all.flatMap((s) => s.team.map((m) => m.name)));
    expect(names).toEqual(new Set(["执法一大队1号", "执法一大队5号", "执法一大队6号"]));
    for (const s of all.filter((x) => x.id === uscc(1) || x.id === uscc(2))) expect(s.team.map((m) => m.name)).not.toContain("执法一大队1号");
  });

  test("a load cap that cannot be met fails the draw, naming target, seat and reasons; nothing is returned", () => {
    const reading = readWorkbook(drawBook({ departments: { 执法一大队: 2 }, rules: [["每名执法人员抽取上限", 2]] }));
    const plan = planDraw(reading);
    expect(plan.ok).toBe(true);
    const out = runDraw(plan, reading, SEED);
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.task).toBe("T01");
    expect(out.failure?.seat).toContain("执法一大队");
    expect(out.failure?.reasons.map((r) => r.reason)).toEqual(["已抽满每名执法人员上限 2 家", "已抽满每名执法人员上限 2 家"]);
  });
});

type Reference = { ok: true; teams: string[][][] } | { ok: false; task: string; target: string };

/**
 * docs/draw-spec.md §5 written out as a plain scan, for comparing with TeamDrawer (which keeps each
 * list's lowest-load candidates instead of scanning them for every seat). `drawn` is who each task
 * drew (tickets do not depend on teams); the scan says the teams, or where the first seat stays empty.
 */
function referenceTeams(reading: ReturnType<typeof readWorkbook>, plan: ReturnType<typeof planDraw>, drawn: Extract<ReturnType<typeof runDraw>, { ok: true }>): Reference {
  const inspectors = sortInspectors(reading.inspectors);
  const recusals = recusalIndex(reading.recusals);
  const cap = reading.rules.inspectorLoadCap ?? Infinity;
  const loads = new Map<string, number>();
  const load = (i: number): number => loads.get(inspectorId(inspectors[i])) ?? 0;
  const teams: string[][][] = [];
  for (const [k, t] of drawn.tasks.entries()) {
    const task = plan.tasks[k].task;
    const { slots } = departmentSlots(task);
    const seats = [
      ...slots.map((d) => ({ departments: d.keys as string[] | null, expert: false })),
      ...Array.from({ length: Math.max(0, task.teamSize - slots.length) }, () => ({ departments: null, expert: false })),
      ...(task.needExpert ? [{ departments: null, expert: true }] : []),
    ];
    const ofTask: string[][] = [];
    for (const s of t.selected) {
      const target = reading.targets.find((x) => x.uscc === s.id)!;
      const recused = recusals.get(s.id) ?? new Set<string>();
      const rng = xoroshiro128plusFromState(assignmentState(t.seedHash, s.id));
      const chosen: number[] = [];
      for (const seat of seats) {
        const ok = inspectors
          .map((p, i) => i)
          .filter((i) => !chosen.includes(i) && load(i) < cap && (seat.departments === null || seat.departments.includes(compactKey(inspectors[i].department))))
          .filter((i) => whyNot(inspectors[i], task, target, recused, seat.expert) === null);
        if (ok.length === 0) return { ok: false, task: task.code, target: s.id };
        const lowest = Math.min(...ok.map(load));
        const pool = ok.filter((i) => load(i) === lowest);
        chosen.push(pool[uniformInt(rng, 0, pool.length - 1)]);
      }
      for (const i of chosen) loads.set(inspectorId(inspectors[i]), load(i) + 1);
      ofTask.push(chosen.map((i) => `${inspectors[i].name}${inspectors[i].cert}`));
    }
    teams.push(ofTask);
  }
  return { ok: true, teams };
}

describe("teams equal docs/draw-spec.md §5 written out as a scan", () => {
  test("random rosters, fields, statuses, recusals, load caps, joint tasks, experts and team sizes", () => {
    const industries = ["危险化学品", "非煤矿山", "工贸"];
    fc.assert(
      fc.property(
        fc.record({
          sizes: fc.tuple(fc.integer({ min: 3, max: 10 }), fc.integer({ min: 3, max: 8 }), fc.integer({ min: 2, max: 6 })),
          experts: fc.integer({ min: 0, max: 3 }),
          fields: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 18, maxLength: 18 }),
          away: fc.array(fc.boolean(), { minLength: 18, maxLength: 18 }),
          recusals: fc.array(fc.tuple(fc.integer({ min: 1, max: 18 }), fc.integer({ min: 1, max: 40 })), { maxLength: 15 }),
          cap: fc.option(fc.integer({ min: 3, max: 30 })),
          tasks: fc.array(fc.record({ joint: fc.boolean(), scope: fc.integer({ min: 0, max: 2 }), count: fc.integer({ min: 1, max: 10 }), team: fc.integer({ min: 2, max: 3 }), expert: fc.boolean() }), { minLength: 1, maxLength: 4 }),
          seed: fc.stringMatching(/^[0-9]{20,24}$/),
        }),
        (o) => {
          const names = ["执法一大队", "执法二大队", "执法三大队"];
          const sheets = drawBook({
            industries: { 危险化学品: 15, 非煤矿山: 10, 工贸: 15 },
            departments: Object.fromEntries(names.map((d, i) => [d, o.sizes[i]])),
            experts: o.experts,
            recusals: o.recusals.map(([p, t]) => [`1502${String(p).padStart(7, "0")}`, uscc(t)]),
            // Teams are the subject here: a yearly cap high enough that §7.1 never passes a unit over.
            rules: [["同一对象年度抽查上限", 99] as [string, number], ...(o.cap === null ? [] : [["每名执法人员抽取上限", o.cap] as [string, number]])],
            tasks: o.tasks.map((t, i) => ({
              抽查任务编号: `T${i + 1}`,
              抽查任务名称: `任务${i + 1}`,
              联合类型: t.joint ? "跨部门联合" : "部门内部",
              发起部门: names[i % 3],
              联合部门: t.joint ? names[(i + 1) % 3] : null,
              对象范围: industries[t.scope],
              抽查比例或数量: `${t.count}户`,
              每组人数: t.team,
              需要专家: t.expert && o.experts > 0 ? "是" : "否",
            })),
          });
          const people = sheets[1].rows;
          for (let r = 1; r < people.length && r <= 18; r++) {
            if (people[r][5] === "是") continue;
            people[r][4] = ["", "危险化学品", "非煤矿山", "工贸", "危险化学品、工贸"][o.fields[r - 1]];
            if (o.away[r - 1] && r % 3 === 0) people[r][6] = "休假";
          }
          const reading = readWorkbook(sheets);
          const plan = planDraw(reading);
          // Books whose teams cannot be formed stop before the seed (tested above); fast-check
          // counts these skips and fails the run if there are too many.
          fc.pre(plan.ok);
          const out = runDraw(plan, reading, o.seed);
          // Who is drawn does not depend on the load cap: the same draw without it says whom the scan must staff.
          const drawn = out.ok ? out : runDraw(plan, { ...reading, rules: { ...reading.rules, inspectorLoadCap: null } }, o.seed);
          if (!drawn.ok) throw new Error("a draw without a load cap failed");
          const expected = referenceTeams(reading, plan, drawn);
          if (out.ok) expect({ ok: true, teams: out.tasks.map((t) => t.selected.map((s) => s.team.map((m) => `${m.name}${m.certificate}`))) }).toEqual(expected);
          else expect({ ok: false, task: out.task, target: out.failure?.target }).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});
