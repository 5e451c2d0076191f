/**
 * How the pane starts (src/taskpane/mode.ts): whether Office opened the page, from the signs
 * office.js itself reads, and what the pane shows for each answer of office.js — inside Office never
 * the file page (issue #17, item 4), outside Office the file page as before.
 */
import { bootFrom, openedByOffice, type OfficeSigns } from "../../src/taskpane/mode";

const none: OfficeSigns = { search: "", name: "", storedHostInfo: null, hostObject: false };

describe("openedByOffice", () => {
  test.each<[string, Partial<OfficeSigns>, boolean]>([
    ["a plain browser", {}, false],
    ["a plain browser with other query parameters", { search: "?sample=baotou&lang=en" }, false],
    ["Excel on Windows (_host_Info in the address)", { search: "?_host_Info=Excel$Win32$16.01$zh-CN$$$$0" }, true],
    ["Excel on the Mac (| separators)", { search: "?_host_Info=Excel|Mac|16.00|zh-CN|||" }, true],
    ["_host_Info after another parameter", { search: "?lang=en&_host_Info=Excel$Web$16.00$en-US$$$$0" }, true],
    ["an empty _host_Info", { search: "?_host_Info=" }, false],
    ["Excel on the web (host information in window.name)", { name: JSON.stringify({ hostInfo: "Excel|Web|16.00|zh-CN" }) }, true],
    ["window.name of some other page", { name: "frame-1" }, false],
    ["JSON in window.name without hostInfo", { name: '{"a":1}' }, false],
    ["broken JSON in window.name", { name: "{hostInfo" }, false],
    ["a reload (office.js kept the host information in sessionStorage)", { storedHostInfo: "Excel$Win32$16.01$zh-CN$$$$0" }, true],
    ["an older Windows webview's host object", { hostObject: true }, true],
  ])("%s → %s", (_name, signs, expected) => {
    expect(openedByOffice({ ...none, ...signs })).toBe(expected);
  });
});

describe("bootFrom", () => {
  const EXCEL = "Excel";
  test("Office says Excel: the pane, in or out of the signs", () => {
    expect(bootFrom(true, { host: EXCEL }, EXCEL)).toEqual({ mode: "excel" });
    expect(bootFrom(false, { host: EXCEL }, EXCEL)).toEqual({ mode: "excel" });
  });

  test("inside Office, anything else is 无法连接 Office with its reason, never the file page", () => {
    expect(bootFrom(true, "not-loaded", EXCEL)).toEqual({ officeProblem: "not-loaded" });
    expect(bootFrom(true, "no-answer", EXCEL)).toEqual({ officeProblem: "no-answer" });
    expect(bootFrom(true, { host: null }, EXCEL)).toEqual({ officeProblem: "no-answer" });
  });

  test("outside Office: the file page, whatever office.js did", () => {
    for (const answer of ["not-loaded", "no-answer", { host: null }, { host: "Word" }] as const) {
      expect(bootFrom(false, answer, EXCEL)).toEqual({ mode: "file" });
    }
  });
});
