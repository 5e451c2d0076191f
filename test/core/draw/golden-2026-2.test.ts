import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildFrame, frameDigest } from "../../../src/core/draw/frame";
import { completeDraw, prepareDraw } from "../../../src/core/draw/session";
import { effectiveSeed, seedHashOf } from "../../../src/core/draw/ticket";
import { canonicalJson, type Canonical } from "../../../src/core/hash/canonical";
import { baotouPlanBook } from "../../../scripts/samples/plan-books";

/**
 * The dr-2026.2 known answers of docs/draw-spec.md §7.10: 包头's two published plan tables as
 * printed (assets/sample-baotou.xlsx is written from the same book), drawn with a fixed seed.
 */
const SEED = "2026030112345678901234";
const META = { seed: SEED, seedSource: "typed" as const, time: "2026-03-02T09:30:00+08:00", operator: "张三" };
const sha = (text: string): string => createHash("sha256").update(text, "utf8").digest("hex");
const SPEC = readFileSync(join(__dirname, "..", "..", "..", "docs", "draw-spec.md"), "utf8");

const prepared = prepareDraw(baotouPlanBook(), { today: "2026-03-01" });
const frame = buildFrame({
  algorithm: prepared.reading.algorithm,
  targets: prepared.reading.targets,
  inspectors: prepared.reading.inspectors,
  recusals: prepared.reading.recusals,
  tasks: prepared.plan.tasks.map((t) => t.task),
  rules: prepared.reading.rules,
  prior: [],
}) as { [key: string]: Canonical; tasks: Canonical[]; rules: Canonical };

describe("dr-2026.2 known answers (docs/draw-spec.md §7.10)", () => {
  test("the frame: bytes, digest, each task record and the rules", () => {
    expect(prepared.reading.algorithm).toBe("dr-2026.2");
    expect(prepared.plan.ok).toBe(true);
    expect(Buffer.byteLength(canonicalJson(frame))).toBe(53589);
    expect(frameDigest(frame)).toBe("79c1a53c0880f54c1d5f1228b35b7d973d5d2de26956b1914f8f1a1c3c9cea48");
    expect(prepared.plan.frameDigest).toBe(frameDigest(frame));
    expect(frame.tasks.map((t) => sha(canonicalJson(t)))).toEqual([
      "c9dbb3b7441c57ab88f65a4d6ae8d4db66be8abdf03c3f9aadc909f246856895",
      "d3910a4741bb115fa138020a4e38468cc8bfe24b0ed25bad49c1aaaaea3fc073",
      "f28e7227d737aba2c1cb22f0ae18e3dfceb4d9d71ba7ad93dd9fbc0af3eab7a2",
    ]);
    expect(sha(canonicalJson(frame.rules))).toBe("633d234d02ebf3f0647f2ed9b8bc5569ad96b222e0222af2e8a3fd6402fc44dc");
    // The spec prints the record of 联合-2 in full: it must be the record, byte for byte.
    expect(SPEC).toContain(canonicalJson(frame.tasks[2]));
  });

  test("strata, seed hashes, the first three drawn of each task, the result digest", () => {
    expect(prepared.plan.tasks.map((t) => [t.task.code, t.eligible.length, t.strata.map((s) => `${s.key} ${s.size} ${s.take} ${s.rule}`)])).toEqual([
      ["内部-1", 213, ["全部 213 37 largest-remainder"]],
      ["联合-1", 38, ["全部 38 9 largest-remainder"]],
      ["联合-2", 57, ["全部 57 10 largest-remainder"]],
    ]);
    const done = completeDraw(prepared, META);
    if (!done.ok) throw new Error(JSON.stringify(done.failure));
    const firstThree = done.record.tasks.map((t) => ({
      code: t.code,
      seedHash: seedHashOf(effectiveSeed(SEED, t.code)),
      drawn: t.selected.slice(0, 3).map((s) => `${s.id} ${s.ticket.slice(0, 14)} ${s.team.map((m) => `${m.name}${m.leader ? "*" : ""}`).join(",")}`),
    }));
    expect(firstThree).toEqual([
      {
        code: "内部-1",
        seedHash: "8063721116f6df08b9060b46bf5de280433247f638de63d425fce500e6e09b84",
        drawn: ["911502050283020275 0.013547270673 王霞*,高静", "91150206515842880H 0.022784818362 李秀英*,马敏", "91150207608839189T 0.025900448671 刘艳*,杨磊"],
      },
      {
        code: "联合-1",
        seedHash: "577ec199a4416768df4ca3e915bac3b53a7f461b4f5a3c1f2661052f8fb83f1a",
        drawn: ["91150205MA011M2492 0.002726717841 陈霞*,孙丽华", "91150205MA0QP9LW7R 0.012762626444 林桂英*,刘平", "91150222MA0PUEWD19 0.078365548083 马娟*,胡建国"],
      },
      {
        code: "联合-2",
        seedHash: "56896616d07ebb9ec2081104f7cbb609be6f1e689e2e1612f65bb16b97f77323",
        drawn: ["91150221063823215B 0.000370391356 王桂英*,赵霞", "91150203MA0QRFL7X6 0.009558578040 罗海涛*,赵霞", "91150204799061938H 0.041332330130 罗海涛*,王桂英"],
      },
    ]);
    expect(done.record.resultDigest).toBe("3364717141320bbf55036ce92fc0cdafd96ea8887fdef5688a50501c22a5eff0");
  });

  test("every digest pinned here is the one the spec prints", () => {
    for (const digest of ["79c1a53c0880f54c1d5f1228b35b7d973d5d2de26956b1914f8f1a1c3c9cea48", "3364717141320bbf55036ce92fc0cdafd96ea8887fdef5688a50501c22a5eff0"]) {
      expect(SPEC).toContain(digest);
    }
  });
});
