import pkg from "../../package.json";
import pureRandPkg from "pure-rand/package.json";

/** Recorded with every draw: the record says which code produced it. */
export const VERSIONS = {
  packageVersion: pkg.version,
  pureRandVersion: pureRandPkg.version,
};
