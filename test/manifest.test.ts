/**
 * The add-in manifest, checked offline: office-addin-manifest's own reader (no `validate`, which
 * needs Microsoft's web service) plus a namespace-aware XML parse for what that reader skips.
 */
import { DOMParser, type Document, type Element } from "@xmldom/xmldom";
import { readFileSync, existsSync } from "node:fs";
import path from "node:path";
import type { OfficeAddinManifest as ManifestApi } from "office-addin-manifest";

/**
 * office-addin-manifest's reader, loaded inside Jest. The package requires two ES-module-only
 * dependencies (`uuid`, and `@microsoft/app-manifest` for JSON manifests) that Jest cannot
 * `require` on Node < 24.9; reading an XML manifest uses neither, so both are stubbed, found
 * wherever npm placed them for that package.
 */
function manifestReader(): typeof ManifestApi {
  const from = { paths: [path.dirname(require.resolve("office-addin-manifest"))] };
  jest.doMock(require.resolve("uuid", from), () => ({
    v4: () => {
      throw new Error("uuid is not available in this test");
    },
  }));
  jest.doMock(require.resolve("@microsoft/app-manifest", from), () => ({}));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require("office-addin-manifest") as { OfficeAddinManifest: typeof ManifestApi }).OfficeAddinManifest;
}

const ROOT = path.resolve(__dirname, "..");
const MANIFEST = path.join(ROOT, "manifest.xml");
const DEV_ORIGIN = "https://localhost:3000/";

const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  ov: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
};

function parseManifest(): Document {
  const xml = readFileSync(MANIFEST, "utf8");
  return new DOMParser({
    onError: (level, message) => {
      throw new Error(`manifest.xml: ${level}: ${message}`);
    },
  }).parseFromString(xml, "text/xml");
}

const doc = parseManifest();
const root = doc.documentElement as Element;

function children(el: Element, ns?: string, local?: string): Element[] {
  const out: Element[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType !== 1) continue;
    const e = n as Element;
    if ((ns === undefined || e.namespaceURI === ns) && (local === undefined || e.localName === local)) out.push(e);
  }
  return out;
}

function child(el: Element, ns: string, local: string): Element {
  const found = children(el, ns, local);
  if (found.length !== 1) throw new Error(`expected one <${local}> in <${el.localName}>, found ${found.length}`);
  return found[0];
}

function all(ns: string, local: string): Element[] {
  return Array.from(doc.getElementsByTagNameNS(ns, local)) as Element[];
}

function xsiType(el: Element): string | null {
  return el.getAttributeNS(NS.xsi, "type");
}

function overrides(el: Element, ns: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const o of children(el, ns, "Override")) {
    const locale = o.getAttribute("Locale") ?? "";
    expect(out[locale]).toBeUndefined(); // one override per locale
    out[locale] = o.getAttribute("Value") ?? "";
  }
  return out;
}

/** bt:Image / bt:Url / bt:String resources by id. */
function resources(kind: "Image" | "Url" | "String"): Map<string, Element> {
  const map = new Map<string, Element>();
  for (const el of all(NS.bt, kind)) {
    const id = el.getAttribute("id");
    if (!id) continue; // <bt:Image size=… resid=…/> references, not definitions
    expect(map.has(id)).toBe(false);
    map.set(id, el);
  }
  return map;
}

