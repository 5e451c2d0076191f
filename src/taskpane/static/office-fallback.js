/*
 * 双随机抽查助手 — right after the <script> of office.js from the CDN on taskpane.html and
 * commands.html. ES5, in a file of its own (no inline script under the pages' CSP).
 *
 * When the CDN's office.js did not load (blocked by the intranet's firewall, unreachable, an error
 * page), `Office` is still undefined here. Then this writes a <script> for the copy of office.js
 * that the build puts beside the pages (dist/office-js/, from the npm package @microsoft/office-js).
 * document.write keeps it a parser-blocking script in <head>, before the bundle, which is where
 * Microsoft says office.js must be loaded. The failed CDN <script> is removed first: office.js
 * loads its other files (excel-win32-16.01.js, zh-cn/office_strings.js, …) from the folder of the
 * first <script> whose address ends in office.js.
 *
 * window.doubleRandomOfficeJs tells the pane what was tried, for its message when Office does not
 * answer: { tried: [addresses…] } in the order tried.
 * Built with OFFICE_JS_CDN=none the page has no CDN <script>, and the local copy is the only one.
 */
(function () {
  "use strict";

  var LOCAL = "office-js/office.js";
  var state = { tried: [] };
  window.doubleRandomOfficeJs = state;

  var scripts = document.getElementsByTagName("script");
  for (var i = scripts.length - 1; i >= 0; i--) {
    var src = scripts[i].getAttribute("src") || "";
    if (/(^|\/)office(\.debug)?\.js$/i.test(src.split("?")[0])) {
      state.tried.unshift(src);
      if (typeof Office === "undefined") scripts[i].parentNode.removeChild(scripts[i]);
    }
  }
  if (typeof Office !== "undefined") return;

  // An engine that cannot run the bundle (browser-check.js said so) does not need office.js either.
  var check = window.doubleRandomBrowserCheck;
  if (check && !check.ok) return;

  state.tried.push(LOCAL);
  document.write('<script src="' + LOCAL + '"></' + "script>");
})();
