#!/usr/bin/env node
/*
 * `npm start`: build the task pane (development mode) and serve dist/ on http://127.0.0.1:3000
 * (PORT overrides; a free port is used when that one is busy). Opens the file page in a browser
 * when there is one. Never launches Excel and never installs certificates: sideloading into Excel
 * needs https, which `npm run dev-server` provides on a Windows or Mac machine with Excel.
 *
 *   node scripts/start.cjs [--watch] [--no-build] [--no-open]
 */
"use strict";
const fs = require("node:fs");
const http = require("node:http");
const path = require("node:path");
const { spawn } = require("node:child_process");

const ROOT = path.resolve(__dirname, "..");
const DIST = path.join(ROOT, "dist");
const HOST = "127.0.0.1";

const CONTENT_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/** Pages that load office.js (the CDN, then dist/office-js/); every other page gets the file page's CSP. */
const OFFICE_PAGES = new Set(["/taskpane.html", "/commands.html"]);

function parseArgs(argv) {
  const args = { watch: false, build: true, open: true };
  for (const arg of argv) {
    if (arg === "--watch") args.watch = true;
    else if (arg === "--no-build") args.build = false;
    else if (arg === "--no-open") args.open = false;
    else if (arg === "-h" || arg === "--help") {
      console.log("用法: node scripts/start.cjs [--watch] [--no-build] [--no-open]   (环境变量 PORT 指定端口)");
      process.exit(0);
    } else {
      console.error(`未知参数: ${arg}`);
      process.exit(2);
    }
  }
  return args;
}

/** Builds once (or watches) with the project's webpack config; resolves after the first build. */
async function build(watch) {
  const webpack = require("webpack");
  const makeConfig = require(path.join(ROOT, "webpack.config.js"));
  const config = await makeConfig({}, { mode: "development" });
  const compiler = webpack(config);
  const report = (stats) => {
    const text = stats.toString({ preset: "errors-warnings", colors: process.stdout.isTTY });
    if (text.trim()) console.log(text);
  };
  console.log("正在构建任务窗格（开发模式）…");
  return new Promise((resolve, reject) => {
    let first = true;
    const done = (err, stats) => {
      if (err) return first ? reject(err) : console.error(err);
      report(stats);
      if (stats.hasErrors()) {
        if (first) return reject(new Error("构建失败，见上面的错误信息。"));
      } else if (!first) {
        console.log("已重新构建。");
      }
      if (first) {
        first = false;
        resolve(watch ? watching : compiler);
      }
    };
    const watching = watch ? compiler.watch({ aggregateTimeout: 300 }, done) : null;
    if (!watch) compiler.run((err, stats) => compiler.close(() => done(err, stats)));
  });
}

/** The office pages may also load scripts from the CDN the build chose (OFFICE_JS_CDN, as webpack.config.js reads it). */
function csp(pathname) {
  const { FILE_PAGE_CSP, officeJsCdn } = require(path.join(ROOT, "webpack.config.js"));
  if (!OFFICE_PAGES.has(pathname)) return FILE_PAGE_CSP;
  const cdn = officeJsCdn();
  return cdn ? FILE_PAGE_CSP.replace("script-src 'self'", `script-src 'self' ${new URL(cdn).origin}`) : FILE_PAGE_CSP;
}

function send(res, status, body, headers = {}) {
  res.writeHead(status, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", ...headers });
  res.end(body);
}

/** Static file server for dist/: GET and HEAD only, no directory listing, no path escape. */
function handle(req, res) {
  if (req.method !== "GET" && req.method !== "HEAD") {
    return send(res, 405, "Method Not Allowed\n", { Allow: "GET, HEAD" });
  }
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(req.url, `http://${HOST}`).pathname);
  } catch {
    return send(res, 400, "Bad Request\n");
  }
  if (pathname === "/") {
    return send(res, 302, "", { Location: "/index.html" });
  }
  const file = path.join(DIST, path.normalize(pathname));
  if (!file.startsWith(DIST + path.sep) || pathname.includes("\0")) return send(res, 404, "Not Found\n");
  fs.stat(file, (err, stat) => {
    if (err || !stat.isFile()) return send(res, 404, "Not Found\n");
    const ext = path.extname(file).toLowerCase();
    const headers = {
      "Content-Type": CONTENT_TYPES[ext] || "application/octet-stream",
      "Content-Length": stat.size,
      "Cache-Control": "no-cache",
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "no-referrer",
    };
    if (ext === ".html") headers["Content-Security-Policy"] = csp(pathname);
    res.writeHead(200, headers);
    if (req.method === "HEAD") return res.end();
    fs.createReadStream(file)
      .on("error", () => res.destroy())
      .pipe(res);
  });
}