function pngSize(file: string): { width: number; height: number } {
  const buf = readFileSync(file);
  expect(buf.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(buf.toString("ascii", 12, 16)).toBe("IHDR");
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

/** Map a manifest URL to the file that dist/ serves it from. */
function assetFile(url: string): string {
  expect(url.startsWith(`${DEV_ORIGIN}assets/`)).toBe(true);
  return path.join(ROOT, "assets", url.slice(`${DEV_ORIGIN}assets/`.length));
}

describe("manifest.xml (read offline)", () => {
  test("office-addin-manifest reads it: Excel task pane, zh-CN default, ReadWriteDocument", async () => {
    const info = await manifestReader().readManifestFile(MANIFEST);
    expect(info.officeAppType).toBe("TaskPaneApp");
    expect(info.defaultLocale).toBe("zh-CN");
    expect(info.displayName).toBe("双随机抽查助手");
    expect(info.hosts).toEqual(["Workbook"]);
    expect(info.permissions).toBe("ReadWriteDocument");
    expect(info.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(info.version).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(info.defaultSettings?.sourceLocation).toBe(`${DEV_ORIGIN}taskpane.html`);
  });

  test("top-level elements are in schema order, Requirements between Hosts and DefaultSettings", () => {
    expect(root.localName).toBe("OfficeApp");
    expect(root.namespaceURI).toBe(NS.app);
    const order = [
      "Id", "AlternateId", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description",
      "IconUrl", "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "Requirements",
      "DefaultSettings", "Permissions", "AllowSnapshot", "VersionOverrides",
    ];
    const names = children(root).map((e) => e.localName);
    const positions = names.map((n) => order.indexOf(n as string));
    expect(positions).not.toContain(-1);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(names).toEqual(expect.arrayContaining(["Hosts", "Requirements", "DefaultSettings"]));
  });

  test("display name and description have en-US overrides", () => {
    const name = child(root, NS.app, "DisplayName");
    expect(name.getAttribute("DefaultValue")).toBe("双随机抽查助手");
    expect(overrides(name, NS.app)).toEqual({ "en-US": "Double-Random Draw" });
    const description = child(root, NS.app, "Description");
    expect(description.getAttribute("DefaultValue")).toMatch(/[\u4e00-\u9fff]/);
    expect((description.getAttribute("DefaultValue") ?? "").length).toBeLessThanOrEqual(250);
    expect(Object.keys(overrides(description, NS.app))).toEqual(["en-US"]);
  });

  test("requires ExcelApi 1.7 on Workbook", () => {
    const hosts = children(child(root, NS.app, "Hosts"), NS.app, "Host").map((h) => h.getAttribute("Name"));
    expect(hosts).toEqual(["Workbook"]);
    const sets = child(child(root, NS.app, "Requirements"), NS.app, "Sets");
    expect(sets.getAttribute("DefaultMinVersion")).toBe("1.7");
    const set = children(sets, NS.app, "Set").map((s) => [s.getAttribute("Name"), s.getAttribute("MinVersion")]);
    expect(set).toEqual([["ExcelApi", "1.7"]]);
  });

  test("SourceLocation is the task pane page", () => {
    const source = child(child(root, NS.app, "DefaultSettings"), NS.app, "SourceLocation");
    expect(source.getAttribute("DefaultValue")).toBe(`${DEV_ORIGIN}taskpane.html`);
  });

  test("SupportUrl is the help page served with the pane (reachable on an intranet), right after the icons", async () => {
    const support = child(root, NS.app, "SupportUrl");
    expect(support.getAttribute("DefaultValue")).toBe(`${DEV_ORIGIN}support.html`);
    const names = children(root).map((e) => e.localName);
    expect(names.indexOf("SupportUrl")).toBe(names.indexOf("HighResolutionIconUrl") + 1);
    const info = await manifestReader().readManifestFile(MANIFEST);
    expect(info.supportUrl).toBe(`${DEV_ORIGIN}support.html`);
    const page = readFileSync(path.join(ROOT, "src", "taskpane", "support.html"), "utf8");
    expect(page).toContain("无法连接 Office");
    expect(page).toContain('href="index.html"');
    expect(page).not.toMatch(/<script/i);
  });

  test("each ribbon icon comes in 16, 20, 32 and 80 px (20: the ribbon at 125 % scaling)", () => {
    const icons = all(NS.ov, "Icon");
    expect(icons).toHaveLength(2);
    for (const icon of icons) {
      expect(children(icon, NS.bt, "Image").map((i) => Number(i.getAttribute("size")))).toEqual([16, 20, 32, 80]);
    }
  });

  test("every bt:String has an en-US override and fits its length limit", () => {
    const strings = resources("String");
    expect(strings.size).toBeGreaterThan(0);
    for (const [id, el] of strings) {
      const value = el.getAttribute("DefaultValue") ?? "";
      const limit = (el.parentNode as Element).localName === "ShortStrings" ? 125 : 250;
      expect({ id, ok: value.length > 0 && value.length <= limit }).toEqual({ id, ok: true });
      const o = overrides(el, NS.bt);
      expect({ id, locales: Object.keys(o) }).toEqual({ id, locales: ["en-US"] });
      expect(o["en-US"].length).toBeLessThanOrEqual(limit);
    }
  });

  test("a Home-tab button labelled 双随机抽取 shows the task pane", () => {
    const strings = resources("String");
    const urls = resources("Url");
    const tabs = all(NS.ov, "OfficeTab");
    expect(tabs.map((t) => t.getAttribute("id"))).toEqual(["TabHome"]);
    const surface = tabs[0].parentNode as Element;
    expect(surface.localName).toBe("ExtensionPoint");
    expect(xsiType(surface)).toBe("PrimaryCommandSurface");

    const buttons = all(NS.ov, "Control").filter((c) => xsiType(c) === "Button");
    expect(buttons).toHaveLength(1);
    const button = buttons[0];
    const label = strings.get(child(button, NS.ov, "Label").getAttribute("resid") ?? "");
    expect(label?.getAttribute("DefaultValue")).toBe("双随机抽取");
    expect(overrides(label as Element, NS.bt)).toEqual({ "en-US": "Double-random draw" });

    const action = child(button, NS.ov, "Action");
    expect(xsiType(action)).toBe("ShowTaskpane");
    expect(child(action, NS.ov, "TaskpaneId").textContent?.trim()).toBeTruthy();
    const page = urls.get(child(action, NS.ov, "SourceLocation").getAttribute("resid") ?? "");
    expect(page?.getAttribute("DefaultValue")).toBe(`${DEV_ORIGIN}taskpane.html`);
  });

  test("every resid points at a defined resource", () => {
    const defined = new Set([...resources("Image").keys(), ...resources("Url").keys(), ...resources("String").keys()]);
    const refs = Array.from(doc.getElementsByTagName("*"))
      .map((e) => (e as Element).getAttribute("resid"))
      .filter((r): r is string => !!r);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) expect({ ref, defined: defined.has(ref) }).toEqual({ ref, defined: true });
  });

  test("every icon URL is a PNG in assets/ of the size its name and use say", () => {
    const icons: { url: string; size?: number }[] = [
      { url: child(root, NS.app, "IconUrl").getAttribute("DefaultValue") ?? "", size: 32 },
      { url: child(root, NS.app, "HighResolutionIconUrl").getAttribute("DefaultValue") ?? "", size: 64 },
    ];
    const images = resources("Image");
    for (const el of images.values()) {
      icons.push({ url: el.getAttribute("DefaultValue") ?? "" });
      for (const value of Object.values(overrides(el, NS.bt))) icons.push({ url: value });
    }
    // <bt:Image size="16" resid="…"/> inside <Icon>: the image must have that size.
    for (const ref of all(NS.bt, "Image").filter((e) => e.getAttribute("resid"))) {
      const image = images.get(ref.getAttribute("resid") ?? "");
      expect(image).toBeDefined();
      icons.push({ url: image?.getAttribute("DefaultValue") ?? "", size: Number(ref.getAttribute("size")) });
    }
    expect(icons.length).toBeGreaterThanOrEqual(8);
    for (const { url, size } of icons) {
      const file = assetFile(url);
      expect({ url, exists: existsSync(file) }).toEqual({ url, exists: true });
      const named = /icon-(\d+)\.png$/.exec(file);
      expect(named).not.toBeNull();
      const expected = size ?? Number(named?.[1]);
      expect({ url, ...pngSize(file) }).toEqual({ url, width: expected, height: expected });
      expect(Number(named?.[1])).toBe(expected);
    }
    for (const size of [16, 20, 32, 64, 80, 128]) {
      expect(pngSize(path.join(ROOT, "assets", `icon-${size}.png`))).toEqual({ width: size, height: size });
    }
  });

  test("the 20 px icon is drawn at 20 px by scripts/make-icons.cjs, not scaled from another size", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const icons = require("../scripts/make-icons.cjs") as { SIZES: number[]; render: (size: number) => Buffer; encodePng: (size: number, rgba: Buffer) => Buffer };
    expect(icons.SIZES).toContain(20);
    expect(readFileSync(path.join(ROOT, "assets", "icon-20.png"))).toEqual(icons.encodePng(20, icons.render(20)));
  });

  test("every page the manifest names is built by webpack", async () => {
    const pages = new Set(
      Array.from(doc.getElementsByTagName("*"))
        .flatMap((e) => [(e as Element).getAttribute("DefaultValue"), (e as Element).getAttribute("Value")])
        .filter((v): v is string => !!v && v.endsWith(".html"))
        .map((v) => {
          expect(v.startsWith(DEV_ORIGIN)).toBe(true);
          return v.slice(DEV_ORIGIN.length);
        }),
    );
    expect([...pages].sort()).toEqual(["commands.html", "support.html", "taskpane.html"]);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const makeConfig = require("../webpack.config.js") as (
      env: Record<string, unknown>,
      argv: Record<string, unknown>,
    ) => Promise<{ plugins: { userOptions?: { filename?: string } }[] }>;
    const config = await makeConfig({}, { mode: "production" });
    const built = config.plugins.map((p) => p.userOptions?.filename).filter(Boolean);
    for (const page of pages) expect(built).toContain(page);
  });
});
