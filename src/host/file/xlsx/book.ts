/*
 * An .xlsx package held as the zip entries of the user's file: the draw reads the few parts it
 * needs (workbook, relationships, shared strings, styles, the worksheets) and adds sheets by
 * adding worksheet parts and registering them in the workbook, its relationships and the content
 * types (styles.xml gains formats at its end). Every other part — charts, drawings, images, pivot
 * caches, comments, macros, custom XML — is copied to the result as the bytes it came in.
 */
import { RECORD_DATA_SHEET, type SheetData, type SheetSpec, STRICT_WORKBOOK_REASON, uniqueSheetName } from "../../../core";
import { readDateStyles, readSharedStrings, readSheet, type SheetContext } from "./read-sheet";
import { EMPTY_STYLES, StyleBook } from "./styles";
import { renderPlain, renderSheet, type RenderedSheet } from "./write-sheet";
import { attr, decodeText, escapeAttr, prefixOf, rootPrefix, scan } from "./xml";
import { dosStamp, inflateEntry, makeEntry, readZip, writeZip, type ZipEntry } from "./zip";

const NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const REL_BASE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
const T_WORKSHEET = `${REL_BASE}worksheet`;
const T_STYLES = `${REL_BASE}styles`;
const T_SHARED = `${REL_BASE}sharedStrings`;
const T_OFFICE = `${REL_BASE}officeDocument`;
const CT_WORKSHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const CT_STYLES = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";
/** The main part of a template (.xltx, .xltm) and of the workbook a result of it is. */
const AS_WORKBOOK: Record<string, string> = {
  "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
  "application/vnd.ms-excel.template.macroEnabled.main+xml": "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
};

/** A file we cannot use as a workbook; the message is for the user, in Chinese. */
export class BookError extends Error {}

export interface SheetEntry {
  name: string;
  sheetId: number;
  rid: string;
  state: "visible" | "hidden" | "veryHidden";
  /** Zip entry name of its part ("xl/worksheets/sheet1.xml"). */
  part: string;
  /** Only worksheets hold cells; chart sheets, dialog and macro sheets are listed for naming only. */
  worksheet: boolean;
}

interface Rel {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder("utf-8");

/** Text of a part (UTF-8; a UTF-16 part, which OPC allows, by its byte order mark). */
function partText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  return decoder.decode(bytes);
}

/** A part's bytes as UTF-8 (a UTF-16 part re-encoded): worksheets are read as bytes. */
function utf8Part(bytes: Uint8Array): Uint8Array {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) ? encoder.encode(partText(bytes)) : bytes;
}

function readRels(xml: string): Rel[] {
  const rels: Rel[] = [];
  scan(xml, (t) => {
    if (t.name !== "Relationship" || t.kind === "close") return;
    rels.push({ id: attr(t.attrs, "Id") ?? "", type: attr(t.attrs, "Type") ?? "", target: attr(t.attrs, "Target") ?? "", external: attr(t.attrs, "TargetMode") === "External" });
  });
  return rels;
}

/** A relationship's target resolved against the folder of its source part, as a zip entry name. */
function resolveTarget(sourceDir: string, target: string): string {
  const path = target.startsWith("/") ? target.slice(1) : sourceDir + target;
  const out: string[] = [];
  for (const seg of path.split("/")) {
    if (seg === "..") out.pop();
    else if (seg !== "." && seg !== "") out.push(seg);
  }
  return out.map((s) => decodeURIComponent(s)).join("/");
}

const dirOf = (part: string): string => part.slice(0, part.lastIndexOf("/") + 1);
const relsOf = (part: string): string => `${dirOf(part)}_rels/${part.slice(part.lastIndexOf("/") + 1)}.rels`;

/** The parts of the workbook that adding sheets rewrites; everything else is copied. */
interface State {
  /** Zip entries in order; replaced or new entries hold new content. */
  entries: ZipEntry[];
  sheets: SheetEntry[];
  workbookXml: string;
  relsXml: string;
  contentTypes: string;
  stylesPart: string | null;
  stylesXml: string | null;
}

export class XlsxBook {
  private readonly byName = new Map<string, number>();
  /** Cells of worksheet parts already read, by part (a part's content never changes once read). */
  private readonly cache = new Map<string, SheetData>();
  private context: SheetContext | null = null;

  private constructor(
    private state: State,
    private readonly workbookPart: string,
    readonly date1904: boolean,
    private readonly sharedPart: string | null,
    /** docProps/app.xml (its list of sheets is kept up to date), if the package has one. */
    private readonly appPart: string | null = null,
  ) {
    this.index();
  }

