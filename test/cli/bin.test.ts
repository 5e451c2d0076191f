import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { run } from "../../src/cli/main";
import { cli } from "./run-cli";

// The installed command runs the bundle bin/bundle.cjs builds: the same answers as the sources.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const bundle = require("../../bin/bundle.cjs") as {
  stale: (out: string, inputsFile: string) => boolean;
  fingerprint: (files: string[]) => { esbuild: string; files: Record<string, string> };
  loadInMemory: (entry: string) => { run: typeof run };
};

const ROOT = resolve(__dirname, "../..");

describe("bin/double-random.cjs", () => {
  test("validates the sample workbook from its bundle, with the exit status and text of the sources", async () => {
    const book = join(ROOT, "assets", "sample.xlsx");
    const run = spawnSync(process.execPath, [join(ROOT, "bin", "double-random.cjs"), "validate", book, "--json"], { encoding: "utf8", cwd: ROOT });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const sources = await cli("validate", book, "--json");
    expect(run.stdout).toBe(sources.stdout);
    const doc = JSON.parse(run.stdout);
    expect(doc.sheets.targets.rows).toBeGreaterThan(100);
    expect(doc.issues.filter((i: { severity: string }) => i.severity === "error")).toEqual([]);
  }, 60_000);

  test("a usage error exits with 2", () => {
    const run = spawnSync(process.execPath, [join(ROOT, "bin", "double-random.cjs"), "no-such-command"], { encoding: "utf8", cwd: ROOT });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("用法");
  }, 60_000);
});

describe("bundle staleness", () => {
  const dir = mkdtempSync(join(tmpdir(), "dr-bundle-"));
  const out = join(dir, "x.cjs");
  const inputs = join(dir, "x.inputs.json");
  const source = "test/cli/bin.test.ts";

  test("missing bundle or input list: build", () => {
    expect(bundle.stale(join(dir, "none.cjs"), inputs)).toBe(true);
    writeFileSync(out, "");
    expect(bundle.stale(out, join(dir, "none.json"))).toBe(true);
  });

  test("built from the same contents: keep; a changed content, a file gone or another esbuild: build (dates play no part)", () => {
    writeFileSync(out, "");
    const now = bundle.fingerprint([source]);
    writeFileSync(inputs, JSON.stringify(now));
    expect(bundle.stale(out, inputs)).toBe(false);
    writeFileSync(inputs, JSON.stringify({ ...now, files: { [source]: "0".repeat(64) } }));
    expect(bundle.stale(out, inputs)).toBe(true);
    writeFileSync(inputs, JSON.stringify({ ...now, files: { ...now.files, "src/no-such-file.ts": "0".repeat(64) } }));
    expect(bundle.stale(out, inputs)).toBe(true);
    writeFileSync(inputs, JSON.stringify({ ...now, esbuild: "0.0.1" }));
    expect(bundle.stale(out, inputs)).toBe(true);
  });

  test("each checkout has its own bundle, beside its sources (checkouts may share node_modules)", () => {
    spawnSync(process.execPath, [join(ROOT, "bin", "double-random.cjs"), "--help"], { cwd: ROOT });
    expect(existsSync(join(ROOT, ".bundle", "src-cli-main.cjs"))).toBe(true);
  }, 60_000);

  test("where the bundle cannot be written, it is built in memory and runs the same", async () => {
    const { run } = bundle.loadInMemory("src/cli/main.ts");
    let printed = "";
    const code = await run(["validate", join(ROOT, "assets", "sample.xlsx"), "--json"], { out: (t: string) => (printed += t + "\n"), err: () => undefined });
    expect(code).toBe(0);
    expect(printed).toBe((await cli("validate", join(ROOT, "assets", "sample.xlsx"), "--json")).stdout);
  }, 60_000);
});
