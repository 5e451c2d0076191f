/*
 * 双随机抽查助手 — the script of commands.html, the ribbon's FunctionFile. ES5, in a file of its own
 * (no inline script under the pages' CSP).
 *
 * The ribbon button only opens the task pane, so there are no commands to register; Office still
 * expects a function file to initialise Office.js, so this calls Office.onReady. office.js comes
 * from the CDN or, when that failed, from the copy beside the page (office-fallback.js).
 */
(function () {
  "use strict";
  if (typeof Office !== "undefined" && typeof Office.onReady === "function") Office.onReady();
})();
