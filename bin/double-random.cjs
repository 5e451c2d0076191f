#!/usr/bin/env node
// Runs the command line built into build/ (npm install and npm run build build it; a build older
// than the sources is refused, never run).
const { OUT, staleness } = require("../scripts/build-cli.cjs");
const why = staleness("double-random");
if (why) {
  process.stderr.write(`${why}\n`);
  process.exit(2);
}
process.setSourceMapsEnabled(true); // stack traces name the TypeScript sources
const { run } = require(`${OUT}/double-random.cjs`);
// A reader that stops early (`| head`) is not an error.
process.stdout.on("error", (e) => {
  if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw e;
});
run(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
