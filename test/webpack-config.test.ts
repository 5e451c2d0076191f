/**
 * The build's office.js options (webpack.config.js): OFFICE_JS_CDN picks the CDN that taskpane.html
 * and commands.html try first — Microsoft's, 21Vianet's, none, or an address of one's own — and the
 * copy from @microsoft/office-js always goes to dist/office-js/ as the fallback.
 */
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
