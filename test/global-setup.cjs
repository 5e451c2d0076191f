// Before any test: build the command line (build/), so tests of the installed command never run
// a build older than the sources.
module.exports = () => {
  require("../scripts/build-cli.cjs").build();
};
