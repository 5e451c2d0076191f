// ESLint 9 flat config. `npx eslint src test` (npm run lint) is what CI runs.
//
// Layer rules (docs/architecture.md), enforced here:
// - only src/host/office/** touches the `Excel` / `Office` globals (src/taskpane/index.tsx may use
//   `Office` to boot: Office.onReady, Office.context.displayLanguage);
// - src/core/** is pure and deterministic: no clock, no randomness, no DOM, no Node built-ins,
//   no React, no ExcelJS;
// - the task pane loads ExcelJS / the file host only through dynamic import() (own chunk);
// - outside src/core, the core is imported only through src/core/index.ts; host/file and
//   host/office never import each other; the command line never imports the task pane.
import js from "@eslint/js";
import officeAddins from "eslint-plugin-office-addins";
import { createRequire } from "node:module";
import tseslint from "typescript-eslint";

// eslint-plugin-react is a dependency of eslint-plugin-office-addins; load it from there.
const require = createRequire(import.meta.url);
const fromOfficePlugin = createRequire(require.resolve("eslint-plugin-office-addins"));
const react = fromOfficePlugin("eslint-plugin-react");
// ESLint's own parser, for the ES5 scripts of the pages (it enforces an ecmaVersion; the TypeScript parser does not).
const espree = createRequire(require.resolve("eslint"))("espree");

/** The office-addins rules of the plugin's recommended preset (its Prettier rule is left out). */
const officeAddinsRules = Object.fromEntries(
  officeAddins.configs.recommended
    .flatMap((config) => Object.entries(config.rules ?? {}))
    .filter(([name]) => name.startsWith("office-addins/")),
);

const HOST_GLOBALS = [
  { name: "Excel", message: "Only src/host/office/** may use the Excel API; go through the WorkbookHost interface." },
  { name: "Office", message: "Only src/host/office/** (and the boot code in src/taskpane/index.tsx) may use Office." },
];

const CORE_GLOBALS = [
  ...HOST_GLOBALS,
  ...["window", "document", "navigator", "localStorage", "sessionStorage", "fetch", "XMLHttpRequest", "performance"].map(
    (name) => ({ name, message: "src/core is pure: no DOM, network or clock. Pass what you need as an argument." }),
  ),
];

const CORE_SYNTAX = [
  {
    selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
    message: "No Math.random in src/core: randomness comes from the seeded generator only.",
  },
  {
    selector: "MemberExpression[object.name='Date'][property.name='now']",
    message: "No Date.now in src/core: the time is an argument.",
  },
  {
    selector: "NewExpression[callee.name='Date'][arguments.length=0]",
    message: "No new Date() in src/core: the time is an argument.",
  },
  {
    selector: "CallExpression[callee.name='Date']",
    message: "No Date() in src/core: the time is an argument.",
  },
  {
    selector: "MemberExpression[object.name='crypto'][property.name=/^(getRandomValues|randomUUID)$/]",
    message: "No crypto randomness in src/core: randomness comes from the seeded generator only.",
  },
];

/** An import pattern forbidden with a reason. */
const fence = (group, message) => ({ group: [group].flat(), message });

/** Outside src/core, the core is imported through its index (src/core/index.ts) only. */
const CORE_INTERNALS = fence("**/core/*", "Import the core through its public entry (src/core/index.ts), not its internal modules.");

/** The task pane reaches ExcelJS and the file host through import() only (their own chunk). */
const EXCELJS_BY_IMPORT = {
  group: ["exceljs", "exceljs/*", "**/host/file/**"],
  allowTypeImports: true,
  message: "Load ExcelJS and the file host with `await import(...)` so they stay out of the main chunk.",
};

const NODE_GLOBALS = Object.fromEntries(
  [
    "require", "module", "exports", "__dirname", "__filename", "process", "console", "Buffer", "URL",
    "URLSearchParams", "setTimeout", "clearTimeout", "setInterval", "clearInterval", "setImmediate",
    "TextEncoder", "TextDecoder", "structuredClone",
  ].map((name) => [name, "readonly"]),
);

