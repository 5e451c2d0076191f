/** Jest runs every suite CI runs: core unit/property tests, host tests, CLI tests. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  globalSetup: "<rootDir>/test/global-setup.cjs",
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: { module: "commonjs", moduleResolution: "node", jsx: "react-jsx", esModuleInterop: true, isolatedModules: true } }],
  },
  moduleFileExtensions: ["ts", "tsx", "js", "cjs", "json"],
  testTimeout: 60000,
};
