/*
 * Builds the task pane into dist/:
 *   taskpane.html  the page Excel loads (manifest SourceLocation); loads office.js from the CDN and,
 *                  when that fails, from the copy in office-js/ (office-fallback.js)
 *   index.html     the "file page": the same app bundle for a plain browser, no office.js, strict CSP
 *   commands.html  the ribbon FunctionFile the manifest requires (calls Office.onReady, no commands yet)
 *   support.html   the manifest's SupportUrl: requirements and what to do when the pane does not open
 *   browser-check.js, office-fallback.js, commands.js  ES5 scripts copied as they are (src/taskpane/static/)
 *   office-js/     office.js and the Excel files it loads, from the npm package @microsoft/office-js
 *   assets/*, manifest.xml
 * ExcelJS (file host) and the core are loaded with dynamic import(), so they land in their own
 * chunks and the first paint only needs React + Fluent UI.
 *
 * Production URL: ADDIN_URL=https://example.gov.cn/double-random/ npx webpack --mode production
 * rewrites https://localhost:3000/ in dist/manifest.xml.
 * office.js: OFFICE_JS_CDN=microsoft (default) | 21vianet | none | https://…/office.js picks the CDN
 * tried first (officeJsCdn below); the local copy is always the fallback.
 */
"use strict";
const { createHash } = require("node:crypto");
const fs = require("node:fs");
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const DEV_URL = "https://localhost:3000/";
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
/**
 * The CDN of Microsoft 365 operated by 21Vianet in China, as Microsoft documents it ("CDN references
 * for other Microsoft 365 environments", Referencing the Office JavaScript API library).
 */
const OFFICE_JS_21VIANET = "https://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/office.js";
/** The npm package's office.js files, copied to dist/office-js/ (see officeJsCopies). */
const OFFICE_JS_PACKAGE = path.dirname(require.resolve("@microsoft/office-js/package.json"));
/** The ES5 scripts of the pages, copied as they are (never minified: what is tested is what ships). */
const STATIC_DIR = path.resolve(__dirname, "src/taskpane/static");
const EXCELJS_BROWSER = path.resolve(__dirname, "node_modules/exceljs/dist/exceljs.min.js");

/**
 * CSP of the file page (meta tag here; scripts/start.cjs sends the same as a header).
 * Griffel (Fluent UI v9) injects <style> elements, hence 'unsafe-inline' for styles only.
 * 'wasm-unsafe-eval' lets the core compile its own WebAssembly (the tickets' four-lane SHA-256,
 * src/core/hash/sha256x4.ts, built from the bundle's code, nothing fetched); it allows no JavaScript eval.
 */
const FILE_PAGE_CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join("; ");

/**
 * The office.js tried first on taskpane.html and commands.html, from OFFICE_JS_CDN:
 * unset or `microsoft` — Microsoft's global CDN; `21vianet` — the CDN of Microsoft 365 operated by
 * 21Vianet; `none` — no CDN, only the copy in dist/office-js/ (an intranet that cannot reach any CDN,
 * so the pane does not wait for a blocked address first); or any https address ending in /office.js.
 * Returns null for `none`.
 */
function officeJsCdn(raw = process.env.OFFICE_JS_CDN) {
  const value = (raw ?? "").trim();
  if (value === "" || value.toLowerCase() === "microsoft") return OFFICE_JS;
  if (value.toLowerCase() === "21vianet") return OFFICE_JS_21VIANET;
  if (value.toLowerCase() === "none") return null;
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`OFFICE_JS_CDN must be microsoft, 21vianet, none or an https address of office.js: ${value}`);
  }
  if (url.protocol !== "https:" || !/\/office\.js$/.test(url.pathname)) {
    throw new Error(`OFFICE_JS_CDN must be an https address ending in /office.js (office.js finds its other files beside it): ${value}`);
  }
  return url.href;
}

/** `name?v=<content hash>`: the static scripts keep their names, and a new build is never served from a stale cache. */
function staticScript(name) {
  const hash = createHash("sha256").update(fs.readFileSync(path.join(STATIC_DIR, name))).digest("hex").slice(0, 8);
  return `${name}?v=${hash}`;
}

/**
 * What office.js loads when it runs in Excel (Windows, Mac, the web, iPad): the host files of Excel,
 * the strings of every language Office may run in (it picks one, en-us when it has no match), the
 * page-without-Office helper and the telemetry scripts it asks for; plus the package's licence. No
 * debug builds and nothing for other applications. `minimized` keeps Terser off them (copied as
 * Microsoft ships them, as its licence asks).
 */
function officeJsCopies() {
  const from = path.join(OFFICE_JS_PACKAGE, "dist");
  // Each file keeps its path under dist/ (office.js asks for "telemetry/oteljs_agave.js" beside itself).
  const copy = (pattern) => ({
    from: pattern,
    context: from,
    to: ({ absoluteFilename }) => `office-js/${path.relative(from, absoluteFilename).split(path.sep).join("/")}`,
    globOptions: { ignore: ["**/*.debug.js"] },
    info: { minimized: true },
  });
  return [
    copy("office.js"),
    copy("o15apptofilemappingtable.js"),
    copy("excel-*-16.*.js"),
    copy("*/office_strings.js"),
    copy("telemetry/oteljs_agave.js"),
    copy("ariatelemetry/aria-web-telemetry.js"),
    { from: path.join(OFFICE_JS_PACKAGE, "LICENSE.md"), to: "office-js/LICENSE.md" },
  ];
}

