import { spawnSync } from "node:child_process";
import { mkdtempSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { cli } from "./run-cli";

// The installed command runs the bundle bin/bundle.cjs builds: the same answers as the sources.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { stale } = require("../../bin/bundle.cjs") as { stale: (out: string, inputsFile: string) => boolean };

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
    expect(stale(join(dir, "none.cjs"), inputs)).toBe(true);
    writeFileSync(out, "");
    expect(stale(out, join(dir, "none.json"))).toBe(true);
  });

  test("built after its inputs: keep; an input changed since: build; an input gone: build", () => {
    writeFileSync(out, "");
    writeFileSync(inputs, JSON.stringify([source]));
    const future = new Date(Date.now() + 3_600_000);
    utimesSync(out, future, future);
    expect(stale(out, inputs)).toBe(false);
    const past = new Date(Date.now() - 3_600_000);
    utimesSync(out, past, past);
    expect(stale(out, inputs)).toBe(true);
    utimesSync(out, future, future);
    writeFileSync(inputs, JSON.stringify([source, "src/no-such-file.ts"]));
    expect(stale(out, inputs)).toBe(true);
  });
});
