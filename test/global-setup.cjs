// Before any test: build the command line (build/), so tests of the installed command never run
// a build older than the sources.
module.exports = () => {
  // One id per test run, inherited by the workers: the e2e files build dist/ once per run (test/e2e/harness.ts).
  process.env.DR_TEST_RUN = `${process.pid}-${Date.now()}`;
  require("../scripts/build-cli.cjs").build();
};