export default tseslint.config(
  { ignores: ["dist/**", "coverage/**", "test-output/**", "node_modules/**", "**/*.min.js"] },

  js.configs.recommended,
  ...tseslint.configs.recommended,

  // TypeScript and React everywhere in src/ and test/.
  {
    files: ["src/**/*.{ts,tsx}", "test/**/*.{ts,tsx}", "scripts/**/*.ts"],
    plugins: { react, "office-addins": officeAddins },
    settings: { react: { version: "detect" } },
    languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
    rules: {
      ...react.configs.flat.recommended.rules,
      ...react.configs.flat["jsx-runtime"].rules,
      "react/prop-types": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      eqeqeq: ["error", "smart"],
      "no-eval": "error",
    },
  },

  // Office.js usage rules where Office.js code may live (ExcelJS code elsewhere looks alike to them).
  {
    files: ["src/host/office/**/*.ts", "src/taskpane/**/*.{ts,tsx}"],
    rules: { ...officeAddinsRules },
  },

  // Host boundary: Excel / Office only in src/host/office/**.
  {
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/host/office/**"],
    rules: { "no-restricted-globals": ["error", ...HOST_GLOBALS] },
  },
  {
    files: ["src/taskpane/index.tsx"],
    rules: { "no-restricted-globals": ["error", HOST_GLOBALS[0]] },
  },

  // Fences between the layers around the core (each folder's list is complete: a later entry for
  // the same files replaces an earlier one).
  ...[
    { files: ["src/taskpane/**/*.{ts,tsx}"], patterns: [CORE_INTERNALS, EXCELJS_BY_IMPORT] },
    { files: ["src/host/*.ts"], patterns: [CORE_INTERNALS] },
    { files: ["src/host/file/**/*.ts"], patterns: [CORE_INTERNALS, fence(["**/office", "**/office/*"], "host/file and host/office never import each other.")] },
    { files: ["src/host/office/**/*.ts"], patterns: [CORE_INTERNALS, fence(["**/file", "**/file/*"], "host/file and host/office never import each other.")] },
    { files: ["src/cli/**/*.ts"], patterns: [CORE_INTERNALS, fence(["**/taskpane", "**/taskpane/*"], "The command line never imports the task pane.")] },
  ].map(({ files, patterns }) => ({ files, rules: { "@typescript-eslint/no-restricted-imports": ["error", { patterns }] } })),

  // The core: pure, deterministic, no host or UI code.
  {
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-globals": ["error", ...CORE_GLOBALS],
      "no-restricted-syntax": ["error", ...CORE_SYNTAX],
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["node:*", "fs", "path", "os", "child_process", "crypto", "stream", "zlib"],
              message: "src/core runs in the browser, the task pane and the CLI alike: no Node built-ins.",
            },
            {
              group: ["react", "react-dom", "react/*", "@fluentui/*", "exceljs", "exceljs/*"],
              message: "src/core has no UI and no workbook library.",
            },
            {
              group: ["**/host/**", "**/taskpane/**", "**/cli/**"],
              message: "src/core must not depend on the layers around it.",
            },
          ],
        },
      ],
    },
  },

  // The pages' ES5 scripts (src/taskpane/static/, copied to dist/ as they are): they run before the
  // bundle, where it cannot (Internet Explorer 11, Edge Legacy), so ES5 syntax only.
  {
    files: ["src/taskpane/static/*.js"],
    languageOptions: {
      parser: espree,
      ecmaVersion: 5,
      sourceType: "script",
      globals: { window: "readonly", document: "readonly", Office: "readonly", Symbol: "readonly" },
    },
    rules: { "no-var": "off", "prefer-const": "off", "prefer-rest-params": "off", "prefer-spread": "off", strict: ["error", "function"] },
  },

  // Node scripts and configs (CommonJS).
  {
    files: ["**/*.cjs", "webpack.config.js", "bin/**/*.js"],
    languageOptions: { sourceType: "commonjs", ecmaVersion: 2022, globals: NODE_GLOBALS },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["**/*.mjs"],
    languageOptions: { sourceType: "module", ecmaVersion: 2022, globals: NODE_GLOBALS },
  },
);
