#!/usr/bin/env node
// Runs the command line from its bundle (bin/bundle.cjs builds it on first use and after any
// change to the sources), so `npx double-random …` works in a checkout after `npm install`.
const { run } = require("./bundle.cjs").load("src/cli/main.ts");
// A reader that stops early (`| head`) is not an error.
process.stdout.on("error", (e) => {
  if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw e;
});
run(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
