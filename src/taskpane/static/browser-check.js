/*
 * 双随机抽查助手 — the first script of taskpane.html and index.html, before office.js and the bundle.
 *
 * ES5 only, in a file of its own (the pages' Content-Security-Policy allows no inline script and no
 * eval): it has to run where the bundle cannot. The bundle is ES2020; Office 2016 and 2019 without
 * WebView2 (volume-licensed copies in particular) show add-ins in Internet Explorer 11 (Trident) or
 * Microsoft Edge Legacy (EdgeHTML), where it fails to parse and the pane would stay at 正在加载….
 * The same holds for an old browser, or a Chinese browser's 兼容模式, opening the file page.
 *
 * It tests, without evaluating any code, what the bundle needs: built-ins it calls, and
 * String.prototype.replaceAll as the sign of ES2020 syntax (`?.`, `??`), which no script can test
 * for without eval — every engine that has replaceAll (Chrome/Edge 85, Firefox 77, Safari 13.1)
 * parses ES2020. When something is missing it replaces the loading text with what to do, in Chinese
 * with one English line, and sets window.doubleRandomBrowserCheck = { ok: false, missing: [...] } so
 * that a bundle which still parses does not start (src/taskpane/index.tsx reads it).
 * test/taskpane/static/browser-check.test.ts parses this file as ES5 and runs it in jsdom;
 * test/e2e/office-loading.e2e.test.ts runs it in Chromium with the features removed.
 */
(function () {
  "use strict";

  var missing = [];
  function need(ok, name) {
    if (!ok) missing.push(name);
  }
  var strings = String.prototype;

  need(typeof Promise === "function", "Promise");
  need(typeof Symbol === "function" && typeof Symbol.iterator === "symbol", "Symbol");
  need(typeof Map === "function" && typeof Set === "function" && typeof WeakMap === "function", "Map/Set");
  need(typeof fetch === "function", "fetch");
  need(typeof Uint8Array === "function" && typeof TextEncoder === "function", "TextEncoder");
  need(!!window.crypto && typeof window.crypto.getRandomValues === "function", "crypto.getRandomValues");
  need(typeof BigInt === "function", "BigInt");
  need(typeof Object.fromEntries === "function", "Object.fromEntries");
  need(typeof Array.prototype.flatMap === "function", "Array.prototype.flatMap");
  need(typeof strings.normalize === "function", "String.prototype.normalize");
  need(typeof strings.padStart === "function", "String.prototype.padStart");
  need(typeof strings.replaceAll === "function", "String.prototype.replaceAll");

  window.doubleRandomBrowserCheck = { ok: missing.length === 0, missing: missing };
  if (missing.length === 0) return;

  /** taskpane.html (opened by Excel) or index.html (the file page): set by the page's template. */
  var inExcel = document.documentElement.getAttribute("data-page") === "taskpane";

  function element(tag, text, style) {
    var el = document.createElement(tag);
    if (text) el.appendChild(document.createTextNode(text));
    if (style) el.setAttribute("style", style);
    return el;
  }

  /** The file page beside this page, as an absolute address the clerk can copy. */
  function filePageLink() {
    var a = element("a", "");
    a.href = inExcel ? "index.html" : window.location.href.split("#")[0];
    a.appendChild(document.createTextNode(a.href));
    a.setAttribute("target", "_blank");
    a.setAttribute("rel", "noopener");
    return a;
  }

  function item(before, link, after) {
    var li = element("li", before, "margin: 6px 0");
    if (link) li.appendChild(link);
    if (after) li.appendChild(document.createTextNode(after));
    return li;
  }

  function message() {
    var box = element("div", "", "font-family: 'Microsoft YaHei', 'PingFang SC', sans-serif; padding: 16px; line-height: 1.6; max-width: 40em");
    box.setAttribute("role", "alert");
    box.setAttribute("id", "unsupported-browser");
    var steps = element("ol", "", "padding-left: 1.5em");
    if (inExcel) {
      box.appendChild(element("h1", "这台电脑上的 Excel 无法运行双随机抽查助手", "font-size: 18px"));
      box.appendChild(
        element(
          "p",
          "Excel 用旧的浏览器内核（Internet Explorer 11 或旧版 Microsoft Edge）显示加载项，本加载项需要较新的内核。" +
            "批量授权版 Office 2016、Office 2019 通常如此。"
        )
      );
      steps.appendChild(
        item(
          "改用文件页面：用 Microsoft Edge、Chrome、Firefox 或 360 安全浏览器等的“极速模式”打开 ",
          filePageLink(),
          "，选择工作簿（.xlsx）。四步与任务窗格相同，结果另存为新的 .xlsx；WPS、LibreOffice 的用户也用这个页面。"
        )
      );
      steps.appendChild(
        item(
          "或请管理员把 Office 升级到 Office 2021、Office 2024 或 Microsoft 365，并安装 Microsoft Edge WebView2 运行时，然后重新打开任务窗格。"
        )
      );
    } else {
      box.appendChild(element("h1", "这个浏览器无法运行双随机抽查助手", "font-size: 18px"));
      box.appendChild(element("p", "浏览器版本太旧，或正处于“兼容模式”（Internet Explorer 内核）。"));
      steps.appendChild(
        item("请用最新版的 Microsoft Edge、Chrome 或 Firefox 打开本页面：", filePageLink(), "。")
      );
      steps.appendChild(item("360 安全浏览器、QQ 浏览器、搜狗浏览器等：在地址栏右侧切换到“极速模式”后刷新本页面。"));
    }
    box.appendChild(steps);
    box.appendChild(
      element(
        "p",
        inExcel
          ? "This version of Excel shows add-ins in Internet Explorer or Edge Legacy, which cannot run this add-in: open the file page above in a current browser, or use Office 2021 or later / Microsoft 365 with WebView2."
          : "This browser is too old for this page: open it in a current Edge, Chrome or Firefox.",
        "color: #616161; font-size: 12px"
      )
    );
    box.appendChild(element("p", "（缺少：" + missing.join("、") + "）", "color: #616161; font-size: 12px"));
    return box;
  }

  function show() {
    var root = document.getElementById("root") || document.body;
    while (root.firstChild) root.removeChild(root.firstChild);
    root.appendChild(message());
  }

  if (document.readyState === "loading") {
    if (document.addEventListener) document.addEventListener("DOMContentLoaded", show, false);
    else window.attachEvent("onload", show);
  } else {
    show();
  }
})();