function productionUrl() {
  const raw = process.env.ADDIN_URL;
  if (!raw) return null;
  const url = new URL(raw);
  if (url.protocol !== "https:") throw new Error(`ADDIN_URL must be https (Office requires it): ${raw}`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

async function httpsOptions() {
  // Only for `npm run dev-server` on a Windows or Mac machine with Excel: installs a local CA.
  const devCerts = require("office-addin-dev-certs");
  const options = await devCerts.getHttpsServerOptions();
  return { ca: options.ca, key: options.key, cert: options.cert };
}

module.exports = async (env = {}, argv = {}) => {
  const mode = argv.mode === "development" ? "development" : "production";
  const dev = mode === "development";
  const prodUrl = productionUrl();
  const cdn = officeJsCdn();
  const scripts = {
    browserCheck: staticScript("browser-check.js"),
    officeFallback: staticScript("office-fallback.js"),
    commands: staticScript("commands.js"),
  };
  const page = (filename, extra) =>
    new HtmlWebpackPlugin({
      filename,
      template: "./src/taskpane/taskpane.html",
      chunks: ["taskpane"],
      scriptLoading: "defer",
      minify: dev ? false : { collapseWhitespace: true, removeComments: true },
      scripts,
      ...extra,
    });

  return {
    mode,
    target: "web",
    context: __dirname,
    entry: { taskpane: "./src/taskpane/index.tsx" },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: dev ? "[name].js" : "[name].[contenthash:8].js",
      chunkFilename: dev ? "[name].js" : "[name].[contenthash:8].js",
      publicPath: "auto",
      clean: true,
    },
    // No eval-based source maps: the file page's CSP forbids eval.
    devtool: "source-map",
    resolve: {
      extensions: [".tsx", ".ts", ".mjs", ".js"],
      extensionAlias: { ".js": [".ts", ".tsx", ".js"] },
      alias: {
        // ExcelJS's prebuilt browser bundle: no Node built-ins to polyfill.
        exceljs$: EXCELJS_BROWSER,
        "exceljs/dist/exceljs.min.js$": EXCELJS_BROWSER,
      },
    },
    module: {
      // Prebuilt UMD bundle: nothing for webpack to parse.
      noParse: /[\\/]exceljs[\\/]dist[\\/]exceljs(\.bare)?\.min\.js$/,
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              compilerOptions: { noEmit: false, sourceMap: true },
            },
          },
        },
        // The core's modules run nothing on import, so what the pane takes from src/core/index.ts
        // brings only the code it uses into the first chunk (the draw stays in the engine's chunk).
        { test: /[\\/]src[\\/]core[\\/]/, sideEffects: false },
      ],
    },
    plugins: [
      page("taskpane.html", { pageKind: "taskpane", officeJs: true, officeJsCdn: cdn, csp: null }),
      page("index.html", { pageKind: "file", officeJs: false, officeJsCdn: null, csp: FILE_PAGE_CSP }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/taskpane/commands.html",
        chunks: [],
        inject: false,
        officeJsCdn: cdn,
        scripts,
        minify: false,
      }),
      new HtmlWebpackPlugin({
        filename: "support.html",
        template: "./src/taskpane/support.html",
        chunks: [],
        inject: false,
        csp: FILE_PAGE_CSP,
        minify: false,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext]", noErrorOnMissing: true },
          { from: "*.js", context: STATIC_DIR, to: "[name][ext]", info: { minimized: true } },
          ...officeJsCopies(),
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) =>
              prodUrl && !dev ? content.toString().split(DEV_URL).join(prodUrl) : content,
          },
        ],
      }),
    ],
    optimization: {
      splitChunks: {
        cacheGroups: {
          // Name the on-demand ExcelJS chunk so it is recognisable in dist/ and in the network log.
          exceljs: { test: /[\\/]node_modules[\\/]exceljs[\\/]/, name: "exceljs", chunks: "async", priority: 20, enforce: true },
        },
      },
    },
    performance: {
      hints: dev ? false : "warning",
      // The main entry (React + Fluent UI) stays under this; the ExcelJS chunk is loaded on demand.
      maxEntrypointSize: 1_500_000,
      maxAssetSize: 1_500_000,
      assetFilter: (name) => name.endsWith(".js") && !/xlsx|exceljs/.test(name) && !name.startsWith("office-js/"),
    },
    devServer: env.WEBPACK_SERVE
      ? {
          static: false,
          port: Number(process.env.PORT) || 3000,
          headers: { "Access-Control-Allow-Origin": "*" },
          server: { type: "https", options: await httpsOptions() },
          hot: false,
          liveReload: true,
        }
      : undefined,
  };
};

module.exports.FILE_PAGE_CSP = FILE_PAGE_CSP;
module.exports.OFFICE_JS = OFFICE_JS;
module.exports.OFFICE_JS_21VIANET = OFFICE_JS_21VIANET;
module.exports.officeJsCdn = officeJsCdn;
