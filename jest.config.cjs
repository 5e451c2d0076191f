/** Jest runs every suite CI runs: core unit/property tests, host tests, CLI tests. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  globalSetup: "<rootDir>/test/global-setup.cjs",
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  // The speed figures run alone after the rest (`npm run figures`), never beside other suites.
  testPathIgnorePatterns: ["/node_modules/", "\\.figures\\.e2e\\.test\\.ts$"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: { module: "commonjs", moduleResolution: "node", jsx: "react-jsx", esModuleInterop: true, isolatedModules: true } }],
  },
  moduleFileExtensions: ["ts", "tsx", "js", "cjs", "json"],
  testTimeout: 60000,
};
