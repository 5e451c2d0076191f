/**
 * node --import tsx scripts/bench-ab.ts <other checkout> [rows] [repeats] [runs]
 * Compares this checkout with another (say `git worktree add /tmp/old <commit>`, node_modules
 * linked) on a noisy machine: `scripts/bench.ts --child` of each, by turns, `repeats` times (default
 * 3), so both see the same minutes. Each child is its own process (two copies of the core in one
 * process disturb each other's JIT and heap). Prints every child's totals, floors and stages, and
 * the median difference. The other checkout needs a bench.ts with `--child` (from 2026-12-03 on).
 * A script, not a test.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";

interface Child {
  totalMs: number;
  coldMs: number;
  floorMs: number;
  ratio: number;
  ownRatio: number;
  peakRssMb: number;
  stages: Record<string, number>;
}

/**
 * A bench child of `root`, run as its `npm run bench` runs it: its build (scripts/build-cli.cjs,
 * built first), else its bin/bundle.cjs (versions before the build step), else through tsx.
 */
function child(root: string, rows: number, runs: number): Child {
  let runner: string[];
  if (existsSync(join(root, "scripts", "build-cli.cjs"))) {
    const built = spawnSync(process.execPath, [join(root, "scripts", "build-cli.cjs")], { cwd: root, encoding: "utf8" });
    if (built.status !== 0) throw new Error(`build in ${root} failed:\n${built.stderr}`);
    runner = [join(root, "build", "bench.cjs")];
  } else if (existsSync(join(root, "bin", "bundle.cjs"))) runner = [join(root, "bin", "bundle.cjs"), join(root, "scripts", "bench.ts")];
  else runner = ["--import", "tsx", join(root, "scripts", "bench.ts")];
  const out = spawnSync(process.execPath, [...runner, "--child", String(rows), "--runs", String(runs)], {
    cwd: root,
    encoding: "utf8",
    maxBuffer: 1 << 20,
  });
  if (out.status !== 0) throw new Error(`bench child in ${root} failed:\n${out.stderr}`);
  return JSON.parse(out.stdout) as Child;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1];

function main(): void {
  const [other, rowsArg, repeatsArg, runsArg] = process.argv.slice(2);
  if (!other) throw new Error("usage: scripts/bench-ab.ts <other checkout> [rows] [repeats] [runs]");
  const rows = Number(rowsArg ?? 100_000);
  const repeats = Number(repeatsArg ?? 3);
  const runs = Number(runsArg ?? (rows >= 1_000_000 ? 3 : rows >= 100_000 ? 7 : 15));
  const roots: [string, string] = [resolve(other), resolve(__dirname, "..")];
  const totals: [number[], number[]] = [[], []];
  for (let r = 0; r < repeats; r++) {
    // Alternate which goes first, so neither always runs after the other.
    const order = r % 2 ? [1, 0] : [0, 1];
    for (const v of order) {
      const c = child(roots[v], rows, runs);
      totals[v].push(c.totalMs);
      const stages = Object.entries(c.stages).map(([k, t]) => `${k}=${t}`).join(" ");
      console.log(`${v ? "this " : "other"} total ${c.totalMs} ms (cold ${c.coldMs}), floor ${c.floorMs} (ratio ${c.ratio}, own ${c.ownRatio}), RSS ${c.peakRssMb} MB | ${stages}`);
    }
  }
  const diff = median(totals[1].map((t, i) => t - totals[0][i]));
  console.log(`${rows} rows: other ${totals[0].join(", ")} ms; this ${totals[1].join(", ")} ms; median difference ${diff.toFixed(1)} ms`);
}

main();
