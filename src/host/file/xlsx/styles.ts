/*
 * The cell formats our sheets use, appended to the book's styles.xml: new fonts, fills, borders,
 * number formats and cell formats (xf) go after the existing ones, whose indexes never move, so
 * every cell of the user's sheets keeps its look.
 */
import { attr, escapeAttr, rootPrefix, scan } from "./xml";

export interface CellStyle {
  font: { size?: number; bold?: boolean };
  fill?: string;
  border?: boolean;
  numFmt?: string;
  align?: { horizontal?: "center"; vertical?: "center" | "top"; wrap?: boolean };
}

/** Built-in number formats we use (ECMA-376 18.8.30). */
const BUILTIN_FORMATS: Record<string, number> = { General: 0, "0": 1, "@": 49 };

/** styleSheet's children in schema order (CT_Stylesheet). */
const ORDER = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"];

export const EMPTY_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  "</styleSheet>";

interface Collection {
  count: number;
  /** Elements to append (without prefix handling: written with the part's prefix). */
  added: string[];
}

/** Collects the formats our sheets need and writes them into a styles part. */
export class StyleBook {
  private readonly prefix: string;
  private readonly collections = new Map<string, Collection>();
  private readonly customFormats = new Map<string, number>();
  private nextFormatId = 164;
  private readonly xfs = new Map<string, number>();
  private readonly parts = new Map<string, number>();
  /** The 1904 date system (for date cells). */

  constructor(private readonly xml: string) {
    this.prefix = rootPrefix(xml);
    const depth: string[] = [];
    scan(xml, (t) => {
      if (t.kind === "close") {
        depth.pop();
        return;
      }
      // Direct children of a collection are counted (fonts inside dxfs are not).
      const parent = depth[depth.length - 1];
      if (depth.length === 1 && ORDER.includes(t.name)) this.collections.set(t.name, { count: 0, added: [] });
      else if (depth.length === 2 && parent && this.collections.has(parent)) {
        this.collections.get(parent)!.count++;
        if (parent === "numFmts") {
          const id = Number(attr(t.attrs, "numFmtId"));
          const code = attr(t.attrs, "formatCode");
          if (code !== undefined && !this.customFormats.has(code)) this.customFormats.set(code, id);
          if (id >= this.nextFormatId) this.nextFormatId = id + 1;
        }
      }
      if (t.kind === "open") depth.push(t.name);
    });
    // Indexes 0 of fonts, borders, cellStyleXfs and cellXfs, and fills 0 and 1, are reserved: a book without them gets them first.
    this.pad("fonts", 1, '<font><sz val="11"/><name val="Calibri"/></font>');
    this.pad("fills", 2, (i) => `<fill><patternFill patternType="${i === 0 ? "none" : "gray125"}"/></fill>`);
    this.pad("borders", 1, "<border><left/><right/><top/><bottom/><diagonal/></border>");
    this.pad("cellStyleXfs", 1, '<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>');
    this.pad("cellXfs", 1, '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>');
  }

  private collection(name: string): Collection {
    let c = this.collections.get(name);
    if (!c) this.collections.set(name, (c = { count: 0, added: [] }));
    return c;
  }

  private pad(name: string, min: number, element: string | ((i: number) => string)): void {
    const c = this.collection(name);
    while (c.count + c.added.length < min) c.added.push(typeof element === "string" ? element : element(c.count + c.added.length));
  }

  /** Index of an element in a collection, appended the first time. */
  private add(name: string, element: string): number {
    const key = `${name}\u0000${element}`;
    const known = this.parts.get(key);
    if (known !== undefined) return known;
    const c = this.collection(name);
    const index = c.count + c.added.length;
    c.added.push(element);
    this.parts.set(key, index);
    return index;
  }

  private formatId(code: string): number {
    if (code in BUILTIN_FORMATS) return BUILTIN_FORMATS[code];
    let id = this.customFormats.get(code);
    if (id === undefined) {
      id = this.nextFormatId++;
      this.customFormats.set(code, id);
      this.collection("numFmts").added.push(`<numFmt numFmtId="${id}" formatCode="${escapeAttr(code)}"/>`);
    }
    return id;
  }

