// Our TypeScript as one CommonJS file, built with esbuild into node_modules/.cache/double-random/
// and rebuilt when any source it was built from has changed. The command line and `npm run bench`
// run this bundle, as the task pane and the file page run webpack's: loaded module by module
// (through tsx), every call across modules goes through an exports getter, which made a draw of
// 100,000 targets about 80 ms slower (docs/performance.md). Packages stay require()d from
// node_modules.
const fs = require("node:fs");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "..");
const CACHE = path.join(ROOT, "node_modules", ".cache", "double-random");

/** True when the bundle is missing or older than one of the files it was built from. */
function stale(out, inputsFile) {
  let built;
  try {
    built = fs.statSync(out).mtimeMs;
    const inputs = JSON.parse(fs.readFileSync(inputsFile, "utf8"));
    return inputs.some((file) => fs.statSync(path.join(ROOT, file)).mtimeMs > built);
  } catch {
    return true;
  }
}

/** The path of the bundle of `entry` (relative to the project root), built first if needed. */
function bundle(entry) {
  entry = path.relative(ROOT, path.resolve(ROOT, entry));
  const name = entry.replace(/\.tsx?$/, "").replace(/[\\/]/g, "-");
  const out = path.join(CACHE, `${name}.cjs`);
  const inputsFile = path.join(CACHE, `${name}.inputs.json`);
  if (!stale(out, inputsFile)) return out;
  fs.mkdirSync(CACHE, { recursive: true });
  // Written beside and renamed, so two processes building at once never read half a file.
  const tmp = `${out}.${process.pid}.tmp`;
  const result = require("esbuild").buildSync({
    absWorkingDir: ROOT,
    entryPoints: [entry],
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    packages: "external",
    outfile: tmp,
    metafile: true,
    logLevel: "error",
  });
  fs.writeFileSync(`${inputsFile}.${process.pid}.tmp`, JSON.stringify(Object.keys(result.metafile.inputs)));
  // The list first: a reader that sees the new list beside the old bundle only builds again.
  fs.renameSync(`${inputsFile}.${process.pid}.tmp`, inputsFile);
  fs.renameSync(tmp, out);
  return out;
}

module.exports = { bundle, stale };

// `node bin/bundle.cjs <entry.ts> [args…]`: runs the entry's bundle as the main script.
if (require.main === module) {
  const [entry, ...args] = process.argv.slice(2);
  if (!entry) {
    console.error("usage: node bin/bundle.cjs <entry.ts> [args…]");
    process.exit(2);
  }
  const out = bundle(entry);
  process.argv = [process.argv[0], out, ...args];
  require("node:module").runMain(out);
}