  private index(): void {
    this.byName.clear();
    this.state.entries.forEach((e, i) => this.byName.set(e.name.toLowerCase(), i));
  }

  private entry(name: string): ZipEntry | undefined {
    const i = this.byName.get(name.toLowerCase());
    return i === undefined ? undefined : this.state.entries[i];
  }

  private text(name: string): string | null {
    const e = this.entry(name);
    return e ? partText(inflateEntry(e)) : null;
  }

  /** Opens the package; throws BookError when it is not a spreadsheet package. */
  static open(bytes: Uint8Array): XlsxBook {
    const entries = readZip(bytes);
    const byName = new Map(entries.map((e) => [e.name.toLowerCase(), e]));
    const get = (name: string): string | null => {
      const e = byName.get(name.toLowerCase());
      return e ? partText(inflateEntry(e)) : null;
    };
    const contentTypes = get("[Content_Types].xml");
    const rootRels = get("_rels/.rels");
    if (contentTypes === null || rootRels === null) throw new BookError("不是 Office Open XML 文件");
    const office = readRels(rootRels).find((r) => r.type === T_OFFICE || r.type.endsWith("/officeDocument"));
    if (!office) throw new BookError("文件中没有工作簿部分");
    const workbookPart = resolveTarget("", office.target);
    const workbookXml = get(workbookPart);
    if (workbookXml === null) throw new BookError("文件中没有工作簿部分");
    if (workbookXml.includes("http://purl.oclc.org/ooxml/spreadsheetml/main")) throw new BookError(STRICT_WORKBOOK_REASON);
    const relsPart = relsOf(workbookPart);
    const relsXml = get(relsPart) ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
    const rels = readRels(relsXml);
    const relById = new Map(rels.map((r) => [r.id, r]));
    const dir = dirOf(workbookPart);

    const sheets: SheetEntry[] = [];
    let date1904 = false;
    scan(workbookXml, (t) => {
      if (t.kind === "close") return;
      if (t.name === "workbookPr") {
        const v = attr(t.attrs, "date1904");
        date1904 = v === "1" || v === "true";
      } else if (t.name === "sheet") {
        const rid = attr(t.attrs, "id") ?? "";
        const rel = relById.get(rid);
        const state = attr(t.attrs, "state");
        sheets.push({
          name: attr(t.attrs, "name") ?? "",
          sheetId: Number(attr(t.attrs, "sheetId") ?? 0),
          rid,
          state: state === "hidden" || state === "veryHidden" ? state : "visible",
          part: rel && !rel.external ? resolveTarget(dir, rel.target) : "",
          worksheet: !!rel && rel.type.endsWith("/worksheet"),
        });
      }
    });
    const stylesRel = rels.find((r) => r.type === T_STYLES || r.type.endsWith("/styles"));
    const sharedRel = rels.find((r) => r.type === T_SHARED || r.type.endsWith("/sharedStrings"));
    const stylesPart = stylesRel ? resolveTarget(dir, stylesRel.target) : null;
    const state: State = {
      entries,
      sheets,
      workbookXml,
      relsXml,
      contentTypes,
      stylesPart: stylesPart && byName.has(stylesPart.toLowerCase()) ? stylesPart : null,
      stylesXml: null,
    };
    const app = readRels(rootRels).find((r) => r.type.endsWith("/extended-properties") && !r.external);
    return new XlsxBook(state, workbookPart, date1904, sharedRel ? resolveTarget(dir, sharedRel.target) : null, app ? resolveTarget("", app.target) : null);
  }

  /** A new, empty workbook (no sheets yet). */
  static empty(): XlsxBook {
    const stamp = dosStamp(new Date());
    const part = (name: string, xml: string): ZipEntry => makeEntry(name, encoder.encode(xml), stamp);
    const head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
    const entries = [
      part(
        "[Content_Types].xml",
        `${head}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="${CT_STYLES}"/></Types>`,
      ),
      part("_rels/.rels", `${head}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${T_OFFICE}" Target="xl/workbook.xml"/></Relationships>`),
      part("xl/workbook.xml", `${head}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${NS_REL}"><bookViews><workbookView/></bookViews><sheets></sheets></workbook>`),
      part("xl/_rels/workbook.xml.rels", `${head}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${T_STYLES}" Target="styles.xml"/></Relationships>`),
      part("xl/styles.xml", EMPTY_STYLES),
    ];
    return XlsxBook.open(writeZip(entries));
  }

