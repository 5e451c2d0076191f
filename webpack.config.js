/*
 * Builds the task pane into dist/:
 *   taskpane.html  the page Excel loads (manifest SourceLocation); loads office.js from Microsoft's CDN
 *   index.html     the "file page": the same app bundle for a plain browser, no office.js, strict CSP
 *   commands.html  the ribbon FunctionFile the manifest requires (no commands yet)
 *   assets/*, manifest.xml
 * ExcelJS (file host) and the core are loaded with dynamic import(), so they land in their own
 * chunks and the first paint only needs React + Fluent UI.
 *
 * Production URL: ADDIN_URL=https://example.gov.cn/double-random/ npx webpack --mode production
 * rewrites https://localhost:3000/ in dist/manifest.xml.
 */
"use strict";
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const DEV_URL = "https://localhost:3000/";
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
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
  const page = (filename, extra) =>
    new HtmlWebpackPlugin({
      filename,
      template: "./src/taskpane/taskpane.html",
      chunks: ["taskpane"],
      scriptLoading: "defer",
      minify: dev ? false : { collapseWhitespace: true, removeComments: true },
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
      page("taskpane.html", { officeJs: OFFICE_JS, csp: null }),
      page("index.html", { officeJs: null, csp: FILE_PAGE_CSP }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/taskpane/commands.html",
        chunks: [],
        inject: false,
        officeJs: OFFICE_JS,
        minify: false,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext]", noErrorOnMissing: true },
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
      assetFilter: (name) => name.endsWith(".js") && !/xlsx|exceljs/.test(name),
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