/** Listens on `port`, or on any free port when that one is taken. */
function listen(server, port) {
  return new Promise((resolve, reject) => {
    const onError = (err) => {
      if (err.code === "EADDRINUSE" && port !== 0) {
        console.log(`端口 ${port} 已被占用，改用一个空闲端口。`);
        server.removeListener("error", onError);
        resolve(listen(server, 0));
      } else {
        reject(err);
      }
    };
    server.once("error", onError);
    server.listen(port, HOST, () => {
      server.removeListener("error", onError);
      resolve(server.address().port);
    });
  });
}

/** Opens the page in the desktop browser if there is one; silently does nothing otherwise. */
function openBrowser(url) {
  const command =
    process.platform === "darwin" ? ["open", [url]]
    : process.platform === "win32" ? ["cmd", ["/c", "start", "", url]]
    : ["xdg-open", [url]];
  try {
    const child = spawn(command[0], command[1], { stdio: "ignore", detached: true });
    child.on("error", () => {});
    child.unref();
  } catch {
    // no browser: the address is printed anyway
  }
}

function banner(port) {
  const url = `http://${HOST}:${port}/index.html`;
  console.log(`
双随机抽查助手 已启动
  文件页面: ${url}
  载入示例: ${url}?sample （计划表原样录入的示例：?sample=baotou、?sample=qinhuangdao）
  在浏览器中打开此地址，选择 .xlsx 工作簿即可检查数据、抽取、下载结果（WPS、LibreOffice、旧版 Office 的用户同样适用）；
  带 ?sample 的地址直接载入自带的示例工作簿。
  工作簿只在浏览器内读取，不会上传。

在 Excel 中加载（旁加载）:
  Excel 只从 https 地址加载加载项，本服务是 http，只供浏览器使用。
  请在装有 Excel 的 Windows 或 Mac 电脑上:
    1. npx office-addin-dev-certs install    安装本机开发证书（需要管理员权限）
    2. npm run dev-server                    在 https://localhost:3000 提供任务窗格
    3. 用 manifest.xml 旁加载: Windows 放在共享文件夹“受信任的加载项目录”中，
       Mac 复制到 ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/，
       Excel 网页版用“加载项 > 更多设置 > 上传我的加载项”。
  本脚本不会启动 Excel，也不会安装证书。

File page: ${url}   (Ctrl+C to stop)
按 Ctrl+C 停止。`);
  return url;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  let watching = null;
  if (args.build) {
    const result = await build(args.watch);
    if (args.watch) watching = result;
  } else if (!fs.existsSync(path.join(DIST, "index.html"))) {
    throw new Error("dist/index.html 不存在：请先构建（去掉 --no-build）。");
  }

  const server = http.createServer(handle);
  const requested = process.env.PORT === undefined || process.env.PORT === "" ? 3000 : Number(process.env.PORT);
  if (!Number.isInteger(requested) || requested < 0 || requested > 65535) {
    throw new Error(`PORT 无效: ${process.env.PORT}`);
  }
  const port = await listen(server, requested);
  const url = banner(port);
  if (args.open && process.stdout.isTTY && !process.env.CI && process.env.BROWSER !== "none") openBrowser(`${url}?sample`);

  const stop = () => {
    console.log("\n正在停止…");
    server.close();
    server.closeAllConnections?.();
    if (watching) watching.close(() => process.exit(0));
    else process.exit(0);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