  /** The cellXfs index (the `s` of a cell) for a style. */
  index(style: CellStyle, fontName: string): number {
    const key = JSON.stringify(style);
    const known = this.xfs.get(key);
    if (known !== undefined) return known;
    const f = style.font;
    const fontId = this.add("fonts", `<font>${f.bold ? "<b/>" : ""}${f.size ? `<sz val="${f.size}"/>` : ""}<name val="${escapeAttr(fontName)}"/></font>`);
    const fillId = style.fill ? this.add("fills", `<fill><patternFill patternType="solid"><fgColor rgb="FF${style.fill}"/><bgColor indexed="64"/></patternFill></fill>`) : 0;
    const borderId = style.border
      ? this.add("borders", '<border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/><diagonal/></border>')
      : 0;
    const numFmtId = this.formatId(style.numFmt ?? "General");
    const a = style.align;
    const alignment = a
      ? `<alignment${a.horizontal ? ` horizontal="${a.horizontal}"` : ""}${a.vertical ? ` vertical="${a.vertical}"` : ""}${a.wrap ? ' wrapText="1"' : ""}/>`
      : "";
    const applies =
      (numFmtId ? ' applyNumberFormat="1"' : "") + ' applyFont="1"' + (fillId ? ' applyFill="1"' : "") + (borderId ? ' applyBorder="1"' : "") + (a ? ' applyAlignment="1"' : "");
    const xf = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${applies}${alignment ? `>${alignment}</xf>` : "/>"}`;
    const index = this.add("cellXfs", xf);
    this.xfs.set(key, index);
    return index;
  }

  /** True when nothing was added (the part is left as it was). */
  get unchanged(): boolean {
    return [...this.collections.values()].every((c) => c.added.length === 0);
  }

  /** The styles part with the additions: each collection's new elements before its end tag, its count updated. */
  render(): string {
    let xml = this.xml;
    const p = this.prefix;
    const withPrefix = (s: string): string => (p ? s.replace(/<(\/?)([A-Za-z])/g, `<$1${p}$2`) : s);
    for (const name of ORDER) {
      const c = this.collections.get(name);
      if (!c || c.added.length === 0) continue;
      const total = c.count + c.added.length;
      const body = withPrefix(c.added.join(""));
      const found = findElement(xml, name);
      if (found) {
        const open = xml.slice(found.start, found.openEnd);
        const counted = /\scount\s*=\s*["'][^"']*["']/.test(open) ? open.replace(/(\scount\s*=\s*)["'][^"']*["']/, `$1"${total}"`) : open.replace(/(\/?>)$/, ` count="${total}"$1`);
        if (found.selfClosing) {
          xml = xml.slice(0, found.start) + counted.replace(/\s*\/>$/, ">") + body + `</${p}${name}>` + xml.slice(found.end);
        } else {
          xml = xml.slice(0, found.start) + counted + xml.slice(found.openEnd, found.closeStart) + body + xml.slice(found.closeStart);
        }
      } else {
        // Before the first later sibling present, or before </styleSheet>.
        let at = -1;
        for (const later of ORDER.slice(ORDER.indexOf(name) + 1)) {
          const f = findElement(xml, later);
          if (f) {
            at = f.start;
            break;
          }
        }
        if (at < 0) at = xml.lastIndexOf(`</${p}styleSheet`);
        xml = xml.slice(0, at) + `<${p}${name} count="${total}">${body}</${p}${name}>` + xml.slice(at);
      }
    }
    return xml;
  }
}

/** A child element of the root, by local name: where its open tag starts and ends, and where its close tag starts and ends. */
function findElement(xml: string, name: string): { start: number; openEnd: number; closeStart: number; end: number; selfClosing: boolean } | null {
  let depth = 0;
  let found: { start: number; openEnd: number; closeStart: number; end: number; selfClosing: boolean } | null = null;
  scan(xml, (t) => {
    if (t.kind === "close") {
      depth--;
      if (found && depth === 1 && t.name === name) {
        found.closeStart = t.start;
        found.end = t.end;
        return false;
      }
      return;
    }
    if (depth === 1 && t.name === name && !found) {
      found = { start: t.start, openEnd: t.end, closeStart: t.end, end: t.end, selfClosing: t.kind === "empty" };
      if (t.kind === "empty") return false;
    }
    if (t.kind === "open") depth++;
  });
  return found;
}
