// Our TypeScript as one CommonJS file, built with esbuild into .bundle/ in this checkout and built
// again when anything it was built from has changed. The command line and `npm run bench` run
// this bundle, as the task pane and the file page run webpack's: loaded module by module (through
// tsx), every call across modules goes through an exports getter, which made a draw of 100,000
// targets about 80 ms slower (docs/performance.md). Packages stay require()d from node_modules.
const crypto = require("node:crypto");
const fs = require("node:fs");
const Module = require("node:module");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "..");
// In the checkout, not in node_modules: checkouts may share one node_modules (git worktrees), and
// packages are found by walking up from the bundle's real path.
const CACHE = path.join(ROOT, ".bundle");
/** Files that shape the output besides the sources esbuild reads. */
const ALSO = ["bin/bundle.cjs", "tsconfig.json", "package.json"];

const hashOf = (file) => crypto.createHash("sha256").update(fs.readFileSync(path.join(ROOT, file))).digest("hex");

/** What the bundle was built from: esbuild's version, then every input with its content hash. */
function fingerprint(files) {
  return { esbuild: require("esbuild/package.json").version, files: Object.fromEntries(files.map((f) => [f, hashOf(f)])) };
}

/** True when the bundle is missing or anything it was built from has changed (by content, not date). */
function stale(out, inputsFile) {
  try {
    if (!fs.existsSync(out)) return true;
    const built = JSON.parse(fs.readFileSync(inputsFile, "utf8"));
    const now = fingerprint(Object.keys(built.files));
    return now.esbuild !== built.esbuild || Object.entries(built.files).some(([f, h]) => now.files[f] !== h);
  } catch {
    return true;
  }
}

/** The bundle's path for an entry given relative to the project root or absolute. */
function bundlePath(entry) {
  const relative = path.relative(ROOT, path.resolve(ROOT, entry));
  return path.join(CACHE, `${relative.replace(/\.tsx?$/, "").replace(/[\\/]/g, "-")}.cjs`);
}

/** esbuild's output in memory: the bundle and, with `linked`, its source map beside it. */
function build(entry, sourcemap) {
  return require("esbuild").buildSync({
    absWorkingDir: ROOT,
    entryPoints: [entry],
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    packages: "external",
    sourcemap,
    outfile: bundlePath(entry),
    metafile: true,
    write: false,
    logLevel: "error",
  });
}

/**
 * Loads the bundle of `entry` (relative to the project root), building it first if needed, and
 * returns its exports. Where .bundle/ cannot be written (a read-only checkout), builds in memory.
 */
function load(entry) {
  entry = path.relative(ROOT, path.resolve(ROOT, entry));
  process.setSourceMapsEnabled(true); // stack traces name the TypeScript sources
  const out = bundlePath(entry);
  const inputsFile = out.replace(/\.cjs$/, ".inputs.json");
  if (!stale(out, inputsFile)) return require(out);
  const started = Date.now();
  const result = build(entry, "linked");
  try {
    fs.mkdirSync(CACHE, { recursive: true });
    // Each file written beside and renamed: a process starting meanwhile never reads half a file.
    for (const file of result.outputFiles) {
      fs.writeFileSync(`${file.path}.${process.pid}.tmp`, file.contents);
      fs.renameSync(`${file.path}.${process.pid}.tmp`, file.path);
    }
    const files = [...Object.keys(result.metafile.inputs), ...ALSO];
    // A file saved while esbuild was reading may be newer than what it read: then the list is not
    // written, and the next run builds again.
    const settled = files.every((f) => fs.statSync(path.join(ROOT, f)).mtimeMs < started - 1000);
    if (settled) {
      fs.writeFileSync(`${inputsFile}.${process.pid}.tmp`, JSON.stringify(fingerprint(files)));
      fs.renameSync(`${inputsFile}.${process.pid}.tmp`, inputsFile);
    } else fs.rmSync(inputsFile, { force: true });
  } catch (e) {
    if (typeof e.code !== "string") throw e; // not a file system error
    return loadInMemory(entry);
  }
  return require(out);
}

/** The bundle of `entry` built in memory and compiled as require() would compile its file. */
function loadInMemory(entry) {
  const out = bundlePath(entry);
  const m = new Module(out, module);
  m.filename = out;
  m.paths = Module._nodeModulePaths(CACHE);
  m._compile(build(entry, "inline").outputFiles[0].text, out);
  return m.exports;
}

module.exports = { load, loadInMemory, stale, fingerprint };

// `node bin/bundle.cjs <entry.ts> [args…]`: runs the entry's bundle as the main script.
if (require.main === module) {
  const [entry, ...args] = process.argv.slice(2);
  if (!entry) {
    console.error("usage: node bin/bundle.cjs <entry.ts> [args…]");
    process.exit(2);
  }
  process.argv = [process.argv[0], bundlePath(entry), ...args];
  load(entry);
}
