/**
 * The build's office.js options (webpack.config.js): OFFICE_JS_CDN picks the CDN that taskpane.html
 * and commands.html try first — Microsoft's, 21Vianet's, none, or an address of one's own — and the
 * copy from @microsoft/office-js always goes to dist/office-js/ as the fallback.
 */
import { readFileSync } from "node:fs";
import path from "node:path";

interface Plugin {
  userOptions?: { filename?: string; officeJsCdn?: string | null; officeJs?: boolean };
  patterns?: { from: string; to: unknown }[];
}
type MakeConfig = ((env: Record<string, unknown>, argv: Record<string, unknown>) => Promise<{ plugins: Plugin[] }>) & {
  officeJsCdn: (raw?: string) => string | null;
  OFFICE_JS: string;
  OFFICE_JS_21VIANET: string;
};

// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require("../webpack.config.js") as MakeConfig;

describe("OFFICE_JS_CDN", () => {
  test("unset or microsoft: Microsoft's CDN", () => {
    expect(config.OFFICE_JS).toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    expect(config.officeJsCdn("")).toBe(config.OFFICE_JS);
    expect(config.officeJsCdn(" Microsoft ")).toBe(config.OFFICE_JS);
  });

  test("21vianet: the CDN Microsoft documents for Microsoft 365 operated by 21Vianet", () => {
    expect(config.officeJsCdn("21vianet")).toBe("https://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/office.js");
    expect(config.officeJsCdn("21Vianet")).toBe(config.OFFICE_JS_21VIANET);
  });

  test("none: no CDN, only the local copy", () => {
    expect(config.officeJsCdn("none")).toBeNull();
  });

  test("an https address of office.js of one's own", () => {
    expect(config.officeJsCdn("https://mirror.example.gov.cn/lib/1/hosted/office.js")).toBe("https://mirror.example.gov.cn/lib/1/hosted/office.js");
  });

  test.each(["http://mirror.example.gov.cn/office.js", "https://mirror.example.gov.cn/office-1.js", "https://mirror.example.gov.cn/", "appsforoffice", "china"])(
    "%s is refused with what is allowed",
    (raw) => {
      expect(() => config.officeJsCdn(raw)).toThrow(/OFFICE_JS_CDN must be/);
    },
  );
});

describe("the pages and the copies", () => {
  const saved = process.env.OFFICE_JS_CDN;
  afterEach(() => {
    if (saved === undefined) delete process.env.OFFICE_JS_CDN;
    else process.env.OFFICE_JS_CDN = saved;
  });

  const pages = async () => {
    const built = await config({}, { mode: "production" });
    const byName = new Map(built.plugins.filter((p) => p.userOptions?.filename).map((p) => [p.userOptions!.filename!, p.userOptions!]));
    return { built, byName };
  };

  test("taskpane.html and commands.html get the CDN chosen; the file page never loads office.js", async () => {
    process.env.OFFICE_JS_CDN = "21vianet";
    const { byName } = await pages();
    expect(byName.get("taskpane.html")?.officeJsCdn).toBe(config.OFFICE_JS_21VIANET);
    expect(byName.get("commands.html")?.officeJsCdn).toBe(config.OFFICE_JS_21VIANET);
    expect(byName.get("index.html")?.officeJs).toBe(false);
    process.env.OFFICE_JS_CDN = "none";
    expect((await pages()).byName.get("taskpane.html")?.officeJsCdn).toBeNull();
  });

  test("office.js and its Excel files are copied from @microsoft/office-js into office-js/, with its licence", async () => {
    const { built } = await pages();
    const patterns = built.plugins.flatMap((p) => p.patterns ?? []);
    const fromPackage = patterns.filter((p) => JSON.stringify(p).includes("@microsoft/office-js"));
    const names = fromPackage.map((p) => path.basename(String(p.from)));
    expect(names).toEqual(expect.arrayContaining(["office.js", "excel-*-16.*.js", "office_strings.js", "LICENSE.md"]));
  });
});

describe("the page templates", () => {
  /** lodash's template, as html-webpack-plugin renders src/taskpane/*.html (found where that plugin finds it). */
  const render = (file: string, options: Record<string, unknown>): string => {
    const from = { paths: [path.dirname(require.resolve("html-webpack-plugin"))] };
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const template = require(require.resolve("lodash/template", from)) as (src: string) => (data: object) => string;
    return template(readFileSync(path.join(__dirname, "..", "src", "taskpane", file), "utf8"))({ htmlWebpackPlugin: { options } });
  };
  const scripts = { browserCheck: "browser-check.js?v=1", officeFallback: "office-fallback.js?v=2", commands: "commands.js?v=3" };
  const srcs = (html: string) => [...html.matchAll(/<script src="([^"]+)"/g)].map((m) => m[1]);

  test("taskpane.html: browser-check.js, the CDN chosen, then office-fallback.js, all in <head>", () => {
    const html = render("taskpane.html", { pageKind: "taskpane", officeJs: true, officeJsCdn: config.OFFICE_JS_21VIANET, scripts, csp: null });
    expect(srcs(html)).toEqual(["browser-check.js?v=1", config.OFFICE_JS_21VIANET, "office-fallback.js?v=2"]);
    expect(html.indexOf("office-fallback.js")).toBeLessThan(html.indexOf("</head>"));
    expect(html).toContain('data-page="taskpane"');
    expect(html).not.toMatch(/<script>/);
  });

  test("OFFICE_JS_CDN=none: no CDN <script>, the fallback loads the local copy", () => {
    const html = render("taskpane.html", { pageKind: "taskpane", officeJs: true, officeJsCdn: null, scripts, csp: null });
    expect(srcs(html)).toEqual(["browser-check.js?v=1", "office-fallback.js?v=2"]);
  });

  test("the file page: browser-check.js only, no office.js", () => {
    const html = render("taskpane.html", { pageKind: "file", officeJs: false, officeJsCdn: null, scripts, csp: "default-src 'self'" });
    expect(srcs(html)).toEqual(["browser-check.js?v=1"]);
    expect(html).toContain('data-page="file"');
  });

  test("commands.html: the CDN, the fallback, then commands.js (which calls Office.onReady)", () => {
    const html = render("commands.html", { officeJsCdn: config.OFFICE_JS, scripts });
    expect(srcs(html)).toEqual([config.OFFICE_JS, "office-fallback.js?v=2", "commands.js?v=3"]);
    expect(readFileSync(path.join(__dirname, "..", "src", "taskpane", "static", "commands.js"), "utf8")).toContain("Office.onReady()");
  });
});
