// Builds the command line and the benchmark with esbuild into build/: `npm run build`, npm
// install's `prepare` step, and the tests and `npm run bench` before they run. Each output lists
// what it was built from, with content hashes (not dates: an edit may carry an old date), so
// bin/double-random.cjs refuses a build older than the sources instead of running it.
//
// Why a bundle at all: loaded module by module (through tsx), every call into another module
// goes through an exports getter, which made a draw of 100,000 targets about 80 ms slower
// (docs/performance.md). The pane and the file page run webpack's bundle of the same code.
"use strict";
const crypto = require("node:crypto");
const fs = require("node:fs");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "..");
const OUT = path.join(ROOT, "build");
/** Output name → entry. */
const ENTRIES = { "double-random": "src/cli/main.ts", bench: "scripts/bench.ts" };
/** Files that shape the output besides the sources esbuild reads. */
const ALSO = ["scripts/build-cli.cjs", "tsconfig.json", "package.json"];

const hashOf = (file) => crypto.createHash("sha256").update(fs.readFileSync(path.join(ROOT, file))).digest("hex");
const esbuildVersion = () => {
  try {
    return require("esbuild/package.json").version;
  } catch {
    return null; // installed without dev dependencies: the build cannot be redone, and is not judged by it
  }
};

/** Writes a file beside its place and renames it there: a process starting meanwhile never reads half a file. */
function put(file, contents) {
  fs.writeFileSync(`${file}.${process.pid}.tmp`, contents);
  fs.renameSync(`${file}.${process.pid}.tmp`, file);
}

/** Builds every entry; returns the output paths. */
function build() {
  const esbuild = require("esbuild");
  fs.mkdirSync(OUT, { recursive: true });
  return Object.entries(ENTRIES).map(([name, entry]) => {
    const outfile = path.join(OUT, `${name}.cjs`);
    const result = esbuild.buildSync({
      absWorkingDir: ROOT,
      entryPoints: [entry],
      bundle: true,
      platform: "node",
      format: "cjs",
      target: "node20",
      packages: "external",
      sourcemap: "linked",
      outfile,
      metafile: true,
      write: false,
      logLevel: "error",
    });
    for (const file of result.outputFiles) put(file.path, file.contents);
    const files = [...Object.keys(result.metafile.inputs), ...ALSO];
    put(path.join(OUT, `${name}.inputs.json`), JSON.stringify({ esbuild: esbuildVersion(), files: Object.fromEntries(files.map((f) => [f, hashOf(f)])) }));
    return outfile;
  });
}

/**
 * Null when build/<name>.cjs was built from the sources as they are now; otherwise what to tell
 * the user (in Chinese, as every message of the command line).
 */
function staleness(name, out = OUT) {
  const inputsFile = path.join(out, `${name}.inputs.json`);
  if (!fs.existsSync(path.join(out, `${name}.cjs`)) || !fs.existsSync(inputsFile)) {
    return "命令行尚未构建：请先在本目录运行 npm run build（npm install 也会构建它）。";
  }
  let built;
  try {
    built = JSON.parse(fs.readFileSync(inputsFile, "utf8"));
  } catch {
    return "命令行的构建不完整：请先运行 npm run build。";
  }
  const now = esbuildVersion();
  if (now && built.esbuild !== now) return `命令行是用另一个 esbuild（${built.esbuild}）构建的：请先运行 npm run build。`;
  for (const [file, hash] of Object.entries(built.files)) {
    const changed = !fs.existsSync(path.join(ROOT, file)) || hashOf(file) !== hash;
    if (changed) return `命令行的构建早于源代码的改动（${file}）：请先运行 npm run build，再运行命令。`;
  }
  return null;
}

module.exports = { build, staleness, OUT, ENTRIES };

if (require.main === module) {
  const started = Date.now();
  const outputs = build();
  console.log(`built ${outputs.map((o) => path.relative(ROOT, o)).join(", ")} in ${Date.now() - started} ms`);
}
