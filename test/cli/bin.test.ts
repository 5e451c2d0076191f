import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { cli } from "./run-cli";

// The installed command runs the build of scripts/build-cli.cjs (made before the tests by
// test/global-setup.cjs): the same answers as the sources.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const builder = require("../../scripts/build-cli.cjs") as { OUT: string; staleness: (name: string, out?: string) => string | null };

const ROOT = resolve(__dirname, "../..");
const BIN = join(ROOT, "bin", "double-random.cjs");

describe("bin/double-random.cjs", () => {
  test("validates the sample workbook from the build, with the exit status and text of the sources", async () => {
    const book = join(ROOT, "assets", "sample.xlsx");
    const run = spawnSync(process.execPath, [BIN, "validate", book, "--json"], { encoding: "utf8", cwd: ROOT });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const sources = await cli("validate", book, "--json");
    expect(run.stdout).toBe(sources.stdout);
    const doc = JSON.parse(run.stdout);
    expect(doc.sheets.targets.rows).toBeGreaterThan(100);
    expect(doc.issues.filter((i: { severity: string }) => i.severity === "error")).toEqual([]);
  }, 60_000);

  test("a usage error exits with 2", () => {
    const run = spawnSync(process.execPath, [BIN, "no-such-command"], { encoding: "utf8", cwd: ROOT });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("用法");
  }, 60_000);
});

describe("a build older than the sources is never run", () => {
  test("the build made before the tests is fresh", () => {
    expect(builder.staleness("double-random")).toBeNull();
    expect(builder.staleness("bench")).toBeNull();
  });

  /** A copy of the build whose input list says `file` had other contents. */
  function builtFrom(change: (inputs: { esbuild: string; files: Record<string, string> }) => void): string {
    const dir = mkdtempSync(join(tmpdir(), "dr-build-"));
    copyFileSync(join(builder.OUT, "double-random.cjs"), join(dir, "double-random.cjs"));
    const inputs = JSON.parse(readFileSync(join(builder.OUT, "double-random.inputs.json"), "utf8"));
    change(inputs);
    writeFileSync(join(dir, "double-random.inputs.json"), JSON.stringify(inputs));
    return dir;
  }

  test("a source changed since the build, a source gone, another esbuild: refused, naming why", () => {
    expect(builder.staleness("double-random", builtFrom((i) => (i.files["src/core/draw/ticket.ts"] = "0".repeat(64))))).toContain("src/core/draw/ticket.ts");
    expect(builder.staleness("double-random", builtFrom((i) => (i.files["src/core/gone.ts"] = "0".repeat(64))))).toContain("src/core/gone.ts");
    expect(builder.staleness("double-random", builtFrom((i) => (i.esbuild = "0.0.1")))).toContain("esbuild");
    expect(builder.staleness("double-random", mkdtempSync(join(tmpdir(), "dr-build-")))).toContain("尚未构建");
  });

  test("the build lists every source it was made from, and what shapes it besides", () => {
    const inputs = JSON.parse(readFileSync(join(builder.OUT, "double-random.inputs.json"), "utf8"));
    expect(Object.keys(inputs.files)).toEqual(expect.arrayContaining(["src/cli/main.ts", "src/core/draw/ticket.ts", "package.json", "tsconfig.json", "scripts/build-cli.cjs"]));
  });
});
