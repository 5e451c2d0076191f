#!/usr/bin/env node
// Runs the TypeScript CLI directly (tsx), so `npx double-random …` works in a checkout after `npm install`.
require("tsx/cjs/api").register();
const { run } = require("../src/cli/main.ts");
// A reader that stops early (`| head`) is not an error.
process.stdout.on("error", (e) => {
  if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw e;
});
run(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
