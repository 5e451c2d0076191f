import { execFileSync } from "node:child_process";
import { resolve } from "node:path";

/**
 * The layer fences of eslint.config.mjs (docs/architecture.md), tried on one-line files placed
 * where they would break a fence: each must be reported, and the allowed form must pass.
 */
const ROOT = resolve(__dirname, "..");
const FENCE_RULES = ["@typescript-eslint/no-restricted-imports", "no-restricted-globals", "no-restricted-syntax"];

/**
 * The fence messages for each [file, code], from ESLint run once in a child process (its config is
 * an ES module, which Jest's module system cannot load).
 */
function lint(cases: readonly (readonly [string, string])[]): string[][] {
  const script = `
    const { ESLint } = require("eslint");
    const cases = JSON.parse(process.argv[1]);
    (async () => {
      const eslint = new ESLint({ cwd: process.cwd() });
      const out = [];
      for (const [file, code] of cases) {
        const [r] = await eslint.lintText(code + "\\nexport const _unused = x;\\n", { filePath: file });
        out.push(r.messages.filter((m) => ${JSON.stringify(FENCE_RULES)}.includes(m.ruleId)).map((m) => m.message));
      }
      process.stdout.write(JSON.stringify(out));
    })();`;
  return JSON.parse(execFileSync(process.execPath, ["-e", script, JSON.stringify(cases.map(([f, c]) => [resolve(ROOT, f), c]))], { cwd: ROOT, encoding: "utf8" }));
}

const FORBIDDEN = [
    ["src/cli/commands/x.ts", 'import { x } from "../../core/draw/session";', "public entry"],
    ["src/host/file/x.ts", 'import { x } from "../../core/grid/cell";', "public entry"],
    ["src/host/x.ts", 'import { x } from "../core/sheets/sheet-spec";', "public entry"],
    ["src/taskpane/components/x.tsx", 'import { x } from "../../core/draw/seed";', "public entry"],
    ["src/host/file/x.ts", 'import { x } from "../office/write";', "never import each other"],
    ["src/host/office/x.ts", 'import { x } from "../file/write-spec";', "never import each other"],
    ["src/cli/x.ts", 'import { x } from "../taskpane/App";', "never imports the task pane"],
    ["src/taskpane/x.ts", 'import { x } from "exceljs";', "await import"],
    ["src/core/x.ts", 'import { x } from "node:fs";', "no Node built-ins"],
    ["src/core/x.ts", 'import { x } from "../host/workbook-host"; Date.now();', "must not depend"],
    ["src/core/draw/x.ts", "import { x } from './y'; Math.random();", "No Math.random"],
    ["src/cli/x.ts", "import { x } from './y'; Excel.run(() => x);", "Only src/host/office"],
] as const;

const ALLOWED = [
    ["src/cli/commands/x.ts", 'import { x } from "../../core";'],
    ["src/host/office/x.ts", 'import { x } from "../../core"; Excel.run(() => x);'],
    ["src/core/draw/x.ts", 'import { x } from "../grid/cell";'],
    ["src/taskpane/x.ts", 'import type { x } from "../host/file/file-host";'],
    ["test/core/x.test.ts", 'import { x } from "../../src/core/draw/ticket";'],
] as const;

describe("eslint fences between the layers", () => {
  const found = lint([...FORBIDDEN.map(([f, c]) => [f, c] as const), ...ALLOWED]);

  test.each(FORBIDDEN.map((c, i) => [...c, i] as const))("%s: %s", (_file, _code, expected, i) => {
    expect(found[i].join("\n")).toContain(expected);
  });

  test.each(ALLOWED.map((c, i) => [...c, FORBIDDEN.length + i] as const))("allowed: %s: %s", (_file, _code, i) => {
    expect(found[i]).toEqual([]);
  });
});
