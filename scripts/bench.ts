/**
 * npm run bench [-- --json] [-- --sizes 10000,100000,1000000] [-- --runs N] (default 15, 7 and 3 runs)
 *               [-- --io-sizes 10000,100000] [-- --no-io] [-- --io-only]
 * Times each stage of a draw on synthetic workbooks held in memory (2,000 inspectors, 20 tasks),
 * and the floor: SHA-256 of every target id alone, one call per id, with @noble/hashes (the
 * project's hash dependency) and, beside it, with the core's own SHA-256 (src/core/hash/sha256.ts, which
 * the draw's hot paths use). Each size runs in its own
 * child process, so its peak RSS (the OS's maxRSS, input cell arrays included) is its own. The
 * first run of a process pays for the JIT's compiling; it is reported on its own (coldMs), and
 * the other figures are medians over the runs after it (all runs when there is only one).
 * Runs bundled (scripts/build-cli.cjs builds build/bench.cjs first), as the command line, the task
 * pane and the file page run the core.
 *
 * Then the I/O stage (issue #18): the same synthetic book written as an .xlsx file at 10k and 100k
 * targets (`--io-sizes 10000,100000,1000000` adds 1M), and for each size, in a child process of
 * its own (so the book's generation is not in its peak RSS): open, read, draw, write (add the
 * draw's sheets) and save through the file host (src/host/file), each timed once, as a clerk's
 * command line runs them once; then the command line's whole `draw` on the file
 * (bin/double-random.cjs, process start included) and, where LibreOffice is installed, its
 * headless open + save of the same file (`soffice --convert-to xlsx`, after one warm-up
 * conversion so that creating its profile is not counted), with the ratio of the two.
 * A script, not a test.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { sha256 } from "@noble/hashes/sha2";
import { utf8ToBytes } from "@noble/hashes/utils";
import type { SheetData } from "../src/core/grid/cell";
import { planDraw } from "../src/core/draw/plan";
import { makeRecord } from "../src/core/draw/record";
import { runDraw } from "../src/core/draw/run";
import { checkQuotas } from "../src/core/quota/quota";
import { resultSheet } from "../src/core/sheets/result-sheet";
import { disclosureSheet } from "../src/core/sheets/disclosure-sheet";
import { readWorkbook } from "../src/core/read/workbook";
import { Sha256 } from "../src/core/hash/sha256";
import { completeDraw, prepareDraw } from "../src/core/draw/session";
import { FileWorkbook } from "../src/host/file/workbook-file";
import { syntheticBook } from "./synthetic-book";

const SEED = "2026030112345678901234";

interface Run {
  stages: Record<string, number>;
  totalMs: number;
  floorMs: number;
  ownFloorMs: number;
  resultDigest: string;
}

interface Result {
  rows: number;
  runs: number;
  coldMs: number;
  stages: Record<string, number>;
  totalMs: number;
  floorMs: number;
  ratio: number;
  ownFloorMs: number;
  ownRatio: number;
  peakRssMb: number;
  resultDigest: string;
}

/** One end-to-end draw on the book, timed by stage, then the floor on the same ids. */
function runOnce(sheets: SheetData[]): Run {
  const stages: Record<string, number> = {};
  let current = "";
  let since = performance.now();
  const mark = (stage: string): void => {
    const now = performance.now();
    if (current) stages[current] = (stages[current] ?? 0) + (now - since);
    current = stage;
    since = now;
  };
  const start = performance.now();
  mark("read");
  const reading = readWorkbook(sheets, { today: "2026-03-01" });
  const plan = planDraw(reading, { mark });
  if (!plan.ok) throw new Error(plan.issues.filter((i) => i.severity === "error").slice(0, 3).map((i) => i.message).join("\n"));
  const out = runDraw(plan, reading, SEED, mark);
  if (!out.ok) throw new Error(`draw failed: ${out.task}`);
  mark("quota");
  const record = makeRecord(plan, out.tasks, out.resultDigest, { packageVersion: "bench", pureRandVersion: "bench", seed: SEED, seedSource: "typed", time: "2026-03-01T10:00:00+08:00", operator: "", sheets: { result: "r", record: "k" } });
  checkQuotas({ reading, plan, draws: [record], disclosure: null });
  mark("specs");
  resultSheet(record, reading, "抽取结果");
  disclosureSheet(record, reading, "结果公示");
  mark("");
  const totalMs = performance.now() - start;

  const ids = reading.targets.map((t) => t.uscc);
  const f0 = performance.now();
  for (const id of ids) sha256(utf8ToBytes(id));
  const floorMs = performance.now() - f0;
  const o0 = performance.now();
  for (const id of ids) new Sha256().update(utf8ToBytes(id)).digestWords();
  const ownFloorMs = performance.now() - o0;
  return { stages, totalMs, floorMs, ownFloorMs, resultDigest: out.resultDigest };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const round = (x: number): number => Math.round(x * 10) / 10;

/** All runs of one size in this process: the first (cold) run's total, medians of the later runs; the process's peak RSS. */
function measure(rows: number, runs: number): Result {
  const sheets = syntheticBook(rows);
  const done: Run[] = [];
  for (let i = 0; i < runs; i++) done.push(runOnce(sheets));
  const digests = new Set(done.map((r) => r.resultDigest));
  if (digests.size !== 1) throw new Error("runs disagree");
  const all = done.length > 1 ? done.slice(1) : done;
  const names = Object.keys(all[0].stages);
  const totalMs = median(all.map((r) => r.totalMs));
  const floorMs = median(all.map((r) => r.floorMs));
  const ownFloorMs = median(all.map((r) => r.ownFloorMs));
  return {
    rows,
    runs,
    coldMs: round(done[0].totalMs),
    stages: Object.fromEntries(names.map((n) => [n, round(median(all.map((r) => r.stages[n] ?? 0)))])),
    totalMs: round(totalMs),
    floorMs: round(floorMs),
    ratio: round(totalMs / floorMs),
    ownFloorMs: round(ownFloorMs),
    ownRatio: round(totalMs / ownFloorMs),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    resultDigest: all[0].resultDigest,
  };
}

/** Runs one size in a fresh node process (same loader), so peak memory is measured per size. */
function inChild(rows: number, runs: number): Result {
  const child = spawnSync(process.execPath, [...process.execArgv, process.argv[1], "--child", String(rows), "--runs", String(runs)], {
    encoding: "utf8",
    maxBuffer: 1 << 20,
    stdio: ["ignore", "pipe", "inherit"],
  });
  if (child.status !== 0) throw new Error(`bench child for ${rows} rows failed (status ${child.status})`);
  return JSON.parse(child.stdout) as Result;
}

interface IoChild {
  rows: number;
  fileMb: number;
  openMs: number;
  readMs: number;
  drawMs: number;
  writeMs: number;
  saveMs: number;
  totalMs: number;
  outMb: number;
  peakRssMb: number;
}

interface IoResult extends IoChild {
  generateMs: number;
  cliDrawMs: number;
  libreOfficeMs: number | null;
  ratio: number | null;
}

/** In a child process: one open, read, draw, write and save of the book at `path` through the file host. */
async function ioMeasure(path: string, rows: number): Promise<IoChild> {
  const t: number[] = [performance.now()];
  const lap = (): number => {
    t.push(performance.now());
    return round(t[t.length - 1] - t[t.length - 2]);
  };
  const bytes = readFileSync(path);
  const book = await FileWorkbook.open(bytes);
  const openMs = lap();
  const sheets = book.readSheets();
  const readMs = lap();
  const prepared = prepareDraw(sheets, { today: "2026-03-01" });
  if (!prepared.plan.ok) throw new Error("the synthetic book does not plan");
  const done = completeDraw(prepared, { seed: SEED, seedSource: "typed", time: "2026-03-01T10:00:00+08:00", operator: "" });
  if (!done.ok) throw new Error(`draw failed: ${done.task}`);
  const drawMs = lap();
  await book.addSheets(done.specs);
  const writeMs = lap();
  const out = await book.toBuffer();
  writeFileSync(`${path}.host-out.xlsx`, out);
  const saveMs = lap();
  return {
    rows,
    fileMb: round(bytes.length / 2 ** 20),
    openMs,
    readMs,
    drawMs,
    writeMs,
    saveMs,
    totalMs: round(t[t.length - 1] - t[0]),
    outMb: round(out.length / 2 ** 20),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  };
}

/** Wall-clock ms of a command, or a thrown error naming it. */
function timedRun(command: string, argv: string[], what: string): number {
  const start = performance.now();
  // stdout ignored: the CLI's --json lists every selected target (over 16 MB at 1M).
  const run = spawnSync(command, argv, { encoding: "utf8", stdio: ["ignore", "ignore", "pipe"], maxBuffer: 16 << 20, timeout: 3_600_000 });
  const ms = performance.now() - start;
  if (run.status !== 0) throw new Error(`${what} failed (status ${run.status}): ${(run.stderr || run.error?.message || "").slice(0, 500)}`);
  return round(ms);
}

const hasSoffice = (): boolean => spawnSync("soffice", ["--version"], { encoding: "utf8", timeout: 60_000 }).status === 0;

/** The I/O stage: each size generated here, measured in its own child, then the CLI and LibreOffice on the same file. */
async function ioStage(sizes: number[], withLibreOffice: boolean): Promise<IoResult[]> {
  const root = resolve(__dirname, "..");
  const dir = mkdtempSync(join(tmpdir(), "dr-bench-io-"));
  const profile = `file://${join(dir, "lo-profile")}`;
  const lo = (file: string, outdir: string): number =>
    timedRun("soffice", ["--headless", `-env:UserInstallation=${profile}`, "--convert-to", "xlsx", "--outdir", outdir, file], "LibreOffice");
  try {
    if (withLibreOffice) {
      // Warm-up: the first conversion creates LibreOffice's profile; not counted.
      const small = join(dir, "warm-up.xlsx");
      writeFileSync(small, await FileWorkbook.fromSheets(syntheticBook(100)).toBuffer());
      lo(small, join(dir, "lo-warm"));
    }
    const results: IoResult[] = [];
    for (const rows of sizes) {
      const path = join(dir, `book-${rows}.xlsx`);
      const g0 = performance.now();
      writeFileSync(path, await FileWorkbook.fromSheets(syntheticBook(rows)).toBuffer());
      const generateMs = round(performance.now() - g0);
      const child = spawnSync(process.execPath, [...process.execArgv, process.argv[1], "--io-child", path, String(rows)], {
        encoding: "utf8",
        maxBuffer: 1 << 20,
        stdio: ["ignore", "pipe", "inherit"],
      });
      if (child.status !== 0) throw new Error(`I/O child for ${rows} rows failed (status ${child.status})`);
      const measured = JSON.parse(child.stdout) as IoChild;
      const cliOut = join(dir, `cli-${rows}.xlsx`);
      const cliDrawMs = timedRun(process.execPath, [join(root, "bin", "double-random.cjs"), "draw", path, "--seed", SEED, "--out", cliOut, "--json"], "the CLI's draw");
      let libreOfficeMs: number | null = null;
      if (withLibreOffice) {
        const outdir = join(dir, `lo-${rows}`);
        mkdirSync(outdir);
        libreOfficeMs = lo(path, outdir);
        if (!existsSync(join(outdir, `book-${rows}.xlsx`)) || statSync(join(outdir, `book-${rows}.xlsx`)).size === 0) throw new Error(`LibreOffice wrote no file for ${rows} rows`);
      }
      results.push({ ...measured, generateMs, cliDrawMs, libreOfficeMs, ratio: libreOfficeMs ? Math.round((cliDrawMs / libreOfficeMs) * 100) / 100 : null });
      rmSync(path, { force: true });
    }
    return results;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const value = (flag: string): string | undefined => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
  const ioChild = value("--io-child");
  if (ioChild) {
    process.stdout.write(JSON.stringify(await ioMeasure(ioChild, Number(args[args.indexOf("--io-child") + 2]))));
    return;
  }
  // Small sizes are cheap: more runs put their median past the JIT's warm-up.
  const runsFor = (rows: number): number => Number(value("--runs") ?? (rows <= 10_000 ? 15 : rows <= 100_000 ? 7 : 3));
  const child = value("--child");
  if (child) {
    process.stdout.write(JSON.stringify(measure(Number(child), runsFor(Number(child)))));
    return;
  }
  const sizes = args.includes("--io-only") ? [] : (value("--sizes") ?? "10000,100000,1000000").split(",").map(Number);
  const results = sizes.map((n) => inChild(n, runsFor(n)));
  const ioSizes = args.includes("--no-io") ? [] : (value("--io-sizes") ?? "10000,100000").split(",").map(Number);
  const withLibreOffice = ioSizes.length > 0 && hasSoffice();
  if (args.includes("--json")) {
    const core = results.map(({ rows, coldMs, stages, totalMs, floorMs, ratio, ownFloorMs, ownRatio, peakRssMb }) => ({ rows, coldMs, stages, totalMs, floorMs, ratio, ownFloorMs, ownRatio, peakRssMb }));
    if (ioSizes.length === 0) console.log(JSON.stringify(core));
    else console.log(JSON.stringify({ core, io: await ioStage(ioSizes, withLibreOffice) }));
    return;
  }
  if (results.length > 0) printCore(results);
  if (ioSizes.length === 0) return;
  console.log(`\nI/O stage (ms, one pass each; peak RSS of the child that opens, reads, draws, writes and saves; CLI = bin/double-random.cjs draw, process start included)`);
  if (!withLibreOffice) console.log("LibreOffice (soffice) is not installed: no comparison.");
  console.log(["rows", "file MB", "open", "read", "draw", "write", "save", "host total", "peak RSS MB", "CLI draw", "LibreOffice open+save", "ratio"].join("\t"));
  for (const r of await ioStage(ioSizes, withLibreOffice)) {
    console.log([r.rows, r.fileMb, r.openMs, r.readMs, r.drawMs, r.writeMs, r.saveMs, r.totalMs, r.peakRssMb, r.cliDrawMs, r.libreOfficeMs ?? "-", r.ratio ?? "-"].join("\t"));
  }
}

function printCore(results: Result[]): void {
  const names = [...new Set(results.flatMap((r) => Object.keys(r.stages)))];
  console.log(`ms; "cold" is a size's first run, the rest are medians of the runs after it (runs: ${results.map((r) => r.runs).join(", ")}); node ${process.version}`);
  console.log(["rows", "cold", ...names, "total", "floor", "ratio", "own floor", "own ratio", "peak RSS MB", "result digest"].join("\t"));
  for (const r of results) {
    console.log([r.rows, r.coldMs, ...names.map((n) => r.stages[n] ?? 0), r.totalMs, r.floorMs, r.ratio, r.ownFloorMs, r.ownRatio, r.peakRssMb, r.resultDigest.slice(0, 12)].join("\t"));
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