  /** Every sheet of the workbook, in tab order (worksheets and the others). */
  allSheets(): readonly SheetEntry[] {
    return this.state.sheets;
  }

  /** Names of the worksheets, in tab order. */
  sheetNames(): string[] {
    return this.state.sheets.filter((s) => s.worksheet).map((s) => s.name);
  }

  private sheetContext(): SheetContext {
    if (!this.context) {
      const shared = this.sharedPart ? this.text(this.sharedPart) : null;
      const styles = this.state.stylesPart ? (this.state.stylesXml ?? this.text(this.state.stylesPart)) : null;
      this.context = { sharedStrings: shared ? readSharedStrings(shared) : [], dateStyles: styles ? readDateStyles(styles) : [], date1904: this.date1904 };
    }
    return this.context;
  }

  /** Cells and merges of every worksheet, in tab order. */
  readSheets(): SheetData[] {
    return this.state.sheets
      .filter((s) => s.worksheet)
      .map((s) => {
        const cached = this.cache.get(s.part);
        if (cached) return cached.name === s.name ? cached : { ...cached, name: s.name };
        const e = this.entry(s.part);
        const data = e ? readSheet(s.name, utf8Part(inflateEntry(e)), this.sheetContext()) : { name: s.name, rows: [], merges: [] };
        this.cache.set(s.part, data);
        return data;
      });
  }

  /**
   * Adds one worksheet per spec (names made unique among all sheets); returns the names used.
   * A spec named like this tool's hidden record data replaces that sheet's part in place. All or
   * nothing: the book changes only when every sheet was rendered.
   */
  addSheets(specs: readonly SheetSpec[]): string[] {
    return this.add(specs.map((spec) => ({ name: spec.name, state: spec.state, render: (name, styles) => renderSheet(spec, name, styles, this.date1904) })));
  }

  /** Adds sheets holding exactly these cells and merges, unstyled (samples and tests). */
  addPlainSheets(sheets: readonly SheetData[]): string[] {
    return this.add(sheets.map((sheet) => ({ name: sheet.name, render: () => ({ xml: renderPlain(sheet) }) })));
  }

  /** True when the workbook part is macro-enabled (.xlsm, .xltm): its macros are kept as they are. */
  get macroEnabled(): boolean {
    return /macroEnabled/i.test(attr(this.contentTypeTag(this.workbookPart), "ContentType") ?? "");
  }

  /** True for a template (.xltx, .xltm): the result of adding sheets is a workbook (.xlsx, .xlsm). */
  get template(): boolean {
    return (attr(this.contentTypeTag(this.workbookPart), "ContentType") ?? "") in AS_WORKBOOK;
  }

  /** What the package is saved as: "xlsm" when it keeps macros, else "xlsx" (never a template's). */
  get extension(): "xlsx" | "xlsm" {
    return this.macroEnabled ? "xlsm" : "xlsx";
  }

  private contentTypeTag(part: string): string {
    let found = "";
    scan(this.state.contentTypes, (t) => {
      if (t.name === "Override" && t.kind !== "close" && (attr(t.attrs, "PartName") ?? "").replace(/^\//, "").toLowerCase() === part.toLowerCase()) {
        found = this.state.contentTypes.slice(t.start, t.end);
        return false;
      }
    });
    return found;
  }

  private add(specs: readonly { name: string; state?: SheetEntry["state"]; render: (name: string, styles: StyleBook) => RenderedSheet }[]): string[] {
    const s = this.state;
    const stylesXml = s.stylesXml ?? (s.stylesPart ? this.text(s.stylesPart) : null);
    const styles = new StyleBook(stylesXml ?? EMPTY_STYLES);
    const sheets = s.sheets.map((x) => ({ ...x }));
    const entries = [...s.entries];
    const removed = new Set<string>();
    const stamp = dosStamp(new Date());
    const wbPrefix = rootPrefix(s.workbookXml);
    let workbookXml = s.workbookXml;
    let relsXml = s.relsXml;
    let contentTypes = s.contentTypes;
    const rels = readRels(relsXml);
    const ridTaken = new Set(rels.map((r) => r.id));
    const partsTaken = new Set(entries.map((e) => e.name.toLowerCase()));
    let maxSheetId = Math.max(0, ...sheets.map((x) => x.sheetId));
    const newSheets: string[] = [];
    const names: string[] = [];
    const definedNames: { name: string; sheetIndex: number; value: string }[] = [];
    const dropNamesOf = new Set<number>();
    const dir = dirOf(this.workbookPart);

    const replaceIndex = specs.some((x) => x.name === RECORD_DATA_SHEET) ? sheets.findIndex((x) => x.worksheet && x.name === RECORD_DATA_SHEET) : -1;
    for (const spec of specs) {
      if (replaceIndex >= 0 && spec.name === RECORD_DATA_SHEET) {
        const old = sheets[replaceIndex];
        const rendered = spec.render(old.name, styles);
        const at = entries.findIndex((e) => e.name.toLowerCase() === old.part.toLowerCase());
        entries[at] = makeEntry(entries[at].name, encoder.encode(rendered.xml), stamp);
        // Its old relationships (none in sheets this tool wrote) go with the old content.
        removed.add(relsOf(old.part).toLowerCase());
        old.state = spec.state ?? "visible";
        dropNamesOf.add(replaceIndex);
        if (rendered.printTitles) definedNames.push({ name: "_xlnm.Print_Titles", sheetIndex: replaceIndex, value: rendered.printTitles });
        if (rendered.printArea) definedNames.push({ name: "_xlnm.Print_Area", sheetIndex: replaceIndex, value: rendered.printArea });
        names.push(old.name);
        continue;
      }
      const name = uniqueSheetName(spec.name, sheets.map((x) => x.name));
      const rendered = spec.render(name, styles);
      let k = 1;
      while (partsTaken.has(`${dir}worksheets/sheet${k}.xml`.toLowerCase())) k++;
      const part = `${dir}worksheets/sheet${k}.xml`;
      partsTaken.add(part.toLowerCase());
      let r = 1;
      while (ridTaken.has(`rId${r}`)) r++;
      const rid = `rId${r}`;
      ridTaken.add(rid);
      entries.push(makeEntry(part, encoder.encode(rendered.xml), stamp));
      relsXml = insertBefore(relsXml, "Relationships", `<Relationship Id="${rid}" Type="${T_WORKSHEET}" Target="worksheets/sheet${k}.xml"/>`);
      contentTypes = insertBefore(contentTypes, "Types", `<Override PartName="/${escapeAttr(part)}" ContentType="${CT_WORKSHEET}"/>`);
      const index = sheets.length;
      sheets.push({ name, sheetId: ++maxSheetId, rid, state: spec.state ?? "visible", part, worksheet: true });
      newSheets.push(`<${wbPrefix}sheet name="${escapeAttr(name)}" sheetId="${maxSheetId}"${spec.state && spec.state !== "visible" ? ` state="${spec.state}"` : ""} ${relAttr(workbookXml, wbPrefix, rid)}/>`);
      if (rendered.printTitles) definedNames.push({ name: "_xlnm.Print_Titles", sheetIndex: index, value: rendered.printTitles });
      if (rendered.printArea) definedNames.push({ name: "_xlnm.Print_Area", sheetIndex: index, value: rendered.printArea });
      names.push(name);
    }

    if (newSheets.length) workbookXml = insertBefore(workbookXml, "sheets", newSheets.join(""));
    if (replaceIndex >= 0) workbookXml = setSheetState(workbookXml, replaceIndex, sheets[replaceIndex].state, wbPrefix);
    workbookXml = setDefinedNames(workbookXml, wbPrefix, dropNamesOf, definedNames);

    let stylesPart = s.stylesPart;
    if (!styles.unchanged || !stylesPart) {
      const xml = styles.render();
      if (!stylesPart) {
        stylesPart = `${dir}styles.xml`;
        let r = 1;
        while (ridTaken.has(`rId${r}`)) r++;
        relsXml = insertBefore(relsXml, "Relationships", `<Relationship Id="rId${r}" Type="${T_STYLES}" Target="styles.xml"/>`);
        contentTypes = insertBefore(contentTypes, "Types", `<Override PartName="/${stylesPart}" ContentType="${CT_STYLES}"/>`);
        entries.push(makeEntry(stylesPart, encoder.encode(xml), stamp));
      } else {
        const at = entries.findIndex((e) => e.name.toLowerCase() === stylesPart!.toLowerCase());
        entries[at] = makeEntry(entries[at].name, encoder.encode(xml), stamp);
      }
      s.stylesXml = xml;
    }
    const replace = (name: string, xml: string, original: string): void => {
      if (xml === original) return;
      const at = entries.findIndex((e) => e.name.toLowerCase() === name.toLowerCase());
      if (at >= 0) entries[at] = makeEntry(entries[at].name, encoder.encode(xml), stamp);
      else entries.push(makeEntry(name, encoder.encode(xml), stamp));
    };
    contentTypes = asWorkbook(contentTypes, this.workbookPart);
    const added = names.filter((n) => !s.sheets.some((x) => x.name === n));
    const appXml = this.appPart && added.length ? this.text(this.appPart) : null;
    const listed = appXml === null ? null : withSheetTitles(appXml, s.sheets.filter((x) => x.worksheet).map((x) => x.name), added);
    if (listed !== null) replace(this.appPart!, listed, appXml!);
    replace(this.workbookPart, workbookXml, s.workbookXml);
    replace(relsOf(this.workbookPart), relsXml, s.relsXml);
    replace("[Content_Types].xml", contentTypes, s.contentTypes);

    for (const x of sheets) if (x.worksheet && removed.has(x.part.toLowerCase())) this.cache.delete(x.part);
    if (replaceIndex >= 0) this.cache.delete(sheets[replaceIndex].part);
    this.state = { entries: entries.filter((e) => !removed.has(e.name.toLowerCase())), sheets, workbookXml, relsXml, contentTypes, stylesPart, stylesXml: s.stylesXml };
    this.context = null;
    this.index();
    return names;
  }

  /** The package as a file. */
  toBytes(): Uint8Array {
    return writeZip(this.state.entries);
  }
}

/** `r:id="…"` with the prefix the workbook declares for relationships (declared here when it has none). */
function relAttr(workbookXml: string, prefix: string, rid: string): string {
  let root = "";
  scan(workbookXml, (t) => {
    root = t.attrs;
    return false;
  });
  const p = prefixOf(root, NS_REL);
  if (p) return `${p}:id="${rid}"`;
  return `xmlns:rr="${NS_REL}" rr:id="${rid}"`;
}

/** `content` inserted just before the close of the first element named `local` (opened up when it is empty). */
function insertBefore(xml: string, local: string, content: string): string {
  let done: string | null = null;
  scan(xml, (t) => {
    if (t.name !== local || t.kind === "open") return;
    if (t.kind === "close") {
      done = xml.slice(0, t.start) + content + xml.slice(t.start);
      return false;
    }
    const raw = xml.slice(t.start + 1, t.end - 2).trimEnd();
    const qname = raw.split(/\s/)[0];
    done = xml.slice(0, t.start) + `<${raw}>` + content + `</${qname}>` + xml.slice(t.end);
    return false;
  });
  if (done === null) throw new Error(`<${local}> not found`);
  return done;
}

/** Sets the state of the sheet at `index` in <sheets>. */
function setSheetState(xml: string, index: number, state: string, prefix: string): string {
  let i = -1;
  let out = xml;
  scan(xml, (t) => {
    if (t.name !== "sheet" || t.kind === "close") return;
    if (++i !== index) return;
    const tag = xml.slice(t.start, t.end);
    let fixed = tag.replace(/\sstate\s*=\s*("[^"]*"|'[^']*')/, "");
    if (state !== "visible") fixed = fixed.replace(new RegExp(`^<${prefix}sheet`), `<${prefix}sheet state="${state}"`);
    out = xml.slice(0, t.start) + fixed + xml.slice(t.end);
    return false;
  });
  return out;
}

/** Removes the print names of the sheets in `drop` and adds `add` (in <definedNames>, created after <sheets> or the elements that follow it). */
function setDefinedNames(xml: string, prefix: string, drop: Set<number>, add: { name: string; sheetIndex: number; value: string }[]): string {
  let out = xml;
  if (drop.size) {
    const cuts: [number, number][] = [];
    let current: { start: number; attrs: string } | null = null;
    scan(xml, (t) => {
      if (t.name !== "definedName") return;
      if (t.kind === "open") current = { start: t.start, attrs: t.attrs };
      else if (t.kind === "empty") current = null;
      else if (current) {
        const local = attr(current.attrs, "localSheetId");
        const name = attr(current.attrs, "name");
        if (local !== undefined && drop.has(Number(local)) && (name === "_xlnm.Print_Titles" || name === "_xlnm.Print_Area")) cuts.push([current.start, t.end]);
        current = null;
      }
    });
    for (const [a, b] of cuts.reverse()) out = out.slice(0, a) + out.slice(b);
  }
  if (!add.length) return out;
  const body = add.map((d) => `<${prefix}definedName name="${d.name}" localSheetId="${d.sheetIndex}">${escapeXml(d.value)}</${prefix}definedName>`).join("");
  let has = false;
  scan(out, (t) => {
    if (t.name === "definedNames") {
      has = true;
      return false;
    }
  });
  if (has) return insertBefore(out, "definedNames", body);
  // CT_Workbook: sheets, functionGroups, externalReferences, definedNames, …
  let at = -1;
  scan(out, (t) => {
    if (t.kind !== "open" && t.kind !== "empty" && t.kind !== "close") return;
    if ((t.name === "sheets" || t.name === "functionGroups" || t.name === "externalReferences") && t.kind !== "open") at = t.end;
  });
  return out.slice(0, at) + `<${prefix}definedNames>${body}</${prefix}definedNames>` + out.slice(at);
}

const escapeXml = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The content types with a template's main part (.xltx, .xltm) made a workbook's (.xlsx, .xlsm). */
function asWorkbook(contentTypes: string, workbookPart: string): string {
  let out = contentTypes;
  scan(contentTypes, (t) => {
    if (t.name !== "Override" || t.kind === "close" || (attr(t.attrs, "PartName") ?? "").replace(/^\//, "").toLowerCase() !== workbookPart.toLowerCase()) return;
    const type = attr(t.attrs, "ContentType") ?? "";
    if (type in AS_WORKBOOK) out = contentTypes.slice(0, t.start) + contentTypes.slice(t.start, t.end).replace(type, AS_WORKBOOK[type]) + contentTypes.slice(t.end);
    return false;
  });
  return out;
}

/**
 * docProps/app.xml with the sheets `added` listed after the worksheets (TitlesOfParts, and the
 * count in HeadingPairs), so the file's properties in Excel name every sheet. Only for the usual
 * shape: label/count pairs whose counts add up to the titles, one group being exactly `worksheets`
 * in tab order; anything else gives null and the part is left as it was.
 */
export function withSheetTitles(xml: string, worksheets: readonly string[], added: readonly string[]): string | null {
  const heading = /(<HeadingPairs>\s*<(\w+:)vector\b[^>]*>)([\s\S]*?)(<\/\2vector>\s*<\/HeadingPairs>)/.exec(xml);
  const titles = /(<TitlesOfParts>\s*<(\w+:)vector\b[^>]*>)([\s\S]*?)(<\/\2vector>\s*<\/TitlesOfParts>)/.exec(xml);
  if (!heading || !titles || heading[2] !== titles[2] || worksheets.length === 0 || added.length === 0) return null;
  const vt = heading[2];
  const variant = new RegExp(`<${vt}variant>\\s*<${vt}(lpstr|i4)>([^<]*)</${vt}\\1>\\s*</${vt}variant>`, "g");
  const variants = [...heading[3].matchAll(variant)];
  const items = [...titles[3].matchAll(new RegExp(`<${vt}lpstr>([^<]*)</${vt}lpstr>`, "g"))];
  const size = /\bsize\s*=\s*"(\d+)"/.exec(titles[1]);
  if (!size || Number(size[1]) !== items.length || variants.length === 0 || variants.length % 2) return null;
  let first = 0;
  let countAt = -1;
  let groupFirst = 0;
  for (let i = 0; i < variants.length; i += 2) {
    if (variants[i][1] !== "lpstr" || variants[i + 1][1] !== "i4") return null;
    const count = Number(variants[i + 1][2]);
    if (countAt < 0 && count === worksheets.length && worksheets.every((n, k) => decodeText(items[first + k]?.[1] ?? "") === n)) {
      countAt = i + 1;
      groupFirst = first;
    }
    first += count;
  }
  if (countAt < 0 || first !== items.length) return null;
  let k = 0;
  const headingBody = heading[3].replace(variant, (m: string, _kind: string, value: string) => (k++ === countAt ? m.replace(`>${value}<`, `>${worksheets.length + added.length}<`) : m));
  const last = items[groupFirst + worksheets.length - 1];
  const at = last.index! + last[0].length;
  const titlesBody = titles[3].slice(0, at) + added.map((n) => `<${vt}lpstr>${escapeXml(n)}</${vt}lpstr>`).join("") + titles[3].slice(at);
  const edits: [number, number, string][] = [
    [heading.index, heading[0].length, heading[1] + headingBody + heading[4]],
    [titles.index, titles[0].length, titles[1].replace(size[0], `size="${items.length + added.length}"`) + titlesBody + titles[4]],
  ];
  let out = xml;
  for (const [pos, cut, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, pos) + text + out.slice(pos + cut);
  return out;
}
